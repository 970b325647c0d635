/**
 * The income statement cites a woman's savings-group records: what she saved in the period
 * (shares bought × share value, across her cycles and groups) as `savings_pen`, printed as a
 * line of the PDF; null (and no line) for a woman in no savings group.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, type Network } from '../support/registry.ts';
import { createWoman } from '../support/production.ts';

let t: TestApp;
let n: Network;
let saver = '';
let other = '';

const ok = async (path: string, body: unknown) => {
  const res = await t.request('POST', path, { session: n.promoterAnanea, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
const buy = (person: string, shares: number) => ({ id: uuidv7(), type: 'share_purchase', person_id: person, shares });

/** A group of the woman and a neighbour, one cycle at the share value, meetings as [date, her shares]. */
async function groupWith(name: string, shareValue: number, meetings: [string, number][]) {
  const group = (await ok('/api/savings/groups', { organisation_id: n.ananea, name })).group.id;
  for (const person of [saver, other]) await ok(`/api/savings/groups/${group}/members`, { person_id: person, joined_on: '2026-01-01' });
  const cycle = (await ok('/api/savings/cycles', { group_id: group, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: shareValue })).cycle_id;
  for (const [date, shares] of meetings) await ok('/api/savings/meetings', { cycle_id: cycle, held_on: date, transactions: [buy(saver, shares), buy(other, 5)] });
}

const issue = async (person: string, from: string, to: string) => {
  const res = await t.request('POST', '/api/statements', { session: n.promoterAnanea, body: { person_id: person, from, to } });
  expect(res.status).toBe(201);
  return (await res.json()).statement;
};

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  saver = await createWoman(t, n);
  other = await createWoman(t, n, { given_names: 'Eva' });
  await groupWith('Banquito Santa Rosa', 1_000, [['2026-01-10', 3], ['2026-02-10', 2]]);
  await groupWith('Banquito Las Vicuñas', 550, [['2026-02-20', 4]]);
});
afterAll(() => t.close());

describe('income statement and savings groups', () => {
  it('counts the shares she bought in the period at each cycle\'s share value, across her groups', async () => {
    expect((await issue(saver, '2026-02-01', '2026-02-28')).totals.savings_pen).toBe(42); // 2 × S/ 10 + 4 × S/ 5.50
    expect((await issue(saver, '2026-01-01', '2026-01-31')).totals.savings_pen).toBe(30);
    expect((await issue(saver, '2025-06-01', '2025-12-31')).totals.savings_pen).toBe(0); // in a group, nothing saved then
  });

  it('prints the savings line on the PDF only for a woman with savings-group records', async () => {
    const statement = await issue(saver, '2026-01-01', '2026-02-28');
    expect(statement.totals.savings_pen).toBe(72);
    const pdf = Buffer.from(await (await t.request('GET', `/api/statements/${statement.id}/pdf`, { session: n.promoterAnanea })).arrayBuffer()).toString('latin1');
    expect(pdf).toContain('Ahorro en grupo de ahorro en el periodo \\(S/\\)'); // PDF text escapes parentheses
    expect(pdf).toMatch(/\(72[.,]00\)/);

    const outsider = await createWoman(t, n, { given_names: 'Flor' });
    const none = await issue(outsider, '2026-01-01', '2026-02-28');
    expect(none.totals.savings_pen).toBeNull();
    const nonePdf = Buffer.from(await (await t.request('GET', `/api/statements/${none.id}/pdf`, { session: n.promoterAnanea })).arrayBuffer()).toString('latin1');
    expect(nonePdf).not.toContain('Ahorro en grupo');
  });
});
