/**
 * `pallay demo` data: one login per role and the generated survey of the study's 854 respondents,
 * stored as a real form the dashboard can read at first start, all marked [DEMO].
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoData } from '../../src/services/demo.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.ctx.services);
});
afterAll(() => t.close());

describe('demo data', () => {
  it('includes the [DEMO] survey with about 850 responses, readable by the demo analyst', async () => {
    const analyst = await t.login('demo.analyst', DEMO_PASSWORD);
    const forms = (await (await t.request('GET', '/api/forms', { session: analyst })).json()) as { items: { id: string; title: string; responses: number }[] };
    const survey = forms.items.find((f) => f.title.startsWith('[DEMO]'));
    expect(survey).toBeDefined();
    expect(survey!.responses).toBeGreaterThanOrEqual(840);
    expect(survey!.responses).toBeLessThanOrEqual(860);
    const detail = (await (await t.request('GET', `/api/forms/${survey!.id}`, { session: analyst })).json()) as { questions: { name: string; choices: { name: string }[] }[] };
    const names = detail.questions.map((q) => q.name);
    expect(names.slice(0, 3)).toEqual(['profile', 'region', 'age']);
    expect(names).toContain('ppe_enough');
    expect(detail.questions.find((q) => q.name === 'region')!.choices.map((c) => c.name)).toContain('madre_de_dios');
  });

  it('stores answers that follow the baseline roughly (93% of pallaqueras without a contract)', async () => {
    const [form] = await t.ctx.services.store.repos.surveys.listForms(null);
    const rows = await t.ctx.services.store.repos.surveys.responseAnswers(form!.id, null, 2000);
    const pallaqueras = rows.filter((r) => r.answers.profile === 'pallaquera');
    expect(pallaqueras).toHaveLength(281);
    const noContract = pallaqueras.filter((r) => r.answers.contract === 'temporary_no_contract').length / pallaqueras.length;
    expect(noContract).toBeGreaterThan(0.87);
    expect(noContract).toBeLessThan(0.98);
  });

  it('refuses to load twice', async () => {
    await expect(loadDemoData(t.ctx.services)).rejects.toThrow(/already has users/);
  });
});
