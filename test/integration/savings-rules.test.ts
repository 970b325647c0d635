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

describe('closing a cycle and opening the next', () => {
  it('closes without a share-out only when no loan is outstanding, refuses what comes after, and carries the social fund over', async () => {
    groupId = (await ok('/api/savings/groups', { organisation_id: net.ananea, name: 'Banquito Ciclos' })).group.id;
    for (const person of [rosa, eva]) await ok(`/api/savings/groups/${groupId}/members`, { person_id: person, joined_on: '2026-01-01' });
    const first = await openCycle();
    const january = [buy(rosa, 5), buy(eva, 5), { id: uuidv7(), type: 'social_fund', person_id: rosa, amount_cents: 500 }, { id: uuidv7(), type: 'social_fund', person_id: eva, amount_cents: 500 }, { id: uuidv7(), type: 'loan', person_id: rosa, amount_cents: 3_000 }];
    expect((await meeting(first, '2026-01-10', january)).status).toBe(201);
    expect((await meeting(first, '2026-02-10', [{ id: uuidv7(), type: 'social_fund_grant', person_id: eva, amount_cents: 300 }])).status).toBe(201);

    const early = await post(`/api/savings/cycles/${first}/close`, { share_out: false });
    expect(early.status).toBe(409);
    expect(await early.json()).toMatchObject({ code: 'CONFLICT', rule: 'cycle.loans_outstanding', params: { loans_outstanding_cents: 3_000 } });
    const tooSoon = await post('/api/savings/cycles', { group_id: groupId, starts_on: '2026-07-01', ends_on: '2026-12-31', share_value_cents: 1_000 });
    expect(tooSoon.status).toBe(409);
    expect(await tooSoon.json()).toMatchObject({ rule: 'cycle.previous_open', params: { cycle_id: first } });

    expect((await meeting(first, '2026-03-10', [{ id: uuidv7(), type: 'repayment', person_id: rosa, amount_cents: 3_000, interest_cents: 150 }])).status).toBe(201);
    const closed = await post(`/api/savings/cycles/${first}/close`, { share_out: false });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ closed: true, social_fund_cents: 700, fund_cents: 10_150, loans_outstanding_cents: 0 });
    expect((await post(`/api/savings/cycles/${first}/close`, { share_out: false })).status).toBe(200); // again: nothing changes

    const after = await meeting(first, '2026-04-10', [buy(eva, 1)]);
    expect(after.status).toBe(400);
    expect((await after.json()).details).toEqual([expect.objectContaining({ path: 'transactions.0', code: 'cycle.closed' })]);
    const overMaximum = await meeting(first, '2026-01-10', [...january, buy(eva, 9)]);
    expect((await overMaximum.json()).details).toEqual([expect.objectContaining({ path: 'transactions.5', code: 'cycle.closed' })]);
    const countOnly = await post('/api/savings/meetings', { cycle_id: first, held_on: '2026-04-10', transactions: [], cash_counted_cents: 100 });
    expect((await countOnly.json()).details).toEqual([expect.objectContaining({ path: 'cash_counted_cents', code: 'cycle.closed' })]);
    expect((await meeting(first, '2026-01-10', january)).status).toBe(201); // a late resend from a phone's outbox is still harmless
    expect((await (await t.request('GET', `/api/savings/cycles/${first}/meetings`, { session: s })).json()).meetings).toHaveLength(3);

    const next = (await ok('/api/savings/cycles', { group_id: groupId, starts_on: '2026-07-01', ends_on: '2026-12-31', share_value_cents: 1_000 })).cycle_id;
    const opened = await (await t.request('GET', `/api/savings/cycles/${next}`, { session: s })).json();
    expect(opened).toMatchObject({ social_fund_cents: 700, fund_cents: 0, total_shares: 0, closed: false });
    const inClosedDates = await meeting(next, '2026-06-20', [buy(rosa, 1)]);
    expect(inClosedDates.status).toBe(400);
    expect((await inClosedDates.json()).details).toEqual([expect.objectContaining({ path: 'transactions.0', code: 'cycle.closed' })]);
    const overGrant = await meeting(next, '2026-07-10', [{ id: uuidv7(), type: 'social_fund_grant', person_id: rosa, amount_cents: 701 }]);
    expect((await overGrant.json()).details).toEqual([expect.objectContaining({ code: 'social_fund.insufficient' })]);
    const grant = await meeting(next, '2026-07-10', [buy(rosa, 2), { id: uuidv7(), type: 'social_fund_grant', person_id: rosa, amount_cents: 200 }]);
    expect(grant.status).toBe(201);
    expect(await grant.json()).toMatchObject({ social_fund_cents: 500, fund_cents: 2_000, cash_counts: [] });

    const shareOutId = uuidv7();
    const sharedOut = await post(`/api/savings/cycles/${next}/close`, { share_out: true, id: shareOutId, held_on: '2026-12-15' });
    expect(sharedOut.status).toBe(200);
    expect(await sharedOut.json()).toMatchObject({ closed: true, social_fund_cents: 500, members: [{ person_id: rosa, shareout_cents: 2_000 }, { person_id: eva, shareout_cents: 0 }] });
    expect((await post(`/api/savings/cycles/${next}/close`, { share_out: true, id: shareOutId, held_on: '2026-12-15' })).status).toBe(200);
    const third = (await ok('/api/savings/cycles', { group_id: groupId, starts_on: '2027-01-01', ends_on: '2027-12-31', share_value_cents: 1_000 })).cycle_id;
    expect((await (await t.request('GET', `/api/savings/cycles/${third}`, { session: s })).json()).social_fund_cents).toBe(500);
    expect((await post(`/api/savings/cycles/${third}/close`, { share_out: true, held_on: '2027-01-10' })).status).toBe(400);
  });
});

describe('two phones at once', () => {
  it('applies two meetings sent together to one cycle one after the other: the second sees the first, never a database error', async () => {
    groupId = (await ok('/api/savings/groups', { organisation_id: net.ananea, name: 'Banquito Dos Tesoreras' })).group.id;
    for (const person of [rosa, eva]) await ok(`/api/savings/groups/${groupId}/members`, { person_id: person, joined_on: '2026-01-01' });
    const cycle = await openCycle();
    expect((await meeting(cycle, '2026-01-10', [buy(rosa, 5), buy(eva, 5)])).status).toBe(201);
    const loan = (person: string) => meeting(cycle, '2026-01-17', [{ id: uuidv7(), type: 'loan', person_id: person, amount_cents: 8_000 }]);
    const answers = await Promise.all([loan(rosa), loan(eva)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 400]);
    const refused = await answers.find((r) => r.status === 400)!.json();
    expect(refused.details).toEqual([expect.objectContaining({ path: 'transactions.0', code: 'loan.over_fund' })]);
    const [first, second] = await Promise.all([buy(rosa, 1), buy(eva, 1)].map((tx) => meeting(cycle, '2026-01-24', [tx])));
    expect([first!.status, second!.status]).toEqual([201, 201]);
    expect((await (await t.request('GET', `/api/savings/cycles/${cycle}`, { session: s })).json()).total_shares).toBe(12);
  });
});
