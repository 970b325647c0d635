/**
 * The audit hash chain. Each entry's hash is SHA-256 over the previous hash and the canonical
 * JSON of the entry's content (keys sorted, dates as ISO strings), so the same content always
 * gives the same hash whether it came from the writer or was read back from the database.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  id: string;
  at: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** JSON with object keys sorted at every depth; `undefined` members are dropped as JSON does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashAuditEntry(prevHash: string, c: AuditContent): string {
  const body = canonicalJson({
    id: c.id, at: c.at.toISOString(), actorType: c.actorType, actorId: c.actorId, action: c.action,
    entity: c.entity, entityId: c.entityId, before: c.before, after: c.after, requestId: c.requestId,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainRow extends AuditContent {
  seq: number;
  prevHash: string;
  hash: string;
}

export type ChainVerdict =
  | { ok: true; checked: number; lastHash: string }
  | { ok: false; checked: number; brokenSeq: number; reason: string };

/**
 * Walks rows in sequence order, carrying the expected previous hash across calls so a long log
 * can be verified in pages. Returns the first row whose link or content does not match.
 */
export function verifyChainPage(rows: ChainRow[], expectedPrev: string, alreadyChecked = 0): ChainVerdict {
  let prev = expectedPrev;
  let checked = alreadyChecked;
  for (const row of rows) {
    if (row.prevHash !== prev) {
      return { ok: false, checked, brokenSeq: row.seq, reason: 'its previous-hash link does not match the row before it (a row was removed or inserted)' };
    }
    if (hashAuditEntry(row.prevHash, row) !== row.hash) {
      return { ok: false, checked, brokenSeq: row.seq, reason: 'its content does not match its hash (the row was altered)' };
    }
    prev = row.hash;
    checked++;
  }
  return { ok: true, checked, lastHash: prev };
}
