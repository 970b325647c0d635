/**
 * The routes a sync batch may replay: the creates and updates that offline forms queue, and
 * nothing else (no deletes, no reads, no account or admin routes). Each route says whether a
 * missing record it refers to may still be on its way from a phone (a lot whose owner was
 * registered offline, a sale of a lot recorded offline), and, for updates, the audit entity
 * their route writes and the key of the record in its GET answer.
 */

const ID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export interface SyncRoute {
  method: 'POST' | 'PATCH';
  pattern: RegExp;
  /** A 404, or a refusal naming only unknown records, means "not arrived yet" rather than "wrong". */
  awaitsOfflineRecords: boolean;
  /** Updates: where a repeated one is recognised (audit entity) and how to read the current record. */
  update?: { entity: string; recordKey: string };
}

export const SYNC_ROUTES: readonly SyncRoute[] = [
  { method: 'POST', pattern: /^\/api\/people$/, awaitsOfflineRecords: false },
  { method: 'PATCH', pattern: new RegExp(`^/api/people/${ID}$`), awaitsOfflineRecords: true, update: { entity: 'person', recordKey: 'person' } },
  { method: 'POST', pattern: /^\/api\/lots$/, awaitsOfflineRecords: true },
  { method: 'PATCH', pattern: new RegExp(`^/api/lots/${ID}$`), awaitsOfflineRecords: true, update: { entity: 'ore_lot', recordKey: 'lot' } },
  { method: 'POST', pattern: /^\/api\/sales$/, awaitsOfflineRecords: true },
  { method: 'POST', pattern: /^\/api\/savings\/meetings$/, awaitsOfflineRecords: false },
  { method: 'POST', pattern: /^\/api\/training-sessions$/, awaitsOfflineRecords: false },
  { method: 'POST', pattern: new RegExp(`^/api/training-sessions/${ID}/attendance$`), awaitsOfflineRecords: true },
];

/** The route an item may be replayed on, or undefined when sync does not take it. */
export function findSyncRoute(method: string, path: string): SyncRoute | undefined {
  return SYNC_ROUTES.find((r) => r.method === method && r.pattern.test(path));
}

/** The id at the end of an update's path (`/api/people/{id}` → id). */
export function recordIdOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}
