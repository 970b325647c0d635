/** Protective equipment: stock received and on hand, distributions never beyond stock, who lacks what, exports, scope. */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let items: Record<string, string>;

const count = async (table: 'ppe_distributions' | 'ppe_stock_movements') =>
  ((await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

const receive = async (item: string, quantity: number, org = n.ananea) => {
  const res = await t.request('POST', '/api/ppe/stock', { session: n.promoterAnanea, body: { id: uuidv7(), organisation_id: org, item_id: items[item], quantity, received_on: '2026-02-01', source: 'Programme' } });
  expect(res.status).toBe(201);
  return (await res.json()).items as { item_key: string; on_hand: number }[];
};
const distribute = (person: string, lines: [string, number][], extra: Record<string, unknown> = {}) =>
  t.request('POST', '/api/ppe/distributions', {
    session: n.promoterAnanea,
    body: { id: uuidv7(), organisation_id: n.ananea, person_id: person, distributed_on: '2026-02-10', items: lines.map(([k, q]) => ({ item_id: items[k], quantity: q })), ...extra },
  });

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  const res = await t.request('GET', '/api/ppe/items', { session: n.promoterAnanea });
  expect(res.status).toBe(200);
  items = Object.fromEntries((await res.json()).items.map((i: { key: string; id: string }) => [i.key, i.id]));
});
afterAll(() => t.close());

describe('stock and distributions', () => {
  it('ships the catalogue', () => {
    expect(Object.keys(items)).toEqual(['helmet', 'gloves', 'goggles', 'respirator', 'boots', 'hi_vis_vest', 'other']);
  });

  it('counts received − distributed per item', async () => {
    await receive('helmet', 3);
    const woman = await createWoman(t, n);
    const res = await distribute(woman, [['helmet', 2]]);
    expect(res.status).toBe(201);
    expect((await res.json()).distribution.items).toEqual([expect.objectContaining({ item_id: items.helmet, quantity: 2 })]);
    const stock = await (await t.request('GET', `/api/ppe/stock?organisation_id=${n.ananea}`, { session: n.leaderAnanea })).json();
    expect(stock.items.find((i: { item_key: string }) => i.item_key === 'helmet')).toMatchObject({ received: 3, distributed: 2, on_hand: 1 });
  });

  it('refuses a distribution beyond stock, naming the item, and writes nothing', async () => {
    await receive('gloves', 4);
    const woman = await createWoman(t, n);
    const before = [await count('ppe_distributions'), await count('ppe_stock_movements')];
    const res = await distribute(woman, [['gloves', 2], ['boots', 1]]);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.details).toEqual([expect.objectContaining({ path: 'items.1.quantity', code: 'ppe.beyond_stock', params: { item: 'Botas', on_hand: 0 } })]);
    expect(body.details[0].message).toContain('Botas');
    expect([await count('ppe_distributions'), await count('ppe_stock_movements')]).toEqual(before);
  });

  it('records a resent distribution once', async () => {
    await receive('goggles', 2);
    const woman = await createWoman(t, n);
    const id = uuidv7();
    for (let i = 0; i < 2; i++) expect((await distribute(woman, [['goggles', 2]], { id })).status).toBe(201);
    const stock = await (await t.request('GET', `/api/ppe/stock?organisation_id=${n.ananea}`, { session: n.leaderAnanea })).json();
    expect(stock.items.find((i: { item_key: string }) => i.item_key === 'goggles').on_hand).toBe(0);
  });

  it('refuses a negative quantity and a date after today', async () => {
    const woman = await createWoman(t, n);
    const res = await distribute(woman, [['helmet', -1]], { distributed_on: '2026-03-05' });
    expect(res.status).toBe(400);
    expect((await res.json()).details.map((d: { path: string }) => d.path)).toContain('items.0.quantity');
    const late = await distribute(woman, [['helmet', 1]], { distributed_on: '2026-03-05' });
    expect((await late.json()).details).toEqual([expect.objectContaining({ path: 'distributed_on', code: 'date.in_future' })]);
  });

  it('keeps stock within reach: another region can neither read nor move it', async () => {
    expect((await t.request('GET', `/api/ppe/stock?organisation_id=${n.ananea}`, { session: n.coordPiura })).status).toBe(403);
    const res = await t.request('POST', '/api/ppe/stock', { session: n.coordPiura, body: { organisation_id: n.ananea, item_id: items.helmet, quantity: 1, received_on: '2026-02-01' } });
    expect(res.status).toBe(403);
    expect((await t.request('GET', '/api/ppe/items', { session: n.analyst })).status).toBe(403);
  });
});

describe('who lacks what', () => {
  it('lists pallaqueras without the item in the last 12 months, and exports them', async () => {
    await receive('respirator', 5);
    const [served, old, never] = [await createWoman(t, n), await createWoman(t, n, { given_names: 'Vieja' }), await createWoman(t, n, { given_names: 'Nunca' })];
    const miner = await createWoman(t, n, { profiles: ['woman_miner'] });
    expect((await distribute(served, [['respirator', 1]])).status).toBe(201);
    expect((await distribute(old, [['respirator', 1]], { distributed_on: '2024-12-20' })).status).toBe(201);
    const res = await t.request('GET', `/api/ppe/lacking?item_id=${items.respirator}`, { session: n.promoterAnanea });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ profile: 'pallaquera', months: 12, since: '2025-03-01', item_name: 'Respirador o mascarilla' });
    const ids = body.items.map((r: { person_id: string }) => r.person_id);
    expect(ids).toEqual(expect.arrayContaining([old, never]));
    expect(ids).not.toContain(served);
    expect(ids).not.toContain(miner);
    expect(body.items.find((r: { person_id: string }) => r.person_id === old).last_received_on).toBe('2024-12-20');
    const within = await (await t.request('GET', `/api/ppe/lacking?item_id=${items.respirator}&months=24`, { session: n.promoterAnanea })).json();
    expect(within.items.map((r: { person_id: string }) => r.person_id)).not.toContain(old);
    const csv = await t.request('GET', `/api/ppe/lacking?item_id=${items.respirator}&format=csv`, { session: n.promoterAnanea });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('Nunca');
    const xlsx = await t.request('GET', `/api/ppe/lacking?item_id=${items.respirator}&format=xlsx`, { session: n.promoterAnanea });
    expect(xlsx.status).toBe(200);
    const other = await (await t.request('GET', `/api/ppe/lacking?item_id=${items.respirator}`, { session: n.coordPiura })).json();
    expect(other.items).toEqual([]);
  });
});
