/**
 * The audit hash chain. Each entry's hash is SHA-256 over the previous hash and the canonical
 * JSON of the entry's content (keys sorted, dates as ISO strings), so the same content always
 * gives the same hash whether it came from the writer or was read back from the database.
 *
 * Since migration 0015 the chain hash covers a payload hash (SHA-256 of the canonical
 * {before, after}) instead of the payload itself, so a data-subject cancellation can erase a
 * row's before/after (redaction) and the chain still verifies: the payload hash stays and the
 * verifier checks it against the payload only while the payload is there. Rows written
 * before 0015 (payload hash null) keep the original formula; if one of those is redacted its
 * content can no longer be checked, only its link in the chain.
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

/** SHA-256 of the canonical {before, after} of an entry (what a redaction erases). */
export function hashAuditPayload(c: Pick<AuditContent, 'before' | 'after'>): string {
  return createHash('sha256').update(canonicalJson({ before: c.before, after: c.after })).digest('hex');
}

/** The chain hash of a current-format row: the previous hash, the row's metadata and its payload hash. */
export function hashAuditEntryV2(prevHash: string, c: AuditContent, payloadHash: string): string {
  const body = canonicalJson({
    id: c.id, at: c.at.toISOString(), actorType: c.actorType, actorId: c.actorId, action: c.action,
    entity: c.entity, entityId: c.entityId, payloadHash, requestId: c.requestId,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** The chain hash of a row written before migration 0015 (payload inside the hash). */
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
  /** Null (or absent) on rows written before migration 0015. */
  payloadHash?: string | null;
  /** Set when a cancellation erased before/after. */
  redactedAt?: Date | null;
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
    const problem = contentProblem(row);
    if (problem) return { ok: false, checked, brokenSeq: row.seq, reason: problem };
    prev = row.hash;
    checked++;
  }
  return { ok: true, checked, lastHash: prev };
}

/** Why a row's content does not match its hashes, or null when it does. */
function contentProblem(row: ChainRow): string | null {
  const altered = 'its content does not match its hash (the row was altered)';
  const isRedacted = row.redactedAt !== null && row.redactedAt !== undefined;
  if (isRedacted && (row.before !== null || row.after !== null)) return 'it is marked redacted but still holds a payload';
  if (row.payloadHash === null || row.payloadHash === undefined) {
    // A redacted pre-0015 row can be checked only by its link (the next row's prev_hash).
    if (isRedacted) return null;
    return hashAuditEntry(row.prevHash, row) === row.hash ? null : altered;
  }
  if (hashAuditEntryV2(row.prevHash, row, row.payloadHash) !== row.hash) return altered;
  if (!isRedacted && hashAuditPayload(row) !== row.payloadHash) return altered;
  return null;
}
