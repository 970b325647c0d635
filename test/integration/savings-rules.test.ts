/**
 * Savings rules that span cycles, over HTTP on a real database: a transaction id reused in
 * another cycle or another meeting is a 409 naming the transaction (never the generic unique
 * error); closing a cycle, carrying the social fund into the next one, and transactions dated
 * in a closed cycle refused.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let net: Network;
let s: Session;
let rosa = '';
let eva = '';
let groupId = '';

const post = (path: string, body: unknown) => t.request('POST', path, { session: s, body });
const ok = async (path: string, body: unknown) => {
  const res = await post(path, body);
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
const openCycle = async (extra: Record<string, unknown> = {}) =>
  (await ok('/api/savings/cycles', { group_id: groupId, starts_on: '2026-01-01', ends_on: '2026-06-30', share_value_cents: 1_000, ...extra })).cycle_id as string;
const meeting = (cycleId: string, heldOn: string, transactions: unknown[]) => post('/api/savings/meetings', { cycle_id: cycleId, held_on: heldOn, transactions });
const buy = (person: string, shares: number, id = uuidv7()) => ({ id, type: 'share_purchase', person_id: person, shares });

beforeAll(async () => {
  t = await createTestApp();
  net = await buildNetwork(t);
  s = net.leaderAnanea;
  rosa = (await ok('/api/people', { ...personBody(), organisation_id: net.ananea })).person.id;
  eva = (await ok('/api/people', { ...personBody({ given_names: 'Eva' }), organisation_id: net.ananea })).person.id;
  groupId = (await ok('/api/savings/groups', { organisation_id: net.ananea, name: 'Banquito Las Vicuñas' })).group.id;
  for (const person of [rosa, eva]) await ok(`/api/savings/groups/${groupId}/members`, { person_id: person, joined_on: '2026-01-01' });
});
afterAll(async () => t.close());

describe('transaction ids', () => {
  it('refuses an id already used in another cycle or another meeting with a 409 naming the transaction, and writes nothing', async () => {
    const first = await openCycle();
    const other = (await ok('/api/savings/groups', { organisation_id: net.ananea, name: 'Banquito Otro' })).group.id;
    await ok(`/api/savings/groups/${other}/members`, { person_id: rosa, joined_on: '2026-01-01' });
    const second = (await ok('/api/savings/cycles', { group_id: other, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 500 })).cycle_id;
    const used = uuidv7();
    expect((await meeting(first, '2026-01-10', [buy(rosa, 2, used)])).status).toBe(201);
    expect((await meeting(first, '2026-01-10', [buy(rosa, 2, used)])).status).toBe(201); // a resend

    const elsewhere = await meeting(second, '2026-01-10', [buy(rosa, 1), buy(rosa, 1, used)]);
    expect(elsewhere.status).toBe(409);
    const problem = await elsewhere.json();
    expect(problem).toMatchObject({ code: 'CONFLICT', rule: 'id.reused', params: { id: used }, details: [{ path: 'transactions.1', code: 'id.reused', params: { id: used } }] });
    expect(JSON.stringify(problem)).not.toContain(first);
    expect((await (await t.request('GET', `/api/savings/cycles/${second}`, { session: s })).json()).total_shares).toBe(0);
    expect((await (await t.request('GET', `/api/savings/cycles/${second}/meetings`, { session: s })).json()).meetings).toEqual([]);

    const later = await meeting(first, '2026-01-24', [buy(eva, 1), buy(rosa, 2, used)]);
    expect(later.status).toBe(409);
    expect(await later.json()).toMatchObject({ rule: 'id.reused', details: [{ path: 'transactions.1', code: 'id.reused' }] });
    expect((await (await t.request('GET', `/api/savings/cycles/${first}`, { session: s })).json()).total_shares).toBe(2);
  });
});
