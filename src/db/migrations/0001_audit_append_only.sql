-- Extensions used by search and duplicate detection (trusted extensions: no superuser needed).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
COMMENT ON TABLE audit_log IS 'Append-only, hash-chained record of every write and of every read of a sensitive record.';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.prev_hash IS 'hash of the row before this one (64 zeros for the first row)';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.hash IS 'SHA-256 hex of prev_hash and the canonical JSON of this row''s content';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.actor_type IS 'user, api_key, cli or system';
--> statement-breakpoint
COMMENT ON TABLE organisations IS 'Network tree (national network, regional network, association...) that scopes access.';
--> statement-breakpoint
COMMENT ON COLUMN users.password_hash IS 'argon2id hash (PHC string); the password itself is never stored';
--> statement-breakpoint
COMMENT ON COLUMN sessions.token_hash IS 'SHA-256 hex of the session cookie value';
--> statement-breakpoint
COMMENT ON COLUMN api_keys.prefix IS 'public part of the key shown in lists; the secret is stored as SHA-256 only';
--> statement-breakpoint
COMMENT ON TABLE places IS 'INEI UBIGEO departments, provinces and districts; lat/lon are the capital town, not centroids';
