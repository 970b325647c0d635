/**
 * The dashboard's questions are ones POST /api/indicators answers: every registry preset by each
 * registry attribute, and the demo survey's study-linked indicators by profile and by region
 * (with Áncash, 4 people, hidden). Holds the web's query builders to the server's contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorAnswer } from '../../src/contracts/indicator-queries.ts';
import { DEMO_PASSWORD, loadDemoData } from '../../src/services/demo.service.ts';
import indicatorMap from '../../data/study/indicator-map.json';
import { surveyIndicators, type Form } from '../../web/dashboard/indicator-options.ts';
import { registryDisaggregations, registryIndicators } from '../../web/dashboard/registry-options.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let analyst: Session;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.ctx.services);
  analyst = await t.login('demo.analyst', DEMO_PASSWORD);
});
afterAll(() => t.close());

const ask = async (body: unknown) => {
  const res = await t.request('POST', '/api/indicators', { session: analyst, body });
  expect(res.status, await res.clone().text()).toBe(200);
  return IndicatorAnswer.parse(await res.json());
};

describe('dashboard queries', () => {
  it('asks the registry for every preset by every attribute', async () => {
    const spec = { suppress_below: 5, indicators: registryIndicators().map((o) => o.spec) };
    for (const by of [[], ...registryDisaggregations().map((d) => [d.name])]) {
      const report = await ask({ source: { registry: true }, spec, by });
      expect(report.indicators).toHaveLength(spec.indicators.length);
    }
  });

  it('asks the demo survey for its study-linked indicators by profile and by region', async () => {
    const forms = (await (await t.request('GET', '/api/forms', { session: analyst })).json()) as { items: { id: string }[] };
    const formId = forms.items[0]!.id;
    const form = (await (await t.request('GET', `/api/forms/${formId}`, { session: analyst })).json()) as Form;
    const linked = surveyIndicators(form, indicatorMap.links, 'es').filter((o) => o.baselineKey);
    expect(linked).toHaveLength(30);
    const spec = { suppress_below: 5, indicators: linked.map((o) => o.spec) };
    const byProfile = await ask({ source: { form_id: formId }, spec, by: ['profile'] });
    expect(byProfile.indicators[0]!.groups.map((g) => g.by.profile).sort()).toEqual(['man_miner', 'pallaquera', 'woman_miner']);
    const byRegion = await ask({ source: { form_id: formId }, spec, by: ['region'] });
    const ancash = byRegion.indicators[0]!.groups.find((g) => g.by.region === 'ancash');
    expect(ancash).toMatchObject({ n: 4, suppressed: true, value: null });
  });
});
