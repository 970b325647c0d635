/**
 * Appends to the hash-chained audit log. A transaction-scoped advisory lock serialises
 * appenders so two concurrent writes on PostgreSQL can never link to the same previous row;
 * the lock is released when the caller's transaction commits or rolls back.
 */
import { asc, count, desc, gt, sql } from 'drizzle-orm';
import { GENESIS_HASH, hashAuditEntry, type ChainRow } from '../../domain/audit/chain.ts';
import type { AuditRepo } from '../../services/ports.ts';
import type { Db } from '../client.ts';
import { auditLog } from '../schema/index.ts';

/** Arbitrary constant key for pg_advisory_xact_lock: "audit" in ASCII. */
const AUDIT_LOCK_KEY = 0x6175646974;

export function auditRepo(db: Db): AuditRepo {
  const appendMany: AuditRepo['appendMany'] = async (entries) => {
    if (entries.length === 0) return;
    await db.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
    const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    let prevHash = last?.hash ?? GENESIS_HASH;
    const rows = entries.map((entry) => {
      const hash = hashAuditEntry(prevHash, entry);
      const row = { ...entry, prevHash, hash };
      prevHash = hash;
      return row;
    });
    // Identity values follow VALUES order, so the chain order is the insertion order.
    for (let i = 0; i < rows.length; i += 1000) await db.insert(auditLog).values(rows.slice(i, i + 1000));
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
  };
}
