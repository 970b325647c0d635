/** The batch's own rules around each replay: order, where it stops, 424s, and what it refuses without replaying. */
import { describe, expect, it } from 'vitest';
import type { SyncItem } from '../../contracts/sync.ts';
import type { ServiceDeps } from '../deps.ts';
import { applySyncBatch, type ReplayRequest } from './sync-batch.service.ts';

const ID = (n: number) => `0195f3a0-7c1e-7a00-8000-00000000000${n}`;
const item = (n: number, over: Partial<SyncItem> = {}): SyncItem => ({ id: ID(n), method: 'POST', path: '/api/lots', body: { id: ID(n) }, ...over });
/** No database: these cases never ask for a receipt. */
const deps = {} as ServiceDeps;

function replayer(statuses: number[]) {
  const seen: ReplayRequest[] = [];
  return { seen, replay: async (request: ReplayRequest) => (seen.push(request), { status: statuses[seen.length - 1] ?? 201, body: { code: 'X', details: [] } }) };
}

describe('a sync batch around its replays', () => {
  it('replays in order with each item id as the request id, and stops after a passing fault', async () => {
    const { seen, replay } = replayer([201, 400, 503, 201]);
    const outcomes = await applySyncBatch(deps, [item(1), item(2), item(3), item(4)], replay);
    expect(seen.map((r) => r.requestId)).toEqual([ID(1), ID(2), ID(3)]);
    expect(outcomes.map((o) => ('answer' in o ? o.answer.status : 'refused'))).toEqual([201, 400, 503]);
  });

  it('turns a 404 into 424 on routes that name records made offline, and leaves it on others', async () => {
    const { replay } = replayer([404, 404]);
    const outcomes = await applySyncBatch(deps, [item(1), item(2, { path: '/api/savings/meetings' })], replay);
    expect(outcomes.map((o) => ('answer' in o ? o.answer.status : 0))).toEqual([424, 404]);
  });

  it('refuses without replaying a route sync does not take, and a base version the body contradicts', async () => {
    const { seen, replay } = replayer([]);
    const patch = { method: 'PATCH' as const, path: `/api/people/${ID(9)}`, body: { version: 2 }, base_version: 1 };
    const outcomes = await applySyncBatch(deps, [item(1, { path: '/api/users' }), item(2, patch)], replay);
    expect(seen).toEqual([]);
    expect(outcomes.map((o) => ('refusal' in o ? o.refusal.rule ?? o.refusal.details[0]?.code : ''))).toEqual(['sync.route_not_allowed', 'sync.base_version_mismatch']);
  });

  it("puts the base version in an update's body", async () => {
    const { seen, replay } = replayer([200]);
    await applySyncBatch(deps, [item(1, { method: 'PATCH', path: `/api/lots/${ID(9)}`, body: { bags: 3 }, base_version: 4 })], replay);
    expect(seen[0]!.body).toEqual({ bags: 3, version: 4 });
  });
});
