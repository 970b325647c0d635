/**
 * The savings read routes a meeting-entry screen starts from, over HTTP on a real database:
 * the groups a user may see (her subtree only), a group with its book, officers and cycles,
 * and a cycle's meetings with attendance and the cash difference. Outsiders and roles without
 * savings.read are refused.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let net: Network;
let rosa = '';
let eva = '';
let groupId = '';
let cycleId = '';
let piuraGroupId = '';

const post = async (session: Session, path: string, body: unknown) => {
  const res = await t.request('POST', path, { session, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

beforeAll(async () => {
  t = await createTestApp();
  net = await buildNetwork(t);
  const s = net.leaderAnanea;
  rosa = (await post(s, '/api/people', { ...personBody(), organisation_id: net.ananea })).person.id;
  eva = (await post(s, '/api/people', { ...personBody({ given_names: 'Eva', paternal_surname: 'Huanca', maternal_surname: '' }), organisation_id: net.ananea })).person.id;
  groupId = (await post(s, '/api/savings/groups', { organisation_id: net.ananea, name: 'Banquito Santa Rosa' })).group.id;
  await post(s, `/api/savings/groups/${groupId}/members`, { person_id: rosa, joined_on: '2026-01-01' });
  await post(s, `/api/savings/groups/${groupId}/members`, { person_id: eva, joined_on: '2026-01-01' });
  await post(s, `/api/savings/groups/${groupId}/officers`, { person_id: eva, role: 'treasurer', from_date: '2026-01-01' });
  cycleId = (await post(s, '/api/savings/cycles', { group_id: groupId, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 1_000 })).cycle_id;
  await post(s, '/api/savings/meetings', {
    cycle_id: cycleId, held_on: '2026-01-10', present: [rosa, eva], cash_counted_cents: 2_950,
    transactions: [{ id: uuidv7(), type: 'share_purchase', person_id: rosa, shares: 2 }, { id: uuidv7(), type: 'share_purchase', person_id: eva, shares: 1 }],
  });
  await post(s, '/api/savings/meetings', { cycle_id: cycleId, held_on: '2026-01-24', present: [rosa], transactions: [{ id: uuidv7(), type: 'share_purchase', person_id: rosa, shares: 1 }] });
  piuraGroupId = (await post(net.coordPiura, '/api/savings/groups', { organisation_id: net.piura, name: 'Banquito Piura' })).group.id;
});
afterAll(async () => t.close());

describe('savings read routes', () => {
  it('lists only the groups of the caller\'s subtree, with member count and open cycle', async () => {
    const mine = await (await t.request('GET', '/api/savings/groups', { session: net.leaderAnanea })).json();
    expect(mine.groups).toEqual([{ id: groupId, organisation_id: net.ananea, name: 'Banquito Santa Rosa', constitution: '', members: 2, open_cycle_id: cycleId }]);
    const puno = await (await t.request('GET', '/api/savings/groups', { session: net.coordPuno })).json();
    expect(puno.groups.map((g: { id: string }) => g.id)).toEqual([groupId]);
    const piura = await (await t.request('GET', '/api/savings/groups', { session: net.coordPiura })).json();
    expect(piura.groups).toEqual([expect.objectContaining({ id: piuraGroupId, members: 0, open_cycle_id: null })]);
    const all = await (await t.request('GET', '/api/savings/groups', { session: net.admin })).json();
    expect(all.groups.map((g: { name: string }) => g.name)).toEqual(['Banquito Piura', 'Banquito Santa Rosa']);
    expect((await t.request('GET', '/api/savings/groups', { session: net.analyst })).status).toBe(403);
    expect((await t.request('GET', '/api/savings/groups')).status).toBe(401);
  });

  it('shows a group with its book (names, member numbers), officers and cycles', async () => {
    const res = await t.request('GET', `/api/savings/groups/${groupId}`, { session: net.promoterAnanea });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.group).toMatchObject({ id: groupId, name: 'Banquito Santa Rosa' });
    expect(body.members).toEqual([
      { person_id: rosa, name: 'Rosa Quispe Mamani', member_number: 1, joined_on: '2026-01-01', left_on: null },
      { person_id: eva, name: 'Eva Huanca', member_number: 2, joined_on: '2026-01-01', left_on: null },
    ]);
    expect(body.officers).toEqual([expect.objectContaining({ person_id: eva, role: 'treasurer', from_date: '2026-01-01', to_date: null })]);
    expect(body.cycles).toEqual([{ id: cycleId, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 1_000, closed: false }]);
    expect((await t.request('GET', `/api/savings/groups/${groupId}`, { session: net.coordPiura })).status).toBe(403);
    expect((await t.request('GET', `/api/savings/groups/${uuidv7()}`, { session: net.leaderAnanea })).status).toBe(404);
  });

  it('lists a cycle\'s meetings with attendance and the cash counted against computed', async () => {
    const res = await t.request('GET', `/api/savings/cycles/${cycleId}/meetings`, { session: net.leaderAnanea });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      cycle_id: cycleId,
      meetings: [
        { id: expect.any(String), held_on: '2026-01-10', present: 2, cash_counted_cents: 2_950, cash_computed_cents: 3_000, difference_cents: -50 },
        { id: expect.any(String), held_on: '2026-01-24', present: 1, cash_counted_cents: null, cash_computed_cents: null, difference_cents: null },
      ],
    });
    expect((await t.request('GET', `/api/savings/cycles/${cycleId}/meetings`, { session: net.coordPiura })).status).toBe(403);
    expect((await t.request('GET', `/api/savings/cycles/${uuidv7()}/meetings`, { session: net.admin })).status).toBe(404);
  });
});
