/** GET /api/baseline: the study's published figures and sample, for the roles that read surveys only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Baseline } from '../../src/contracts/indicator-queries.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

describe('GET /api/baseline', () => {
  it('gives an analyst the published percentages by profile and the 854 respondents by region', async () => {
    const res = await t.request('GET', '/api/baseline', { session: n.analyst });
    expect(res.status).toBe(200);
    const baseline = Baseline.parse(await res.json());
    expect(baseline.source).toMatch(/Women and Men of Gold/);
    expect(baseline.sample.reduce((sum, r) => sum + r.total, 0)).toBe(854);
    expect(baseline.sample.map((r) => r.department).sort()).toEqual(['02', '03', '04', '05', '08', '11', '17', '20', '21']);
    const noContract = baseline.figures.find((f) => f.indicator === 'contract' && f.answer === 'temporary_no_contract' && f.profile === 'pallaquera');
    expect(noContract?.percent).toBe(93);
    expect(baseline.figures).toHaveLength(30 * 3);
  });

  it('is the same for coordinators and association leaders, and refused to a promoter and to strangers', async () => {
    expect((await t.request('GET', '/api/baseline', { session: n.coordPuno })).status).toBe(200);
    expect((await t.request('GET', '/api/baseline', { session: n.leaderAnanea })).status).toBe(200);
    const promoter = await t.request('GET', '/api/baseline', { session: n.promoterAnanea });
    expect(promoter.status).toBe(403);
    expect(promoter.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await t.request('GET', '/api/baseline')).status).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await t.request('GET', '/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/api/baseline']).toBeDefined();
  });
});
