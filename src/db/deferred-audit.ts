/**
 * Keeps the audit chain's lock short. Every audited transaction must take the one advisory lock
 * that orders the hash chain, and holds it until COMMIT; taken at the first audit row, it was
 * held through every later query of the transaction (a person's consents and memberships, a
 * new woman's duplicate scan), and under load most connections queued on it. Inside a
 * transaction the entries are kept in memory and appended together just before COMMIT, so the
 * lock is held for three round trips: lock, last hash, insert. Reading the log inside the
 * transaction (count, page, a receipt lookup, a redaction) first appends what is pending, so
 * the transaction sees its own rows as before. Outside a transaction an append runs in a
 * transaction of its own, since a transaction-scoped lock in autocommit would end with its
 * own statement and leave the read of the last hash unguarded.
 */
import type { AuditContent } from '../domain/audit/chain.ts';
import type { AuditRepo } from '../services/ports.ts';
import type { Db } from './client.ts';
import { auditRepo } from './repos/audit.repo.ts';

export interface DeferredAuditRepo extends AuditRepo {
  /** Appends the pending entries; the transaction calls it once its work is done. */
  flush(): Promise<void>;
}

export function deferredAuditRepo(tx: Db): DeferredAuditRepo {
  const inner = auditRepo(tx);
  let pending: AuditContent[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const entries = pending;
    pending = [];
    await inner.appendMany(entries);
  };
  const afterFlush = <A extends unknown[], R>(read: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    await flush();
    return read(...args);
  };
  return {
    flush,
    append: async (entry) => {
      pending.push(entry);
    },
    appendMany: async (entries) => {
      pending.push(...entries);
    },
    page: afterFlush(inner.page),
    count: afterFlush(inner.count),
    redactMentioning: afterFlush(inner.redactMentioning),
    hasEntry: afterFlush(inner.hasEntry),
  };
}

/** The audit repo of the plain connection: each append is a transaction of its own. */
export function standaloneAuditRepo(db: Db): AuditRepo {
  const inner = auditRepo(db);
  const appendMany: AuditRepo['appendMany'] = (entries) => db.transaction((tx) => auditRepo(tx as unknown as Db).appendMany(entries));
  return { ...inner, append: (entry) => appendMany([entry]), appendMany };
}
