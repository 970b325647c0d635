/**
 * A correction based on a stale version is refused, never applied silently, and the refusal
 * gives the phone what it needs to show both versions field by field: the current version in
 * the problem, the record as it is now from GET, and who registered her (the one who edits
 * her offline). The update built from the user's choices, on the current version, is applied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

async function registerRosa() {
  const body = personBody({ organisation_id: n.ananea, given_names: 'Rosa', phone: '951000111' });
  const res = await t.request('POST', '/api/people', { session: n.promoterAnanea, body });
  expect(res.status).toBe(201);
  return (await res.json()).person as { id: string; version: number; registered_by: string | null };
}

describe('a correction based on a stale version', () => {
  it('names who registered her', async () => {
    const rosa = await registerRosa();
    const detail = await (await t.request('GET', `/api/people/${rosa.id}`, { session: n.leaderAnanea })).json();
    expect(detail.person.registered_by).toBe(n.promoterAnanea.userId);
  });

  it('is refused with the current version, changes nothing, and the chosen values apply on the current version', async () => {
    const rosa = await registerRosa();
    const first = await t.request('PATCH', `/api/people/${rosa.id}`, { session: n.leaderAnanea, body: { version: 1, phone: '987654321', dependants: 2 } });
    expect(first.status).toBe(200);

    const stale = await t.request('PATCH', `/api/people/${rosa.id}`, { session: n.promoterAnanea, body: { version: 1, phone: '912345678', given_names: 'Rosa Elena' } });
    expect(stale.status).toBe(409);
    const problem = await stale.json();
    expect(problem).toMatchObject({ code: 'VERSION_CONFLICT', rule: 'version.stale' });
    expect(problem.details).toEqual([expect.objectContaining({ path: 'version', code: 'version.stale', params: { version: 2 } })]);

    const now = (await (await t.request('GET', `/api/people/${rosa.id}`, { session: n.promoterAnanea })).json()).person;
    expect(now).toMatchObject({ version: 2, phone: '987654321', given_names: 'Rosa', dependants: 2 });

    // She keeps the server's phone and her own given names; the leader's dependants stay as they are.
    const resolved = await t.request('PATCH', `/api/people/${rosa.id}`, { session: n.promoterAnanea, body: { version: now.version, given_names: 'Rosa Elena' } });
    expect(resolved.status).toBe(200);
    expect((await resolved.json()).person).toMatchObject({ version: 3, phone: '987654321', given_names: 'Rosa Elena', dependants: 2 });
  });
});
