/**
 * Appends to the hash-chained audit log. A transaction-scoped advisory lock serialises
 * appenders so two concurrent writes on PostgreSQL can never link to the same previous row;
 * the lock is released when the caller's transaction commits or rolls back.
 */
import { and, asc, count, desc, eq, gt, sql } from 'drizzle-orm';
import { GENESIS_HASH, hashAuditEntry, type ChainRow } from '../../domain/audit/chain.ts';
import type { AuditRepo } from '../../services/ports.ts';
import type { Db } from '../client.ts';
import { insertRecordset } from '../recordset.ts';
import { auditLog } from '../schema/index.ts';

const COLUMNS = ['id', 'at', 'actor_type', 'actor_id', 'action', 'entity', 'entity_id', 'before', 'after', 'request_id', 'prev_hash', 'hash'];

/** Arbitrary constant key for pg_advisory_xact_lock: "audit" in ASCII. */
const AUDIT_LOCK_KEY = 0x6175646974;

export function auditRepo(db: Db): AuditRepo {
  const appendMany: AuditRepo['appendMany'] = async (entries) => {
    if (entries.length === 0) return;
    await db.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    let prevHash = last?.hash ?? GENESIS_HASH;
    const rows = entries.map((e) => {
      const hash = hashAuditEntry(prevHash, e);
      const row = { id: e.id, at: e.at.toISOString(), actor_type: e.actorType, actor_id: e.actorId, action: e.action, entity: e.entity,
        entity_id: e.entityId, before: e.before, after: e.after, request_id: e.requestId, prev_hash: prevHash, hash };
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
