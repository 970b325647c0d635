/** Sales: the fair value stored matches the domain function, unfair sales are flagged, bad input writes nothing, merges keep every sale. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fairValue } from '../../src/domain/production/fair-value.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { createPlant, createWoman, GOLD_USD_PER_OZ, lotBody, PEN_PER_USD, PRICE_DATE, saleBody, seedPrices } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let rosa: string;
let plant: string;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  await seedPrices(t);
  rosa = await createWoman(t, n);
  plant = await createPlant(t, n.admin);
});
afterAll(() => t.close());

const newLot = async (extra: Record<string, unknown> = {}, personId = rosa) => {
  const res = await t.request('POST', '/api/lots', { session: n.promoterAnanea, body: lotBody(personId, extra) });
  if (res.status !== 201) throw new Error(await res.text());
  return (await res.json()).lot.id as string;
};
const sell = (body: unknown, session: Session = n.promoterAnanea) => t.request('POST', '/api/sales', { session, body });
const problems = async (res: Response) => ((await res.json()).details as { path: string; code: string }[]).map((d) => `${d.path}:${d.code}`).sort();
const count = async (table: 'sales' | 'sale_lots') => Number(((await t.ctx.database.db.execute(sql`SELECT count(*) AS c FROM ${sql.identifier(table)}`)) as unknown as { rows: { c: string }[] }).rows[0]!.c);

describe('recording a sale', () => {
  it('stores the fair value the domain function gives, with the prices and their dates, and moves the lot to sold in part', async () => {
    const lotId = await newLot();
    const body = saleBody(lotId, plant);
    const res = await sell(body);
    expect(res.status).toBe(201);
    const { sale } = await res.json();
    const expected = fairValue({ oreKg: 1000, gradeGPerT: 10, recovery: 0.9, goldUsdPerOz: GOLD_USD_PER_OZ, penPerUsd: PEN_PER_USD, deductionsPenCents: 30_000, paidPenCents: 250_000 });
    expect(sale.fair_value).toEqual({
      fine_gold_g: expected.fineGoldG, reference_value_usd: expected.referenceValueUsdCents / 100, reference_value_pen: expected.referenceValuePenCents / 100,
      deductions_pen: 300, net_reference_pen: expected.netReferencePenCents / 100, floor_95_pen: expected.floor95PenCents / 100,
      paid_pen: 2500, discount: expected.discount, flagged: false,
    });
    expect(sale.price).toEqual({ gold_usd_per_oz: GOLD_USD_PER_OZ, gold_price_date: PRICE_DATE, pen_per_usd: PEN_PER_USD, pen_per_usd_date: PRICE_DATE, stale: false });
    expect(sale.buyer).toMatchObject({ id: plant, kind: 'processing_plant', recpo_registered: true, mercury_free: true });
    expect(sale).toMatchObject({ seller_person_id: rosa, weight_kg: 1000, lots: [{ lot_id: lotId, weight_kg: 1000 }] });
    const { lot } = await (await t.request('GET', `/api/lots/${lotId}`, { session: n.promoterAnanea })).json();
    expect(lot).toMatchObject({ sold_kg: 1000, status: 'sold_in_part', version: 2 });

    const before = await count('sales');
    const retry = await sell(body);
    expect(retry.status).toBe(201);
    expect((await retry.json()).sale).toEqual(sale);
    expect(await count('sales')).toBe(before);
    expect((await (await t.request('GET', `/api/lots/${lotId}`, { session: n.promoterAnanea })).json()).lot.sold_kg).toBe(1000);
  });

  it('flags a sale paid more than 20% below the net reference, on the sale and in her list', async () => {
    const lotId = await newLot();
    const { sale } = await (await sell(saleBody(lotId, plant, { paid_pen: 1800 }))).json();
    expect(sale.fair_value.discount).toBeGreaterThan(0.2);
    expect(sale.fair_value.flagged).toBe(true);
    const list = await (await t.request('GET', `/api/sales?person_id=${rosa}`, { session: n.leaderAnanea })).json();
    expect(list.items.find((s: { id: string }) => s.id === sale.id).fair_value.flagged).toBe(true);
    expect((await t.request('GET', `/api/sales/${sale.id}`, { session: n.coordPuno })).status).toBe(200);
    expect((await t.request('GET', `/api/sales/${sale.id}`, { session: n.coordPiura })).status).toBe(404);
  });

  it('sells from two lots, takes fine gold grams directly, and marks a fully sold lot sold', async () => {
    const a = await newLot({ weight_kg: 400 });
    const b = await newLot({ weight_kg: 600 });
    const res = await sell(saleBody(a, plant, { lots: [{ lot_id: a, weight_kg: 400 }, { lot_id: b, weight_kg: 200 }], grade_g_per_t: null, recovery: null, fine_gold_g: 5.4, kind: 'amalgam_to_trader' }));
    expect(res.status).toBe(201);
    const { sale } = await res.json();
    expect(sale).toMatchObject({ weight_kg: 600, fair_value: { fine_gold_g: 5.4, deductions_pen: 180 } });
    const lots = await (await t.request('GET', `/api/lots?person_id=${rosa}`, { session: n.promoterAnanea })).json();
    const status = Object.fromEntries(lots.items.map((l: { id: string; status: string }) => [l.id, l.status]));
    expect([status[a], status[b]]).toEqual(['sold', 'sold_in_part']);
  });

  it('names each bad input and writes nothing', async () => {
    const lotId = await newLot({ weight_kg: 500 });
    const [sales, portions] = [await count('sales'), await count('sale_lots')];
    const cases: [Record<string, unknown>, string[]][] = [
      [{ lots: [{ lot_id: lotId, weight_kg: 600 }] }, ['lots.0.weight_kg:lot.not_enough_ore']],
      [{ lots: [{ lot_id: lotId, weight_kg: 0 }] }, ['lots.0.weight_kg:zod.too_small']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], grade_g_per_t: 1500 }, ['grade_g_per_t:grade.confirm_high']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], grade_g_per_t: 30_000, confirm_high_grade: true }, ['grade_g_per_t:grade.too_high']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], recovery: 1.2 }, ['recovery:zod.too_big']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], recovery: 0 }, ['recovery:zod.too_small']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], recovery: null }, ['recovery:sale.recovery_required']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], fine_gold_g: 3 }, ['fine_gold_g:sale.grade_or_fine_gold']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], paid_pen: 0 }, ['paid_pen:zod.custom']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], sold_on: '2026-03-05' }, ['sold_on:date.in_future']],
      [{ lots: [{ lot_id: lotId, weight_kg: 100 }], sold_on: '2025-12-30' }, ['sold_on:sale.before_season']],
    ];
    for (const [extra, expected] of cases) {
      const res = await sell(saleBody(lotId, plant, extra));
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(await problems(res), JSON.stringify(extra)).toEqual(expected);
    }
    const { lot } = await (await t.request('GET', `/api/lots/${lotId}`, { session: n.promoterAnanea })).json();
    expect(lot).toMatchObject({ sold_kg: 0, status: 'selecting', version: 1 });
    expect([await count('sales'), await count('sale_lots')]).toEqual([sales, portions]);
  });

  it('says so when there is no reference price on or before the sale date', async () => {
    const lotId = await newLot({ season_from: '1990-03-01', season_to: null });
    const res = await sell(saleBody(lotId, plant, { sold_on: '1990-04-10' }));
    expect(res.status).toBe(400);
    expect((await res.json()).details).toEqual([expect.objectContaining({ path: 'sold_on', code: 'price.none_before', params: { series: 'pen_per_usd', date: '1990-04-10' } })]);
  });

  it('warns when the price is more than a week older than the sale', async () => {
    await seedPrices(t, '2025-12-01');
    const lotId = await newLot({ season_from: '2025-11-01', season_to: '2025-12-01' });
    const { sale } = await (await sell(saleBody(lotId, plant, { sold_on: '2025-12-20' }))).json();
    expect(sale.price).toMatchObject({ gold_price_date: '2025-12-01', stale: true });
  });
});

describe('who may record a sale', () => {
  it('lets a member sell her own ore but not another woman’s', async () => {
    const vilma = await createWoman(t, n, { given_names: 'Vilma' });
    await t.createUser('vilma.sales', 'member', { organisationId: n.ananea, personId: vilma });
    const session = await t.login('vilma.sales');
    const hers = await newLot({}, vilma);
    expect((await sell(saleBody(hers, plant), session)).status).toBe(201);
    const other = await sell(saleBody(await newLot(), plant), session);
    expect(other.status).toBe(403);
    expect((await other.json()).rule).toBe('production.own_records_only');
    expect((await t.request('GET', '/api/sales', { session })).status).toBe(200);
  });
});

describe('merging two records of one woman', () => {
  it('moves her lots, sales and income statements to the record kept', async () => {
    const same = { given_names: 'Nélida', paternal_surname: 'Apaza', maternal_surname: 'Ticona', birth_date: '1979-03-08' };
    const kept = await createWoman(t, n, same);
    const merged = await createWoman(t, n, { ...same, id_type: 'none', id_number: null, id_none_reason: 'lost', given_names: 'Nelida' });
    const lotId = await newLot({}, merged);
    const { sale } = await (await sell(saleBody(lotId, plant))).json();
    const statement = await t.request('POST', '/api/statements', { session: n.leaderAnanea, body: { person_id: merged, from: '2026-02-01', to: '2026-02-28' } });
    expect(statement.status).toBe(201);
    const queue = await (await t.request('GET', '/api/duplicates', { session: n.leaderAnanea })).json();
    const pair = queue.items.find((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].includes(merged) && [p.a.id, p.b.id].includes(kept));
    expect(pair).toBeDefined();
    expect((await t.request('POST', `/api/duplicates/${pair.id}`, { session: n.leaderAnanea, body: { decision: 'merge', keep_id: kept } })).status).toBe(200);
    const lots = await (await t.request('GET', `/api/lots?person_id=${kept}`, { session: n.leaderAnanea })).json();
    expect(lots.items.map((l: { id: string }) => l.id)).toEqual([lotId]);
    const sales = await (await t.request('GET', `/api/sales?person_id=${kept}`, { session: n.leaderAnanea })).json();
    expect(sales.items.map((s: { id: string; seller_person_id: string }) => [s.id, s.seller_person_id])).toEqual([[sale.id, kept]]);
    const left = (await t.ctx.database.db.execute(sql`SELECT count(*) AS c FROM sales WHERE seller_person_id = ${merged}`)) as unknown as { rows: { c: string }[] };
    expect(Number(left.rows[0]!.c)).toBe(0);
    const statements = await (await t.request('GET', `/api/statements?person_id=${kept}`, { session: n.leaderAnanea })).json();
    expect(statements.items.map((s: { id: string }) => s.id)).toEqual([(await statement.json()).statement.id]);
  });
});
