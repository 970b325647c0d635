/**
 * Whether an update replayed by a sync batch was already applied. Each item is replayed with
 * its outbox id as the request id, and the update's audit row, written in the same
 * transaction as the change, keeps that request id forever; so a repeated update whose
 * version is now stale is known as done rather than shown as a conflict.
 */
import type { ServiceDeps } from '../deps.ts';

export interface AppliedUpdate {
  /** The audit entity the update's route writes (`person`, `ore_lot`). */
  entity: string;
  entityId: string;
  /** The outbox item's id, sent as the request id of its replay. */
  requestId: string;
}

export function wasUpdateApplied(deps: ServiceDeps, update: AppliedUpdate): Promise<boolean> {
  return deps.store.repos.audit.hasEntry({ ...update, action: 'update' });
}
