/** Action plans: import (idempotent by key), the tree and its filters, progress, indicators, reports, permissions. */
import { uuidv7 } from 'uuidv7';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { regionalPlan, TEMPLATE_BYTES, uploadPlan } from '../support/plans.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let templateId: string;
let puno: { plan_id: string };

type TreeNode = { id: string; code: string; status: string; percent: number; matches: boolean; latest_progress: { percent: number } | null };
const tree = async (id: string, query = '', session = n.analyst) => (await t.request('GET', `/api/plans/${id}${query}`, { session })).json();
const nodeByCode = async (planId: string, code: string): Promise<TreeNode> => (await tree(planId)).nodes.find((x: TreeNode) => x.code === code);
const progress = (nodeId: string, body: Record<string, unknown>, session = n.coordPuno) =>
  t.request('POST', `/api/plan-nodes/${nodeId}/progress`, { session, body: { id: uuidv7(), reported_on: '2026-02-20', percent: 40, note: 'Taller con 32 socias', ...body } });

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

describe('plan import', () => {
  it('loads the shipped template, and the same file again updates that plan', async () => {
    const first = await uploadPlan(t, n.admin, TEMPLATE_BYTES, 'action-plan.json');
    expect(first.status).toBe(200);
    const loaded = await first.json();
    expect(loaded).toMatchObject({ created: true, objectives: 8, results: 15, actions: 34, indicators: 0, archived: 0 });
    templateId = loaded.plan_id;
    const again = await (await uploadPlan(t, n.coordPuno, TEMPLATE_BYTES, 'action-plan.json')).json();
    expect(again).toMatchObject({ plan_id: templateId, created: false, objectives: 8, results: 15, actions: 34 });
    const { items } = await (await t.request('GET', '/api/plans', { session: n.analyst })).json();
    expect(items).toHaveLength(1);
  });

  it('keeps a second plan beside it, with its indicators and past progress counted once', async () => {
    puno = await (await uploadPlan(t, n.admin, regionalPlan())).json();
    expect(puno).toMatchObject({ key: 'puno-2030', created: true, objectives: 1, results: 1, actions: 2, indicators: 2, progress_added: 1 });
    const again = await (await uploadPlan(t, n.admin, regionalPlan())).json();
    expect(again).toMatchObject({ plan_id: puno.plan_id, created: false, progress_added: 0 });
    expect((await (await t.request('GET', '/api/plans', { session: n.analyst })).json()).items).toHaveLength(2);
  });

  it('refuses a bad file whole, naming each problem by its path, and writes nothing', async () => {
    const bad = regionalPlan({ key: 'bad-plan', results: [{ objective: '9', code: '9.1', title: 'Huérfano' }] });
    (bad.objectives[0] as { indicators: { targets: Record<string, number> }[] }).indicators[0]!.targets = { 2020: 10 };
    (bad.objectives[0] as { level: string }).level = 'district';
    const res = await uploadPlan(t, n.admin, bad);
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.details.map((d: { path: string }) => d.path)).toEqual(['objectives.0.level']);
    (bad.objectives[0] as { level: string }).level = 'regional';
    const rules = await (await uploadPlan(t, n.admin, bad)).json();
    expect(rules.details).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'results.0.objective', message: 'objective "9" is not in the file' }),
      expect.objectContaining({ path: 'objectives.0.indicators.0.targets.2020', code: 'plan.target_before_baseline' }),
    ]));
    const notJson = await uploadPlan(t, n.admin, '{"title": ');
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).details[0].path).toBe('(file)');
    expect((await (await t.request('GET', '/api/plans', { session: n.analyst })).json()).items).toHaveLength(2);
  });

  it('lets only admins and coordinators import', async () => {
    expect((await uploadPlan(t, n.leaderAnanea, regionalPlan())).status).toBe(403);
    expect((await uploadPlan(t, n.promoterAnanea, regionalPlan())).status).toBe(403);
  });
});

describe('plan tree and progress', () => {
  it('shows status, roll-up and latest progress; filters by level and by body', async () => {
    const whole = await tree(puno.plan_id);
    expect(whole.nodes.map((x: TreeNode) => [x.code, x.percent])).toEqual([['1', 10], ['1.1', 10], ['1.1.1', 0], ['1.1.2', 20]]);
    expect(whole.entities.map((e: { name: string }) => e.name)).toEqual(['Diresa Puno', 'MIMP', 'Red Regional Puno']);
    expect(whole.entities.find((e: { name: string }) => e.name === 'Red Regional Puno').organisation_id).toBe(n.puno);
    const local = await tree(puno.plan_id, '?level=local');
    expect(local.nodes.map((x: TreeNode) => [x.code, x.matches])).toEqual([['1', false], ['1.1', false], ['1.1.1', true], ['1.1.2', true]]);
    const template = await tree(templateId, '?entity=diresa');
    expect(template.nodes.filter((x: TreeNode) => x.matches).map((x: TreeNode) => x.code)).toEqual(['SO4', 'R7', '7.1', '7.2', 'R8', '8.1', '8.2']);
  });

  it('takes a progress update once, sets the status, and keeps it through a re-import', async () => {
    const action = await nodeByCode(puno.plan_id, '1.1.1');
    const id = uuidv7();
    const res = await progress(action.id, { id, percent: 60, status: 'in_progress', evidence_url: 'https://example.org/acta.pdf' }, n.leaderAnanea);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ created: true, update: { percent: 60, author_name: 'leader.ananea', status: 'in_progress' } });
    expect((await (await progress(action.id, { id, percent: 60 }, n.leaderAnanea)).json()).created).toBe(false);
    await uploadPlan(t, n.admin, regionalPlan());
    const after = await nodeByCode(puno.plan_id, '1.1.1');
    expect(after).toMatchObject({ id: action.id, status: 'in_progress', percent: 60, latest_progress: { percent: 60 } });
    const detail = await (await t.request('GET', `/api/plan-nodes/${action.id}`, { session: n.analyst })).json();
    expect(detail.path.map((p: { code: string }) => p.code)).toEqual(['1', '1.1']);
    expect(detail.updates).toHaveLength(1);
  });

  it('refuses a percentage outside 0–100, a future date, a bad link; and roles that may not report', async () => {
    const action = await nodeByCode(puno.plan_id, '1.1.2');
    const bad = await progress(action.id, { percent: 140, reported_on: '2026-04-01', evidence_url: 'javascript:alert(1)' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).details.map((d: { path: string }) => d.path).sort()).toEqual(['evidence_url', 'percent']);
    const future = await progress(action.id, { reported_on: '2026-04-01' });
    expect((await future.json()).details).toEqual([expect.objectContaining({ path: 'reported_on', code: 'date.in_future' })]);
    expect((await progress(action.id, {}, n.promoterAnanea)).status).toBe(403);
    expect((await t.request('GET', `/api/plans/${puno.plan_id}`, { session: n.promoterAnanea })).status).toBe(200);
    expect((await nodeByCode(puno.plan_id, '1.1.2')).latest_progress).toMatchObject({ percent: 20 });
  });
});

describe('indicators and reports', () => {
  it('takes measured values and shows the trend against the targets', async () => {
    const objective = await nodeByCode(puno.plan_id, '1');
    const detail = await (await t.request('GET', `/api/plan-nodes/${objective.id}`, { session: n.coordPuno })).json();
    const indicator = detail.indicators[0];
    const tooEarly = await t.request('POST', `/api/plan-indicators/${indicator.id}/actuals`, { session: n.coordPuno, body: { id: uuidv7(), measured_on: '2023-05-01', value: 90, source: 'x' } });
    expect((await tooEarly.json()).details[0]).toMatchObject({ path: 'measured_on', code: 'plan.actual_before_baseline' });
    const res = await t.request('POST', `/api/plan-indicators/${indicator.id}/actuals`, { session: n.coordPuno, body: { id: uuidv7(), measured_on: '2025-12-31', value: 230, source: 'Registro Minem' } });
    const { indicator: after } = await res.json();
    expect(after.trend).toMatchObject({ direction: 'up', latest: { year: 2025, value: 230 }, on_track: true });
    expect(after.trend.rows[1]).toEqual({ year: 2025, target: null, expected: 210, actual: 230 });
  });

  it('computes a linked indicator live with the caller\'s rights', async () => {
    for (const profiles of [['pallaquera'], ['pallaquera'], ['woman_miner'], ['pallaquera']]) {
      expect((await t.request('POST', '/api/people', { session: n.coordPuno, body: personBody({ profiles, organisation_id: n.ananea }) })).status).toBe(201);
    }
    const result = await nodeByCode(puno.plan_id, '1.1');
    const asAdmin = await (await t.request('GET', `/api/plan-nodes/${result.id}`, { session: n.admin })).json();
    expect(asAdmin.indicators[0].live).toMatchObject({ value: 75, n: 4, problem: null, computed_on: '2026-03-01' });
    expect(asAdmin.indicators[0].trend.latest).toMatchObject({ year: 2026, value: 75 });
    const asPromoter = await (await t.request('GET', `/api/plan-nodes/${result.id}`, { session: n.promoterAnanea })).json();
    expect(asPromoter.indicators[0].live).toMatchObject({ value: null, problem: 'your role may not read survey indicators' });
  });

  it('reports a date range as JSON, a real XLSX and a real PDF', async () => {
    const url = `/api/plans/${puno.plan_id}/report?from=2026-01-01&to=2026-02-28`;
    const json = await (await t.request('GET', url, { session: n.analyst })).json();
    expect(json.updates.map((u: { code: string; percent: number }) => [u.code, u.percent])).toEqual([['1.1.2', 20], ['1.1.1', 60]]);
    expect(json.indicators.find((i: { code: string }) => i.code === 'I1')).toMatchObject({ baseline: 120, target: 1000, target_year: 2030, latest: 230, on_track: true });
    const xlsx = await t.request('GET', `${url}&format=xlsx`, { session: n.analyst });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const sheets = (await readXlsxFile(bytes)) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['nodes', 'updates', 'indicators']);
    const sheet = sheets[1]!.data;
    expect(sheet[0]).toEqual(['reported_on', 'code', 'title', 'author_name', 'percent', 'status', 'note', 'evidence_url']);
    expect(sheet).toHaveLength(3);
    const pdf = await t.request('GET', `${url}&format=pdf`, { session: n.analyst });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Informe de avance del plan: Plan regional de g\u00e9nero Puno) Tj');
    const bigPdf = await (await t.request('GET', `/api/plans/${templateId}/report?from=2026-01-01&to=2026-02-28&format=pdf&lang=en`, { session: n.analyst })).arrayBuffer();
    expect(Buffer.from(bigPdf).toString('latin1')).toMatch(/\/Count [2-9]/);
    const backwards = await t.request('GET', `/api/plans/${puno.plan_id}/report?from=2026-03-01&to=2026-01-01`, { session: n.analyst });
    expect((await backwards.json()).details[0].path).toBe('to');
  });
});
