/**
 * Reference prices: the shipped series is loaded on migrate without overwriting entered prices,
 * a file import is all-or-nothing with one audit entry, one day's entry needs 'prices.write',
 * and the look-up a sale uses says when its price is more than 7 days old.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPrices } from '../../src/db/seeds/prices.seed.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { importPrices } from '../../src/services/production/prices.service.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let member: Session;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.now = new Date('2026-07-25T15:00:00Z');
  n = await buildNetwork(t);
  await t.createUser('rosa.member', 'member', { organisationId: n.ananea });
  member = await t.login('rosa.member');
});
afterAll(() => t.close());

const CLI = { actor: CLI_ACTOR, requestId: null };
const file = (text: string) => ({ bytes: new TextEncoder().encode(text), fileName: 'precios.csv' });
const get = async (path: string, session: Session = member) => {
  const res = await t.request('GET', path, { session });
  return { status: res.status, body: await res.json() };
};

describe('the shipped series', () => {
  it('holds the June 2026 monthly averages of gold (World Bank) and the exchange rate (BCRP), and annual averages before 1960', async () => {
    const june = await get('/api/prices?from=2026-06-01&to=2026-06-01');
    expect(june.body.items).toEqual([
      { series: 'gold_usd_per_oz', date: '2026-06-01', value: 4228, period: 'month', source: expect.stringMatching(/World Bank Pink Sheet.*datasets\/gold-prices/) },
      { series: 'pen_per_usd', date: '2026-06-01', value: 3.4046, period: 'month', source: expect.stringMatching(/BCRP PN01210PM/) },
    ]);
    const old = await get('/api/prices?series=gold_usd_per_oz&from=1950-03-01&to=1950-03-01');
    expect(old.body.items[0]).toMatchObject({ value: 34.72, source: expect.stringMatching(/Annual average/) });
  });

  it('is loaded again only where a month is missing, never over an entered price', async () => {
    const db = t.ctx.database.db;
    expect(await seedPrices(db)).toBe(0);
    await db.execute(sql`UPDATE reference_prices SET value = 4300, source = 'entered by hand' WHERE series = 'gold_usd_per_oz' AND on_date = '2026-05-01'`);
    await db.execute(sql`DELETE FROM reference_prices WHERE series = 'pen_per_usd' AND on_date = '2001-05-01'`);
    expect(await seedPrices(db)).toBe(1);
    const may = await get('/api/prices?series=gold_usd_per_oz&from=2026-05-01&to=2026-05-01');
    expect(may.body.items[0]).toMatchObject({ value: 4300, source: 'entered by hand' });
    expect((await get('/api/prices?series=pen_per_usd&from=2001-05-01&to=2001-05-01')).body.items).toHaveLength(1);
  });
});

describe('the prices a sale on a date uses', () => {
  it('takes a monthly average for its own month without a warning, and warns past 7 days after it', async () => {
    expect((await get('/api/prices/on?date=2026-06-30')).body).toEqual({ gold_usd_per_oz: 4228, gold_price_date: '2026-06-01', pen_per_usd: 3.4046, pen_per_usd_date: '2026-06-01', stale: false });
    expect((await get('/api/prices/on?date=2026-07-08')).body.stale).toBe(true);
  });

  it('takes a day price up to 7 days old without a warning; one series stale is enough to warn', async () => {
    const res = await t.request('POST', '/api/prices', { session: n.coordPuno, body: { date: '2026-07-10', usd_per_oz: 4150.25, source: 'Kitco, cierre' } });
    expect(res.status).toBe(201);
    expect((await res.json()).items).toEqual([{ series: 'gold_usd_per_oz', date: '2026-07-10', value: 4150.25, period: 'day', source: 'Kitco, cierre' }]);
    expect((await get('/api/prices/on?date=2026-07-17')).body).toMatchObject({ gold_usd_per_oz: 4150.25, gold_price_date: '2026-07-10', pen_per_usd_date: '2026-06-01', stale: true });
    await t.request('POST', '/api/prices', { session: n.admin, body: { date: '2026-07-12', pen_per_usd: 3.41, source: 'SBS' } });
    expect((await get('/api/prices/on?date=2026-07-17')).body).toMatchObject({ pen_per_usd: 3.41, stale: false });
    expect((await get('/api/prices/on?date=2026-07-18')).body.stale).toBe(true);
  });

  it('names the date when no price exists before it, and refuses a malformed date', async () => {
    const none = await get('/api/prices/on?date=1990-01-01');
    expect(none.status).toBe(400);
    expect(none.body.details).toEqual([expect.objectContaining({ path: 'date', code: 'price.none_before', params: { series: 'pen_per_usd', date: '1990-01-01' } })]);
    expect((await get('/api/prices/on?date=20-07-2026')).status).toBe(400);
    const notReal = await get('/api/prices/on?date=2026-02-30');
    expect(notReal.status).toBe(400);
    expect(notReal.body.details).toEqual([expect.objectContaining({ path: 'date', code: 'date.not_real' })]);
    expect((await get('/api/prices?from=2026-02-30')).status).toBe(400);
  });

  it("keeps a day's price entered for the 1st beside that month's average, and prefers it", async () => {
    expect((await t.request('POST', '/api/prices', { session: n.admin, body: { date: '2026-06-01', usd_per_oz: 4301.5, source: 'LBMA PM' } })).status).toBe(201);
    const both = await get('/api/prices?series=gold_usd_per_oz&from=2026-06-01&to=2026-06-01');
    expect(both.body.items.map((p: { period: string; value: number }) => [p.period, p.value]).sort()).toEqual([['day', 4301.5], ['month', 4228]]);
    expect((await get('/api/prices/on?date=2026-06-03')).body).toMatchObject({ gold_usd_per_oz: 4301.5, gold_price_date: '2026-06-01', stale: false });
  });
});

describe("entering one day's prices", () => {
  it('is refused to a member (403) and to someone not signed in (401); everyone signed in may read', async () => {
    const res = await t.request('POST', '/api/prices', { session: member, body: { date: '2026-07-20', usd_per_oz: 4100, source: 'yo' } });
    expect(res.status).toBe(403);
    expect((await t.request('GET', '/api/prices')).status).toBe(401);
    expect((await get('/api/prices?limit=3', n.analyst)).body.items).toHaveLength(3);
  });

  it('names every bad field and writes nothing', async () => {
    const empty = await t.request('POST', '/api/prices', { session: n.admin, body: { date: '2026-07-21', source: 'SBS' } });
    expect(empty.status).toBe(400);
    expect((await empty.json()).details).toEqual([expect.objectContaining({ path: 'usd_per_oz', code: 'price.one_required' })]);
    const bad = await t.request('POST', '/api/prices', { session: n.admin, body: { date: '26-07-20', usd_per_oz: -5, pen_per_usd: 0, source: '' } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).details.map((d: { path: string }) => d.path).sort()).toEqual(['date', 'pen_per_usd', 'source', 'usd_per_oz']);
    const notReal = await t.request('POST', '/api/prices', { session: n.admin, body: { date: '2026-06-31', usd_per_oz: 4100, source: 'SBS' } });
    expect((await notReal.json()).details).toEqual([expect.objectContaining({ path: 'date', code: 'date.not_real' })]);
    const future = await t.request('POST', '/api/prices', { session: n.admin, body: { date: '2026-08-01', usd_per_oz: 4100, source: 'SBS' } });
    expect((await future.json()).details).toEqual([expect.objectContaining({ path: 'date', code: 'date.in_future' })]);
    expect((await get('/api/prices?from=2026-07-21')).body.items).toEqual([]);
  });
});

describe('importing a price file', () => {
  it('writes nothing when any row is bad, and names the line and column', async () => {
    const attempt = importPrices(t.ctx.services, CLI, file('date,usd_per_oz,pen_per_usd\n2026-07-01,4200,3.40\n2026-07-02,4210,tres\n'));
    await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ path: 'line 3, pen_per_usd' })] });
    expect((await get('/api/prices?from=2026-07-01&to=2026-07-02')).body.items).toEqual([]);
  });

  it('inserts, then updates on a re-import, with one audit entry per import', async () => {
    const first = await importPrices(t.ctx.services, CLI, { ...file('date,usd_per_oz,pen_per_usd,source\n2026-07-01,4200,3.40,BCRP\n2026-07-02,4210,,\n'), source: 'Reuters' });
    expect(first).toEqual({ rows: 3, inserted: 3, updated: 0, by_series: { gold_usd_per_oz: 2, pen_per_usd: 1 }, from: '2026-07-01', to: '2026-07-02', ignored_columns: [] });
    const again = await importPrices(t.ctx.services, CLI, file('date,usd_per_oz\n2026-07-02,4222.5\n'));
    expect(again).toMatchObject({ rows: 1, inserted: 0, updated: 1 });
    const items = (await get('/api/prices?series=gold_usd_per_oz&from=2026-07-01&to=2026-07-02')).body.items;
    expect(items).toEqual([
      expect.objectContaining({ date: '2026-07-02', value: 4222.5, source: 'file precios.csv', period: 'day' }),
      expect.objectContaining({ date: '2026-07-01', value: 4200, source: 'BCRP' }),
    ]);
    const audit = (await t.ctx.database.db.execute(sql`SELECT after FROM audit_log WHERE action = 'import' AND entity = 'reference_prices' ORDER BY seq`)) as unknown as { rows: { after: { rows: number; inserted: number } }[] };
    expect(audit.rows.map((r) => [r.after.rows, r.after.inserted])).toEqual([[3, 3], [1, 0]]);
  });

  it("is refused to a role without 'prices.write'", async () => {
    const leader = { actor: { type: 'user' as const, id: n.leaderAnanea.userId, role: 'association_leader' as const, organisationId: n.ananea }, requestId: null };
    await expect(importPrices(t.ctx.services, leader, file('date,usd_per_oz\n2026-07-03,4200\n'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
