/**
 * Appends to the hash-chained audit log. A transaction-scoped advisory lock serialises
 * appenders so two concurrent writes on PostgreSQL can never link to the same previous row;
 * the lock is released when the caller's transaction commits or rolls back.
 */
import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import { GENESIS_HASH, hashAuditEntryV2, hashAuditPayload, type ChainRow } from '../../domain/audit/chain.ts';
import type { AuditRepo } from '../../services/ports.ts';
import type { Db } from '../client.ts';
import { insertRecordset } from '../recordset.ts';
import { queryRows } from '../rows.ts';
import { auditLog } from '../schema/index.ts';

const COLUMNS = ['id', 'at', 'actor_type', 'actor_id', 'action', 'entity', 'entity_id', 'before', 'after', 'request_id', 'prev_hash', 'hash', 'payload_hash'];

/** Arbitrary constant key for pg_advisory_xact_lock: "audit" in ASCII. */
const AUDIT_LOCK_KEY = 0x6175646974;

export function auditRepo(db: Db): AuditRepo {
  const appendMany: AuditRepo['appendMany'] = async (entries) => {
    if (entries.length === 0) return;
    await db.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    let prevHash = last?.hash ?? GENESIS_HASH;
    const rows = entries.map((e) => {
      const payloadHash = hashAuditPayload(e);
      const hash = hashAuditEntryV2(prevHash, e, payloadHash);
      const row = { id: e.id, at: e.at.toISOString(), actor_type: e.actorType, actor_id: e.actorId, action: e.action, entity: e.entity,
        entity_id: e.entityId, before: e.before, after: e.after, request_id: e.requestId, prev_hash: prevHash, hash, payload_hash: payloadHash };
      prevHash = hash;
      return row;
    });
    // Identity values follow the rows' order, so the chain order is the insertion order.
    await insertRecordset(db, 'audit_log', COLUMNS, rows, { keepOrder: true });
  };
  return {
    append: (entry) => appendMany([entry]),
    appendMany,
    async page(afterSeq, limit) {
      const rows = await db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
      return rows as ChainRow[];
    },
    async redactMentioning({ entityIds, needles, at }) {
      // The trigger lets this one update through only while the flag is on, in this transaction.
      await db.execute(sql`SELECT set_config('pallay.audit_redaction', 'on', true)`);
      const mentions = [
        ...entityIds.map((id) => sql`entity_id = ${id}`),
        ...needles.map((n) => sql`(strpos(before::text, ${n}) > 0 OR strpos(after::text, ${n}) > 0)`),
      ];
      const rows = mentions.length === 0 ? [] : await queryRows<{ seq: number | string }>(db, sql`
        UPDATE audit_log SET before = NULL, after = NULL, redacted_at = ${at.toISOString()}
        WHERE redacted_at IS NULL AND (before IS NOT NULL OR after IS NOT NULL) AND entity NOT LIKE 'referral%' AND (${sql.join(mentions, sql` OR `)})
        RETURNING seq`);
      await db.execute(sql`SELECT set_config('pallay.audit_redaction', 'off', true)`);
      return rows.map((r) => Number(r.seq)).sort((a, b) => a - b);
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(auditLog);
      return row?.n ?? 0;
    },
    async hasEntry({ entity, entityId, action, requestId }) {
      // The (entity, entity_id) index narrows this to one record's history.
      const rows = await db.select({ seq: auditLog.seq }).from(auditLog)
        .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId), eq(auditLog.action, action), eq(auditLog.requestId, requestId))).limit(1);
      return rows.length > 0;
    },
  };
}
