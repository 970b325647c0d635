/** Mining sites and ore-selection authorisations. */
import { sql } from 'drizzle-orm';
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

describe('mining sites', () => {
  it('registers a site and authorises a pallaquera to select ore there', async () => {
    const site = await t.request('POST', '/api/sites', { session: n.promoterAnanea, body: { name: 'Relave Ana María', district: '211002', lat: -14.62, lon: -69.43, concession_code: '010001504' } });
    expect(site.status).toBe(201);
    const { site: created } = await site.json();
    const woman = personBody({ organisation_id: n.ananea });
    await t.request('POST', '/api/people', { session: n.promoterAnanea, body: woman });
    const auth = await t.request('POST', `/api/sites/${created.id}/authorisations`, {
      session: n.promoterAnanea, body: { person_id: woman.id, kind: 'verbal', from_date: '2026-01-10', to_date: '2026-02-28' },
    });
    expect(auth.status).toBe(201);
    const detail = await (await t.request('GET', `/api/sites/${created.id}`, { session: n.analyst })).json();
    expect(detail.authorisations).toEqual([expect.objectContaining({ person_id: woman.id, kind: 'verbal', to_date: '2026-02-28' })]);
  });

  it('names each problem: unknown district, half coordinates, both or neither holder, dates reversed', async () => {
    const bad = await t.request('POST', '/api/sites', { session: n.admin, body: { name: 'X', district: '999999', lat: -14.6 } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).details.map((d: { path: string }) => d.path).sort()).toEqual(['district', 'lon']);
    const { site } = await (await t.request('POST', '/api/sites', { session: n.admin, body: { name: 'Y' } })).json();
    const res = await t.request('POST', `/api/sites/${site.id}/authorisations`, { session: n.admin, body: { kind: 'written', from_date: '2026-02-01', to_date: '2026-01-01' } });
    expect(res.status).toBe(400);
    expect((await res.json()).details.map((d: { path: string }) => d.path).sort()).toEqual(['person_id', 'to_date']);
  });

  it('keeps coordinates inside Peru', async () => {
    const res = await t.request('POST', '/api/sites', { session: n.admin, body: { name: 'Z', lat: 40.4, lon: -3.7 } });
    expect(res.status).toBe(400);
  });
});

describe('correcting a mining site', () => {
  const register = async (body: Record<string, unknown> = {}) =>
    (await (await t.request('POST', '/api/sites', { session: n.promoterAnanea, body: { name: 'Lavadero Cerro Lunar', district: '211002', ...body } })).json()).site;

  it('changes the fields sent, keeps the rest, bumps the version and audits before and after', async () => {
    const site = await register({ concession_code: '010001504' });
    const res = await t.request('PATCH', `/api/sites/${site.id}`, { session: n.leaderAnanea, body: { version: 1, name: 'Lavadero La Rinconada', lat: -14.62, lon: -69.44 } });
    expect(res.status).toBe(200);
    const { site: after } = await res.json();
    expect(after).toMatchObject({ version: 2, name: 'Lavadero La Rinconada', lat: -14.62, lon: -69.44, district: '211002', concession_code: '010001504' });
    const audit = (await t.ctx.database.db.execute(sql`SELECT before, after FROM audit_log WHERE action = 'update' AND entity = 'mining_site' AND entity_id = ${site.id}`)) as unknown as { rows: { before: { name: string; version: number }; after: { name: string; version: number } }[] };
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.before).toMatchObject({ name: 'Lavadero Cerro Lunar', version: 1 });
    expect(audit.rows[0]!.after).toMatchObject({ name: 'Lavadero La Rinconada', version: 2 });
  });

  it('refuses a change based on a stale version with 409, naming the current version, and writes nothing', async () => {
    const site = await register();
    expect((await t.request('PATCH', `/api/sites/${site.id}`, { session: n.admin, body: { version: 1, concession_code: 'A-1' } })).status).toBe(200);
    const stale = await t.request('PATCH', `/api/sites/${site.id}`, { session: n.promoterAnanea, body: { version: 1, concession_code: 'B-2' } });
    expect(stale.status).toBe(409);
    const problem = await stale.json();
    expect(problem).toMatchObject({ code: 'VERSION_CONFLICT', rule: 'version.stale' });
    expect(problem.details).toEqual([expect.objectContaining({ path: 'version', code: 'version.stale', params: { version: 2 } })]);
    const { site: now } = await (await t.request('GET', `/api/sites/${site.id}`, { session: n.admin })).json();
    expect(now).toMatchObject({ version: 2, concession_code: 'A-1' });
  });

  it('names each bad field with its rule code: unknown district, coordinates half cleared, unknown operator', async () => {
    const site = await register({ lat: -14.6, lon: -69.4 });
    const res = await t.request('PATCH', `/api/sites/${site.id}`, {
      session: n.admin, body: { version: 1, district: '999999', lon: null, operator_organisation_id: '01890a5d-ac96-774b-bcce-b302099a8057' },
    });
    expect(res.status).toBe(400);
    const details = (await res.json()).details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`).sort();
    expect(details).toEqual(['district:district.unknown', 'lon:coordinates.both_or_neither', 'operator_organisation_id:organisation.unknown']);
    const { site: now } = await (await t.request('GET', `/api/sites/${site.id}`, { session: n.admin })).json();
    expect(now).toMatchObject({ version: 1, district: '211002', lon: -69.4 });
  });

  it('is for staff who register sites: an analyst is refused, an unknown site is 404', async () => {
    const site = await register();
    const refused = await t.request('PATCH', `/api/sites/${site.id}`, { session: n.analyst, body: { version: 1, name: 'Otro' } });
    expect(refused.status).toBe(403);
    const missing = await t.request('PATCH', '/api/sites/01890a5d-ac96-774b-bcce-b302099a8058', { session: n.admin, body: { version: 1, name: 'Otro' } });
    expect(missing.status).toBe(404);
    const { site: now } = await (await t.request('GET', `/api/sites/${site.id}`, { session: n.admin })).json();
    expect(now).toMatchObject({ version: 1, name: 'Lavadero Cerro Lunar' });
  });
});
