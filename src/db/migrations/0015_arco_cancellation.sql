ALTER TABLE "audit_log" ADD COLUMN "payload_hash" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "redacted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "cancelled_on" date;--> statement-breakpoint
-- The audit log stays append-only with one exception: a cancellation (ARCO) may erase a row's
-- before/after. Allowed only inside a transaction that set pallay.audit_redaction = 'on', only
-- from unredacted to redacted, only with both payloads set to null and every other column
-- unchanged (the chain hash and payload hash stay, so `pallay audit verify` still checks the
-- chain). DELETE stays refused.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('pallay.audit_redaction', true) = 'on'
     AND OLD.redacted_at IS NULL AND NEW.redacted_at IS NOT NULL
     AND NEW.before IS NULL AND NEW.after IS NULL
     AND NEW.seq = OLD.seq AND NEW.id = OLD.id AND NEW.at = OLD.at
     AND NEW.actor_type = OLD.actor_type AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
     AND NEW.action = OLD.action AND NEW.entity = OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
     AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
     AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
     AND NEW.payload_hash IS NOT DISTINCT FROM OLD.payload_hash THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
COMMENT ON COLUMN audit_log.payload_hash IS 'SHA-256 hex of the canonical {before, after}; the chain hash covers it, so erasing the payload keeps the chain verifiable (null on rows written before 0015)';
--> statement-breakpoint
COMMENT ON COLUMN audit_log.redacted_at IS 'when before/after were erased by a data-subject cancellation (ARCO); the erasure itself is a later audit row';
--> statement-breakpoint
COMMENT ON COLUMN people.cancelled_on IS 'date of her cancellation request (ARCO): identity erased, record closed, kept only as a pseudonymous anchor for aggregate figures';
