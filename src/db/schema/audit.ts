/**
 * The audit log: append-only and hash-chained. Each row stores the hash of the previous row
 * and a SHA-256 over its own canonical content, so `pallay audit verify` can name the first
 * row that was altered or removed. A trigger (see the migration) refuses UPDATE and DELETE,
 * except the one narrow redaction update a data-subject cancellation needs (0015: before/after
 * set to null, redacted_at set, nothing else changed; docs/security.md "Retention").
 */
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    id: uuid('id').notNull().unique(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** SHA-256 of the canonical {before, after}; the chain hash covers this instead of the payload (null on rows written before 0015). */
    payloadHash: text('payload_hash'),
    /** Set when before/after were erased under a cancellation (ARCO); the payload hash stays. */
    redactedAt: timestamp('redacted_at', { withTimezone: true }),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);
