/**
 * The offline sync batch (POST /api/sync): a phone sends the items of its outbox, oldest
 * first, and gets one result per item it applied. Each item is one create or update that an
 * offline form made, replayed on the server as if it had been sent on its own; the record ids
 * in the bodies are the idempotency keys, so a repeated batch changes nothing.
 */
import { z } from 'zod';
import { Uuid } from './common.ts';

/** The largest request body the server reads (1 MiB); a phone splits its outbox into batches below it. */
export const SYNC_MAX_BATCH_BYTES = 1024 * 1024;
/** At most this many items per batch, whatever their size. */
export const SYNC_MAX_ITEMS = 1000;

/**
 * One outbox item.
 * @example { "id": "0195f3c2-…", "method": "PATCH", "path": "/api/people/0195f3a0-…", "body": { "phone": "951234567" }, "base_version": 3 }
 */
export const SyncItem = z.strictObject({
  /** The outbox item's UUIDv7; also the request id of its replay, so a repeated update is known as done. */
  id: Uuid,
  method: z.enum(['POST', 'PATCH']),
  /** One of the routes offline forms use (POST /api/people, PATCH /api/people/{id}, POST /api/lots, …). */
  path: z.string().min(1).max(200),
  body: z.record(z.string(), z.unknown()),
  /** The version an update was based on; put in the body's `version` when the body has none. */
  base_version: z.number().int().min(1).optional(),
});
export type SyncItem = z.infer<typeof SyncItem>;

export const SyncBatch = z.strictObject({ items: z.array(SyncItem).min(1).max(SYNC_MAX_ITEMS) });
export type SyncBatch = z.infer<typeof SyncBatch>;

/**
 * What became of one item. `status` is the HTTP status the item's own request answered, except
 * 424 (a record it refers to has not arrived yet: send it again later). `body` is that answer or
 * its problem+json; on a 409 version conflict the problem carries `current`, the record as the
 * server has it now, so the phone can show both versions field by field.
 */
export const SyncResult = z.object({
  id: Uuid,
  status: z.number().int(),
  body: z.unknown(),
});
export type SyncResult = z.infer<typeof SyncResult>;

/**
 * Results in the order of the items. When an item met a passing fault (a server error, a lost
 * session, a rate limit) the server stops there: the items after it have no result and are
 * still waiting, so nothing overtakes an earlier item.
 */
export const SyncAnswer = z.object({ results: z.array(SyncResult) });
export type SyncAnswer = z.infer<typeof SyncAnswer>;
