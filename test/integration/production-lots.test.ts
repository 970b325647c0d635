/** Ore lots: idempotent creates, weights measured or estimated from bags, every bad input named, members keep only their own. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { createWoman, lotBody } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let rosa: string;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  rosa = await createWoman(t, n);
});
afterAll(() => t.close());

const post = (body: unknown, session: Session = n.promoterAnanea) => t.request('POST', '/api/lots', { session, body });
const problems = async (res: Response) => ((await res.json()).details as { path: string; code: string }[]).map((d) => `${d.path}:${d.code}`).sort();
const lotCount = async () => Number(((await t.ctx.database.db.execute(sql`SELECT count(*) AS c FROM ore_lots`)) as unknown as { rows: { c: string }[] }).rows[0]!.c);

describe('recording an ore lot', () => {
  it('records a measured lot, returns the same lot on a retry, and audits the create once', async () => {
    const body = lotBody(rosa);
    const first = await post(body);
    expect(first.status).toBe(201);
    const { lot } = await first.json();
    expect(lot).toMatchObject({ id: body.id, owner_person_id: rosa, weight_kg: 1500, weight_estimated: false, status: 'selecting', sold_kg: 0, version: 1 });
    const retry = await post(body);
    expect(retry.status).toBe(201);
    expect((await retry.json()).lot).toEqual(lot);
    const audit = (await t.ctx.database.db.execute(sql`SELECT count(*) AS c FROM audit_log WHERE entity = 'ore_lot' AND entity_id = ${body.id}`)) as unknown as { rows: { c: string }[] };
    expect(Number(audit.rows[0]!.c)).toBe(1);
  });

  it('estimates the weight from bags at 1000/15 kg a bag, or at the kg per bag given', async () => {
    const { lot } = await (await post(lotBody(rosa, { weight_kg: undefined, bags: 30 }))).json();
    expect(lot).toMatchObject({ bags: 30, weight_kg: 2000, weight_estimated: true, kg_per_bag: null });
    const { lot: heavy } = await (await post(lotBody(rosa, { weight_kg: undefined, bags: 10, kg_per_bag: 80 }))).json();
    expect(heavy).toMatchObject({ weight_kg: 800, weight_estimated: true, kg_per_bag: 80 });
  });

  it('asks to confirm a grade above 1,000 g/t and refuses one above 20,000', async () => {
    const high = await post(lotBody(rosa, { grade_g_per_t: 1200 }));
    expect(high.status).toBe(400);
    expect(await problems(high)).toEqual(['grade_g_per_t:grade.confirm_high']);
    expect((await post(lotBody(rosa, { grade_g_per_t: 1200, confirm_high_grade: true }))).status).toBe(201);
    const absurd = await post(lotBody(rosa, { grade_g_per_t: 25_000, confirm_high_grade: true }));
    expect(await problems(absurd)).toEqual(['grade_g_per_t:grade.too_high']);
  });

  it('names each bad field and writes nothing', async () => {
    const before = await lotCount();
    for (const weight of [0, -5]) {
      const res = await post(lotBody(rosa, { weight_kg: weight }));
      expect(res.status).toBe(400);
      expect((await res.json()).details.map((d: { path: string }) => d.path)).toEqual(['weight_kg']);
    }
    expect(await problems(await post(lotBody(rosa, { weight_kg: undefined })))).toEqual(['weight_kg:lot.weight_or_bags']);
    const dates = await post(lotBody(rosa, { season_from: '2026-03-10', season_to: '2026-03-20' }));
    expect(await problems(dates)).toEqual(['season_from:date.in_future', 'season_to:date.in_future']);
    const reversed = await post(lotBody(rosa, { season_from: '2026-02-10', season_to: '2026-01-02' }));
    expect(await problems(reversed)).toEqual(['season_to:period.ends_before_start']);
    const site = await post(lotBody(rosa, { site_id: '01890a5d-ac96-774b-bcce-b302099a8057' }));
    expect(await problems(site)).toEqual(['site_id:site.unknown']);
    const twoOwners = await post(lotBody(rosa, { owner_organisation_id: n.ananea }));
    expect(await problems(twoOwners)).toEqual(['owner_person_id:ledger.one_owner']);
    expect(await lotCount()).toBe(before);
  });

  it('corrects a lot with its version, re-estimating from bags, and refuses a stale version', async () => {
    const { lot } = await (await post(lotBody(rosa, { weight_kg: undefined, bags: 15 }))).json();
    const res = await t.request('PATCH', `/api/lots/${lot.id}`, { session: n.leaderAnanea, body: { version: 1, bags: 30, status: 'stored' } });
    expect(res.status).toBe(200);
    expect((await res.json()).lot).toMatchObject({ version: 2, bags: 30, weight_kg: 2000, weight_estimated: true, status: 'stored' });
    const stale = await t.request('PATCH', `/api/lots/${lot.id}`, { session: n.leaderAnanea, body: { version: 1, weight_kg: 900 } });
    expect(stale.status).toBe(409);
    const measured = await t.request('PATCH', `/api/lots/${lot.id}`, { session: n.leaderAnanea, body: { version: 2, weight_kg: 1980.5 } });
    expect((await measured.json()).lot).toMatchObject({ version: 3, weight_kg: 1980.5, weight_estimated: false });
  });

  it('records an association’s own lot and lists each ledger apart', async () => {
    const res = await post(lotBody(rosa, { owner_person_id: undefined, owner_organisation_id: n.ananea }), n.leaderAnanea);
    expect(res.status).toBe(201);
    const org = await (await t.request('GET', `/api/lots?organisation_id=${n.ananea}`, { session: n.coordPuno })).json();
    expect(org.items.map((l: { owner_organisation_id: string }) => l.owner_organisation_id)).toEqual([n.ananea]);
    const hers = await (await t.request('GET', `/api/lots?person_id=${rosa}`, { session: n.promoterAnanea })).json();
    expect(hers.items.length).toBeGreaterThan(3);
    expect((await t.request('GET', `/api/lots?person_id=${rosa}`, { session: n.coordPiura })).status).toBe(404);
    expect((await post(lotBody(rosa, { owner_person_id: undefined, owner_organisation_id: n.ananea }), n.coordPiura)).status).toBe(403);
  });
});

describe('a member and her lots', () => {
  it('records and lists her own lots, and cannot record for another woman', async () => {
    const vilma = await createWoman(t, n, { given_names: 'Vilma' });
    await t.createUser('vilma.lots', 'member', { organisationId: n.ananea, personId: vilma });
    const session = await t.login('vilma.lots');
    expect((await post(lotBody(vilma), session)).status).toBe(201);
    const other = await post(lotBody(rosa), session);
    expect(other.status).toBe(403);
    expect((await other.json()).rule).toBe('production.own_records_only');
    const mine = await (await t.request('GET', '/api/lots', { session })).json();
    expect(mine.items.map((l: { owner_person_id: string }) => l.owner_person_id)).toEqual([vilma]);
    expect((await t.request('GET', `/api/lots?person_id=${rosa}`, { session })).status).toBe(404);
  });
});
