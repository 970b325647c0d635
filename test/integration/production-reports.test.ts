/** Production reports: grouping, small-cell suppression, buyer pooling, scope and downloads. */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, type Network } from '../support/registry.ts';
import { createPlant, createWoman, lotBody, saleBody, seedPrices } from '../support/production.ts';

let t: TestApp;
let n: Network;
let bigPlant: string;
let smallTrader: string;
const netReferences: number[] = [];
const paid: number[] = [];

/** A woman in the Ananea association (Puno) with one lot and one sale to the buyer. */
async function womanSelling(buyer: string, district: string, paidShare: number): Promise<void> {
  const woman = await createWoman(t, n, { district });
  const lot = lotBody(woman);
  expect((await t.request('POST', '/api/lots', { session: n.promoterAnanea, body: lot })).status).toBe(201);
  const probe = saleBody(lot.id, buyer);
  const first = await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: { ...probe, paid_pen: 100 } });
  expect(first.status).toBe(201);
  const { sale } = await first.json();
  // A second sale from the same lot at the chosen share of its net reference.
  const second = saleBody(lot.id, buyer, { lots: [{ lot_id: lot.id, weight_kg: 400 }] });
  const res = await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: { ...second, paid_pen: Math.round(sale.fair_value.net_reference_pen * 0.4 * paidShare * 100) / 100 } });
  expect(res.status).toBe(201);
  for (const s of [sale, (await res.json()).sale]) {
    netReferences.push(s.fair_value.net_reference_pen);
    paid.push(s.fair_value.paid_pen);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  await seedPrices(t);
  bigPlant = await createPlant(t, n.admin);
  smallTrader = await createPlant(t, n.admin, { kind: 'buyer_trader', name: 'Acopiador Sur', mercury_free: null, recpo_code: null });
  for (let i = 0; i < 5; i++) await womanSelling(bigPlant, '211002', 1);
  await womanSelling(smallTrader, '040101', 0.5);
}, 60_000);
afterAll(() => t.close());

describe('production reports', () => {
  it('groups by department and hides a region with fewer than five women, and one more so the total cannot reveal it', async () => {
    const res = await t.request('GET', '/api/reports/production?by=region', { session: n.analyst });
    expect(res.status).toBe(200);
    const report = await res.json();
    const puno = report.rows.find((r: { key: string }) => r.key === '21');
    const arequipa = report.rows.find((r: { key: string }) => r.key === '04');
    expect(arequipa).toMatchObject({ label: 'Arequipa', suppressed: true, people: null, paid_pen: null });
    // Only two regions: hiding Arequipa alone would let the total give it away, so Puno is hidden too.
    expect(puno).toMatchObject({ label: 'Puno', suppressed: true });
    expect(report.total.people).toBe(6);
    expect(report.total.sales).toBe(12);
    expect(report.total.paid_pen).toBeCloseTo(paid.reduce((a, b) => a + b, 0), 2);
  });

  it('shows the month with all six women, with the weighted discount and the sales above the threshold', async () => {
    const report = await (await t.request('GET', '/api/reports/production?by=month&from=2026-02-01&to=2026-02-28', { session: n.coordPuno })).json();
    const february = report.rows.find((r: { key: string }) => r.key === '2026-02');
    const expected = 1 - paid.reduce((a, b) => a + b, 0) / netReferences.reduce((a, b) => a + b, 0);
    expect(february).toMatchObject({ suppressed: false, people: 6, sales: 12, lots: 0 });
    expect(february.discount).toBeCloseTo(expected, 3);
    // Every first sale (S/ 100) is far below; second sales are at the reference, except the trader's at half of it.
    expect(february.sales_above_threshold).toBe(7);
  });

  it('names buyers with five sales or more and pools the rest', async () => {
    const report = await (await t.request('GET', '/api/reports/buyers', { session: n.admin })).json();
    expect(report.rows).toEqual([
      expect.objectContaining({ buyer_id: bigPlant, name: 'Planta Santa Rosa', recpo_registered: true, mercury_free: true, sales: 10, pooled: false }),
      expect.objectContaining({ buyer_id: null, pooled: true, suppressed: true, sales: null }),
    ]);
    expect(JSON.stringify(report)).not.toContain('Acopiador Sur');
  });

  it('downloads as CSV and XLSX, and keeps out roles and organisations outside the caller reach', async () => {
    const csv = await t.request('GET', '/api/reports/buyers?format=csv', { session: n.admin });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[1]).toContain('Planta Santa Rosa');
    const xlsx = await t.request('GET', '/api/reports/production?by=profile&format=xlsx', { session: n.admin });
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await t.request('GET', '/api/reports/production', { session: n.promoterAnanea })).status).toBe(403);
    expect((await t.request('GET', `/api/reports/production?organisation_id=${n.ananea}`, { session: n.coordPiura })).status).toBe(403);
    const piura = await (await t.request('GET', '/api/reports/production', { session: n.coordPiura })).json();
    expect(piura.rows).toEqual([]);
    expect((await t.request('GET', `/api/reports/production?organisation_id=${uuidv7()}&by=nope`, { session: n.admin })).status).toBe(400);
  });

  it("lists an association's flagged sales with who sold them, for its staff only", async () => {
    const res = await t.request('GET', `/api/reports/flagged-sales?organisation_id=${n.ananea}`, { session: n.leaderAnanea });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items).toHaveLength(7);
    expect(items.every((i: { sale: { fair_value: { flagged: boolean } } }) => i.sale.fair_value.flagged)).toBe(true);
    expect(items[0].seller_name).toBe('Rosa Quispe Mamani');
    expect((await t.request('GET', `/api/reports/flagged-sales?organisation_id=${n.ananea}`, { session: n.analyst })).status).toBe(403);
    expect((await t.request('GET', `/api/reports/flagged-sales?organisation_id=${n.ananea}`, { session: n.coordPiura })).status).toBe(403);
  });

  // Runs last: it adds a woman with two profiles.
  it('counts a woman with two profiles under each, and once in the total', async () => {
    const woman = await createWoman(t, n, { district: '211002', profiles: ['pallaquera', 'woman_miner'], miner_position: 'worker' });
    const lot = lotBody(woman);
    await t.request('POST', '/api/lots', { session: n.promoterAnanea, body: lot });
    expect((await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: saleBody(lot.id, bigPlant) })).status).toBe(201);
    const byProfile = await (await t.request('GET', '/api/reports/production?by=profile', { session: n.admin })).json();
    const byRegion = await (await t.request('GET', '/api/reports/production?by=region', { session: n.admin })).json();
    expect(byProfile.total).toEqual(byRegion.total);
    expect(byProfile.total).toMatchObject({ people: 7, sales: 13 });
    // One woman miner: hidden, and the pallaqueras with her, or the total would reveal her.
    expect(byProfile.rows.map((r: { key: string; suppressed: boolean }) => [r.key, r.suppressed])).toEqual([['pallaquera', true], ['woman_miner', true]]);
  });
});
