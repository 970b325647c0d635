/**
 * How the outbox goes to POST /api/sync, as plain functions (unit-tested apart from IndexedDB
 * and fetch): the waiting items cut, in order, into batches whose request body stays within
 * the server's 1 MiB limit, and the state each item of a batch is left in by the answer. The
 * server stops a batch at the first passing fault and answers only the items it applied, so an
 * item without a result is still waiting; a sync stops at the first retryable answer, so
 * nothing overtakes an earlier item. See docs/offline.md, "Sync protocol".
 */
import { afterSend, isRetryable, type OutboxItem, type SendOutcome } from './outbox-state.ts';

/** The server's limit on a request body (src/contracts/sync.ts SYNC_MAX_BATCH_BYTES; a test keeps them equal). */
export const MAX_BATCH_BYTES = 1024 * 1024;
/** The server's limit on items per batch (SYNC_MAX_ITEMS). */
export const MAX_BATCH_ITEMS = 1000;

/** One item as the batch carries it. */
export interface SyncItemWire {
  id: string;
  method: 'POST' | 'PATCH';
  path: string;
  body: unknown;
  base_version?: number;
}

export function toSyncItem(item: OutboxItem): SyncItemWire {
  const wire: SyncItemWire = { id: item.id, method: item.method as SyncItemWire['method'], path: item.url, body: item.body };
  if (item.base_version !== undefined) wire.base_version = item.base_version;
  return wire;
}

/** The request body of a batch, and its size in bytes as sent (UTF-8). */
export function batchBody(items: readonly OutboxItem[]): string {
  return JSON.stringify({ items: items.map(toSyncItem) });
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export interface BatchPlan {
  batches: OutboxItem[][];
  /** Items no batch can carry (alone over the limit, or not a create or update): they need attention. */
  unsendable: OutboxItem[];
}

/** Cuts items (already in sending order) into consecutive batches of at most `maxBytes` and `maxItems`. */
export function planBatches(items: readonly OutboxItem[], maxBytes = MAX_BATCH_BYTES, maxItems = MAX_BATCH_ITEMS): BatchPlan {
  const envelope = utf8Bytes('{"items":[]}');
  const plan: BatchPlan = { batches: [], unsendable: [] };
  let current: OutboxItem[] = [];
  let size = envelope;
  for (const item of items) {
    const bytes = utf8Bytes(JSON.stringify(toSyncItem(item)));
    if ((item.method !== 'POST' && item.method !== 'PATCH') || envelope + bytes > maxBytes) {
      plan.unsendable.push(item);
      continue;
    }
    const added = bytes + (current.length ? 1 : 0);
    if (current.length && (size + added > maxBytes || current.length >= maxItems)) {
      plan.batches.push(current);
      current = [];
      size = envelope;
    }
    size += bytes + (current.length ? 1 : 0);
    current.push(item);
  }
  if (current.length) plan.batches.push(current);
  return plan;
}

/** An item no batch can carry: it needs attention with a problem the phone words itself. */
export function unsendableItem(item: OutboxItem, now: Date): OutboxItem {
  const tooLarge = item.method === 'POST' || item.method === 'PATCH';
  return afterSend(item, {
    status: 413,
    body: tooLarge
      ? { code: 'PAYLOAD_TOO_LARGE', message: `The item is larger than ${MAX_BATCH_BYTES} bytes`, params: { max_bytes: MAX_BATCH_BYTES } }
      : { code: 'VALIDATION_FAILED', message: `${item.method} cannot be sent in a sync batch`, rule: 'sync.route_not_allowed' },
  }, now);
}

export interface SettledBatch {
  items: OutboxItem[];
  /** How many items got an answer (the server answers a prefix of a batch when it stops early). */
  answered: number;
  /** A retryable answer: end this sync here. */
  shouldStop: boolean;
}

interface ResultWire { id: string; status: number; body: unknown }

/** Where the answer to a batch leaves each of its items (sent as `sending`). */
export function settleBatch(batch: readonly OutboxItem[], outcome: SendOutcome, now: Date): SettledBatch {
  const results = outcome.status === 200 ? resultsOf(outcome.body) : undefined;
  if (!results) {
    // The batch as a whole got no usable answer: each item takes that answer.
    return { items: batch.map((item) => afterSend(item, outcome.status === 200 ? { status: 0 } : outcome, now)), answered: batch.length, shouldStop: true };
  }
  const byId = new Map(results.map((r) => [r.id, r]));
  let shouldStop = results.length < batch.length;
  const items = batch.map((item) => {
    const result = byId.get(item.id);
    if (!result) return { ...item, state: 'waiting' as const, updated_at: now.toISOString() };
    if (isRetryable(result.status)) shouldStop = true;
    return afterSend(item, { status: result.status, body: result.body }, now);
  });
  return { items, answered: batch.filter((item) => byId.has(item.id)).length, shouldStop };
}

function resultsOf(body: unknown): ResultWire[] | undefined {
  const results = typeof body === 'object' && body !== null ? (body as { results?: unknown }).results : undefined;
  if (!Array.isArray(results)) return undefined;
  return results.filter((r): r is ResultWire => typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.status === 'number');
}
