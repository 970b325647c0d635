/** Mining sites and ore-selection authorisations. */
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
