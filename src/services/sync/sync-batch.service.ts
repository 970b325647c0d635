/**
 * Applies a phone's sync batch: each item, in order, replayed as its own request through the
 * real route (so every permission check, validation, idempotent create and audit row of that
 * route applies), as the caller. Around the replay the batch adds only what a queue of
 * offline items needs:
 * - an item on a route offline forms do not use is refused (rule `sync.route_not_allowed`);
 * - an item that refers to a record still on its way from a phone answers 424, to be sent again;
 * - a repeated update (its version now stale, its receipt in the audit log) answers 200 with
 *   the record as it is now, and a real conflict answers 409 with `current`, the record now;
 * - a passing fault (server error, lost session, rate limit) stops the batch there, so no
 *   later item overtakes it; the items after it get no result and stay waiting on the phone.
 */
import type { SyncItem } from '../../contracts/sync.ts';
import { AppError } from '../../domain/errors.ts';
import type { ServiceDeps } from '../deps.ts';
import { wasUpdateApplied } from './receipts.service.ts';
import { currentVersionOf, isPassingFault, NOT_ARRIVED_STATUS, refersToMissingRecord, type Answer } from './sync-outcome.ts';
import { findSyncRoute, recordIdOf, type SyncRoute } from './sync-routes.ts';

export interface ReplayRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
  /** Sent as the request id, so the route's audit row keeps it. */
  requestId?: string;
}

/** Sends one request through the application as the caller of the batch. */
export type Replay = (request: ReplayRequest) => Promise<Answer>;

/** One item's result: the replay's answer, or a refusal made before any replay. */
export type ItemOutcome = { id: string; answer: Answer } | { id: string; refusal: AppError };

/** Applies the items in order; the caller is checked by each replayed route, with her own session or key. */
export async function applySyncBatch(deps: ServiceDeps, items: readonly SyncItem[], replay: Replay): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = [];
  for (const item of items) {
    const outcome = await applyItem(deps, item, replay);
    outcomes.push(outcome);
    if ('answer' in outcome && isPassingFault(outcome.answer.status)) break;
  }
  return outcomes;
}

async function applyItem(deps: ServiceDeps, item: SyncItem, replay: Replay): Promise<ItemOutcome> {
  const route = findSyncRoute(item.method, item.path);
  if (!route) {
    return { id: item.id, refusal: new AppError('VALIDATION_FAILED', `${item.method} ${item.path} cannot be sent in a sync batch`, {
      rule: 'sync.route_not_allowed', params: { method: item.method, path: item.path },
      details: [{ path: 'path', code: 'sync.route_not_allowed', message: 'offline forms do not send this route' }],
    }) };
  }
  const body = route.update ? withBaseVersion(item) : item.body;
  if (body instanceof AppError) return { id: item.id, refusal: body };
  const answer = await replay({ method: item.method, path: item.path, body, requestId: item.id });
  if (route.update && answer.status === 409) return { id: item.id, answer: await settleConflict(deps, item, route, answer, replay) };
  if (route.awaitsOfflineRecords && refersToMissingRecord(answer)) return { id: item.id, answer: { status: NOT_ARRIVED_STATUS, body: answer.body } };
  return { id: item.id, answer };
}

/** An update's body with the version it was based on (`base_version`), which must agree with a `version` it already has. */
function withBaseVersion(item: SyncItem): Record<string, unknown> | AppError {
  if (item.base_version === undefined || item.body.version === item.base_version) return item.body;
  if (item.body.version === undefined) return { ...item.body, version: item.base_version };
  return new AppError('VALIDATION_FAILED', 'base_version and the body\'s version differ', {
    details: [{ path: 'base_version', code: 'sync.base_version_mismatch', message: `is ${item.base_version} but the body says version ${String(item.body.version)}` }],
  });
}

/**
 * A 409 on an update: based on a version the server has not reached yet (an earlier update is
 * on its way) → 424; already applied by an earlier copy of this item → 200 with the record
 * now; otherwise a real conflict → 409 with the record now beside the problem.
 */
async function settleConflict(deps: ServiceDeps, item: SyncItem, route: SyncRoute, conflict: Answer, replay: Replay): Promise<Answer> {
  const current = currentVersionOf(conflict);
  const update = route.update!;
  if (current === undefined) return conflict;
  const based = typeof item.body.version === 'number' ? item.body.version : item.base_version;
  if (based !== undefined && based > current) return { status: NOT_ARRIVED_STATUS, body: conflict.body };
  const read = await replay({ method: 'GET', path: item.path });
  if (read.status !== 200) return conflict;
  const record = (read.body as Record<string, unknown>)[update.recordKey];
  if (await wasUpdateApplied(deps, { entity: update.entity, entityId: recordIdOf(item.path), requestId: item.id })) {
    return { status: 200, body: { [update.recordKey]: record } };
  }
  return { status: 409, body: { ...(conflict.body as Record<string, unknown>), current: record } };
}
