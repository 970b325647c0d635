/**
 * The public services directory: the shipped MIMP list and Línea 100 are loaded on migrate
 * (idempotently, never over an edited row), the nearest lookup orders by great-circle distance
 * from a district or coordinates, and bad input (outside Peru, bad phones) writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedServices, LINE_100_ID, stableId } from '../../src/db/seeds/services.seed.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('ana', 'admin');
  admin = await t.login('ana');
});
afterAll(() => t.close());

interface Item { id: string; name: string; kind: string; distance_km: number | null; phones: string[]; lat: number | null; address: string | null; coordinates_note: string | null; located_by: string }
const get = async (path: string) => {
  const res = await t.request('GET', path);
  return { status: res.status, body: (await res.json()) as { items: Item[]; details?: { path: string }[] } };
};

describe('the shipped directory', () => {
  it('holds Línea 100 and the MIMP list without the aggressor programme, shelters without addresses', async () => {
    const all = (await get('/api/services?limit=1000')).body.items;
    expect(all[0]).toMatchObject({ id: LINE_100_ID, kind: 'line_100', phones: ['100'] });
    expect(all.filter((s) => s.kind === 'cem')).toHaveLength(436);
    const shelters = all.filter((s) => s.kind === 'shelter');
    expect(shelters).toHaveLength(29);
    expect(shelters.every((s) => s.address === null && s.lat === null)).toBe(true);
    const catacaos = all.find((s) => s.name === 'Cem Regular Catacaos');
    expect(catacaos).toMatchObject({ lat: null, coordinates_note: expect.stringContaining('112') });
  });

  it('loads again without duplicates and leaves an edited row alone', async () => {
    const id = stableId('010101:Cem Regular Chachapoyas');
    const saved = await t.request('PATCH', `/api/services/${id}`, { session: admin, body: { version: 1, name: 'CEM Chachapoyas (sede nueva)' } });
    expect(saved.status).toBe(200);
    expect((await saved.json()).service).toMatchObject({ version: 2, lat: -6.229828, phones: ['994834149'] });
    await seedServices(t.ctx.database.db);
    const all = (await get('/api/services?limit=1000')).body.items;
    expect(all.filter((s) => s.kind === 'cem')).toHaveLength(436);
    expect(all.find((s) => s.id === id)?.name).toBe('CEM Chachapoyas (sede nueva)');
  });
});

describe('GET /api/services/nearest', () => {
  it('ranks CEMs near Ananea by distance from the district capital, Línea 100 first', async () => {
    const { status, body } = await get('/api/services/nearest?ubigeo=211002&kind=cem&limit=3');
    expect(status).toBe(200);
    expect(body.items[0]).toMatchObject({ kind: 'line_100', distance_km: null });
    const rest = body.items.slice(1);
    expect(rest).toHaveLength(3);
    expect(rest.every((s) => s.kind === 'cem' && typeof s.distance_km === 'number')).toBe(true);
    const d = rest.map((s) => s.distance_km!);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
    expect(d.every((x) => Math.round(x * 10) / 10 === x)).toBe(true);
  });

  it('measures from coordinates: a CEM at its own point is 0 km away', async () => {
    const { body } = await get('/api/services/nearest?lat=-5.638914&lon=-78.531048&kind=cem&limit=2');
    expect(body.items[1]).toMatchObject({ name: 'Cem Comisaría Bagua', distance_km: 0, located_by: 'coordinates' });
    expect(body.items[2]).toMatchObject({ name: 'Cem Regular Bagua', distance_km: 0.1 });
  });

  it('refuses coordinates outside Peru, half a pair, an unknown district and neither', async () => {
    for (const q of ['lat=40.4&lon=-3.7', 'lat=-12', 'ubigeo=999999', '', 'ubigeo=211002&lat=-12&lon=-77']) {
      const { status } = await get(`/api/services/nearest?${q}`);
      expect(status, q).toBe(400);
    }
  });
});

describe('nearest to a mining site', () => {
  it('measures from the site for signed-in staff and refuses strangers', async () => {
    const created = await t.request('POST', '/api/sites', { session: admin, body: { name: 'Relave Bagua', lat: -5.638914, lon: -78.531048 } });
    expect(created.status).toBe(201);
    const siteId = (await created.json()).site.id as string;
    const res = await t.request('GET', `/api/services/nearest?site_id=${siteId}&kind=cem&limit=1`, { session: admin });
    expect(res.status).toBe(200);
    expect((await res.json()).items[1]).toMatchObject({ name: 'Cem Comisaría Bagua', distance_km: 0 });
    expect((await get(`/api/services/nearest?site_id=${siteId}`)).status).toBe(401);
    const missing = await t.request('GET', '/api/services/nearest?site_id=0190a000-0000-7000-8000-000000000000', { session: admin });
    expect(missing.status).toBe(404);
    expect((await get(`/api/services/nearest?site_id=${siteId}&ubigeo=211002`)).status).toBe(400);
  });
});

describe('POST /api/services', () => {
  const point = { name: 'Comisaría Ananea', kind: 'police', district: '211002', lat: -14.68, lon: -69.53, phones: ['(051) 123456'] };

  it('stores an admin\'s point with its phone as digits', async () => {
    const res = await t.request('POST', '/api/services', { session: admin, body: point });
    expect(res.status).toBe(201);
    expect((await res.json()).service).toMatchObject({ kind: 'police', phones: ['051123456'] });
  });

  it('refuses a bad phone or coordinates outside Peru and writes nothing', async () => {
    for (const body of [{ ...point, name: 'X1', phones: ['12345'] }, { ...point, name: 'X2', lat: 40.4, lon: -3.7 }]) {
      const res = await t.request('POST', '/api/services', { session: admin, body });
      expect(res.status).toBe(400);
    }
    expect((await get('/api/services?q=X1')).body.items).toHaveLength(0);
    expect((await get('/api/services?q=X2')).body.items).toHaveLength(0);
  });

  it('answers a resent create with the stored point, refuses a stale version, and archives', async () => {
    const id = '0190a000-0000-7000-8000-0000000000aa';
    const body = { ...point, id, name: 'Posta Ananea', kind: 'health' };
    expect((await t.request('POST', '/api/services', { session: admin, body })).status).toBe(201);
    const again = await t.request('POST', '/api/services', { session: admin, body: { ...body, name: 'Otro nombre' } });
    expect((await again.json()).service).toMatchObject({ name: 'Posta Ananea', version: 1 });
    const patch = (b: object) => t.request('PATCH', `/api/services/${id}`, { session: admin, body: b });
    expect((await patch({ version: 1, hours: '24 h' })).status).toBe(200);
    expect((await patch({ version: 1, hours: '8-16' })).status).toBe(409);
    expect((await patch({ version: 2, lat: null })).status).toBe(400);
    expect((await patch({ version: 2, archived: true })).status).toBe(200);
    const near = (await get('/api/services/nearest?ubigeo=211002&kind=health')).body.items;
    expect(near.map((s) => s.name)).not.toContain('Posta Ananea');
  });

  it('needs a login and the services.manage permission', async () => {
    expect((await t.request('POST', '/api/services', { body: point })).status).toBe(401);
    await t.createUser('rosa', 'promoter');
    expect((await t.request('POST', '/api/services', { session: await t.login('rosa'), body: point })).status).toBe(403);
  });
});
