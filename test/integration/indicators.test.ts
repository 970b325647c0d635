/**
 * POST /api/indicators: a stored survey disaggregated (values, n, Wilson CI, small-cell and
 * complementary suppression), the registry's live facts (women on boards by region, scoped to
 * the caller's network; analysts see aggregates of everyone), and bad input named field by field.
 */
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/domain/surveys/indicators/statistics.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let formId: string;

const cells = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value })));
const upload = (path: string, body: Uint8Array | string) =>
  t.request('POST', path, { session: n.coordPuno, rawBody: body as unknown as string, headers: { 'content-type': 'application/octet-stream' } });

async function form(): Promise<Uint8Array> {
  return writeXlsxFile([
    { sheet: 'survey', data: cells([['type', 'name', 'label'], ['select_one profile', 'profile', 'Profile'], ['select_one yes_no', 'ppe_enough', 'Enough PPE?'], ['integer', 'age', 'Age']]) },
    { sheet: 'choices', data: cells([['list_name', 'name', 'label'], ['profile', 'pallaquera', 'Pallaquera'], ['profile', 'woman_miner', 'Woman miner'],
      ['profile', 'man_miner', 'Man miner'], ['yes_no', 'yes', 'Yes'], ['yes_no', 'no', 'No']]) },
    { sheet: 'settings', data: cells([['form_id', 'form_title', 'version'], ['ppe_check', 'PPE check', '1']]) },
  ]).toBuffer();
}

/** 8 pallaqueras (5 with enough PPE), 6 men miners (3), 3 women miners (1); one age left blank. */
function responses(): string {
  const rows = [
    ...Array.from({ length: 8 }, (_, i) => ['pallaquera', i < 5 ? 'yes' : 'no', String(30 + i)]),
    ...Array.from({ length: 6 }, (_, i) => ['man_miner', i < 3 ? 'yes' : 'no', String(40 + i)]),
    ...Array.from({ length: 3 }, (_, i) => ['woman_miner', i < 1 ? 'yes' : 'no', i === 2 ? '' : String(50 + i)]),
  ];
  return ['_uuid,profile,ppe_enough,age', ...rows.map((r, i) => [`u-${i}`, ...r].join(','))].join('\n');
}

const ask = (body: unknown, session = n.coordPuno) => t.request('POST', '/api/indicators', { session, body });
const PPE = { id: 'ppe_yes', type: 'proportion', question: 'ppe_enough', values: ['yes'] };

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  formId = (await (await upload('/api/forms?file_name=ppe.xlsx&organisation_id=' + n.puno, await form())).json()).form.id;
  expect((await upload(`/api/forms/${formId}/responses?file_name=ppe.csv`, responses())).status).toBe(200);
});
afterAll(() => t.close());

describe('indicators of a stored survey', () => {
  it('gives n, value and Wilson CI per group, and hides a small cell with its complement', async () => {
    const res = await ask({ source: { form_id: formId }, spec: { indicators: [PPE, { id: 'age', type: 'mean', question: 'age' }] }, by: ['profile'] });
    expect(res.status).toBe(200);
    const [ppe, age] = (await res.json()).indicators;
    expect(ppe).toMatchObject({ id: 'ppe_yes', label: 'Enough PPE?' });
    expect(ppe.groups).toEqual([
      { by: { profile: 'pallaquera' }, n: 8, numerator: 5, value: 0.625, ci95: wilsonInterval(0.625, 8), suppressed: false },
      { by: { profile: 'woman_miner' }, n: 3, numerator: null, value: null, ci95: null, suppressed: true },
      // 6 ≥ 5, but with the women miners hidden it would give them away from the total.
      { by: { profile: 'man_miner' }, n: 6, numerator: null, value: null, ci95: null, suppressed: true },
    ]);
    expect(age.groups[0]).toMatchObject({ n: 8, numerator: null, value: 33.5, suppressed: false });
    expect(age.groups[1]).toMatchObject({ n: 2, suppressed: true });
  });

  it('without by gives one group; suppress_below 0 shows every cell', async () => {
    const whole = await (await ask({ source: { form_id: formId }, spec: { indicators: [PPE] } }, n.analyst)).json();
    expect(whole.indicators[0].groups).toEqual([{ by: {}, n: 17, numerator: 9, value: 9 / 17, ci95: wilsonInterval(9 / 17, 17), suppressed: false }]);
    const open = await (await ask({ source: { form_id: formId }, spec: { suppress_below: 0, indicators: [PPE] }, by: ['profile'] })).json();
    expect(open.indicators[0].groups.map((g: { numerator: number }) => g.numerator)).toEqual([5, 1, 3]);
  });

  it('refuses a spec that does not fit the form, naming each field', async () => {
    const res = await ask({ source: { form_id: formId }, by: ['nope'], spec: { indicators: [
      { id: 'a', type: 'proportion', question: 'ppe', values: ['yes'] },
      { id: 'b', type: 'proportion', question: 'ppe_enough', values: ['si'] },
      { id: 'c', type: 'mean', question: 'profile' },
    ] } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await res.json();
    expect(problem.details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['spec.indicators.0.question', 'indicator.question_unknown'],
      ['spec.indicators.1.values.0', 'indicator.value_not_choice'],
      ['spec.indicators.2.question', 'indicator.question_not_number'],
      ['by.0', 'indicator.by_unknown'],
    ]);
    expect(problem.details[1].message).toContain('"si" is not a choice of list yes_no');
  });

  it('refuses a weight with blanks, and a malformed query, with 400', async () => {
    const weighted = await ask({ source: { form_id: formId }, spec: { indicators: [{ ...PPE, weight: 'age' }] } });
    expect(weighted.status).toBe(400);
    const problem = await weighted.json();
    expect(problem.details).toMatchObject([{ path: 'spec.indicators.0.weight', code: 'indicator.weight_invalid' }]);
    expect(problem.details[0].message).toContain('u-16');
    const malformed = await ask({ source: { form_id: formId }, spec: { indicators: [{ id: 'x', type: 'ratio', question: 'age' }] }, by: ['a', 'b', 'c'] });
    expect(malformed.status).toBe(400);
  });

  it('hides forms of other networks and unknown forms (404) and refuses members (403)', async () => {
    expect((await ask({ source: { form_id: formId }, spec: { indicators: [PPE] } }, n.coordPiura)).status).toBe(404);
    expect((await ask({ source: { form_id: '0190aaaa-0000-7000-8000-000000000000' }, spec: { indicators: [PPE] } })).status).toBe(404);
    await t.createUser('member.ind', 'member', { organisationId: n.ananea });
    expect((await ask({ source: { form_id: formId }, spec: { indicators: [PPE] } }, await t.login('member.ind'))).status).toBe(403);
  });
});

describe('indicators of the registry', () => {
  const BOARD = { id: 'board', type: 'proportion', question: 'board_member', values: ['yes'] };
  const WOMEN_ON_BOARDS = { id: 'women_on_boards', type: 'proportion', question: 'sex', values: ['female'], filter: { question: 'board_member', values: ['yes'] } };

  beforeAll(async () => {
    const enrol = async (org: string, extra: Record<string, unknown>, role?: string) => {
      const body = personBody({ organisation_id: org, ...extra });
      expect((await t.request('POST', '/api/people', { session: n.admin, body })).status).toBe(201);
      if (role) expect((await t.request('POST', '/api/memberships', { session: n.admin, body: { person_id: body.id, organisation_id: org, role, from_date: '2026-01-01' } })).status).toBe(201);
    };
    // Ananea (Puno, 21): 8 women, 3 on the board, 2 in the selectors' registry.
    for (let i = 0; i < 8; i++) await enrol(n.ananea, { selectors_registry_code: i < 2 ? `RS-${i}` : null }, i < 3 ? 'president' : undefined);
    // Piura (20): 6 people, 2 of them men; one woman and one man on the board.
    for (let i = 0; i < 6; i++) await enrol(n.piura, { district: '200101', sex: i < 2 ? 'male' : 'female', profiles: ['woman_miner'] }, i === 1 || i === 2 ? 'treasurer' : undefined);
  });

  it('gives the board share by region in the caller\'s network, and everyone to an analyst', async () => {
    const puno = await (await ask({ source: { registry: true }, spec: { indicators: [BOARD] }, by: ['region'] })).json();
    expect(puno.indicators[0].groups).toEqual([{ by: { region: '21' }, n: 8, numerator: 3, value: 3 / 8, ci95: wilsonInterval(3 / 8, 8), suppressed: false }]);
    const all = await (await ask({ source: { registry: true }, spec: { indicators: [BOARD, WOMEN_ON_BOARDS, { id: 'rs', type: 'proportion', question: 'in_selectors_registry', values: ['yes'] }] }, by: ['region'] }, n.analyst)).json();
    expect(all.indicators[0].groups.map((g: { by: object; n: number; numerator: number }) => [g.by, g.n, g.numerator])).toEqual([[{ region: '20' }, 6, 2], [{ region: '21' }, 8, 3]]);
    expect(all.indicators[1].groups.map((g: { n: number; suppressed: boolean }) => [g.n, g.suppressed])).toEqual([[2, true], [3, true]]);
    expect(all.indicators[2].groups.map((g: { numerator: number }) => g.numerator)).toEqual([0, 2]);
  });

  it('suppresses small regions with their complement, and counts a person in each of her profiles', async () => {
    const strict = await (await ask({ source: { registry: true }, spec: { suppress_below: 7, indicators: [BOARD] }, by: ['region'] }, n.admin)).json();
    expect(strict.indicators[0].groups.map((g: { n: number; suppressed: boolean }) => [g.n, g.suppressed])).toEqual([[6, true], [8, true]]);
    const byProfile = await (await ask({ source: { registry: true }, spec: { suppress_below: 0, indicators: [BOARD] }, by: ['profile', 'sex'] }, n.admin)).json();
    expect(byProfile.indicators[0].groups.map((g: { by: object; n: number }) => [g.by, g.n])).toEqual([
      [{ profile: 'pallaquera' }, 8], [{ profile: 'woman_miner' }, 6], [{ sex: 'female' }, 12], [{ sex: 'male' }, 2],
    ]);
  });

  it('counts programme facts live: women who received protective equipment in the last 12 months', async () => {
    const { items } = await (await t.request('GET', '/api/ppe/items', { session: n.admin })).json();
    const helmet = items.find((i: { key: string }) => i.key === 'helmet').id;
    expect((await t.request('POST', '/api/ppe/stock', { session: n.admin, body: { organisation_id: n.ananea, item_id: helmet, quantity: 10, received_on: '2026-02-01' } })).status).toBe(201);
    const ananea = await t.ctx.services.store.repos.memberships.listForOrganisation(n.ananea);
    for (const m of ananea.slice(0, 4)) {
      const res = await t.request('POST', '/api/ppe/distributions', { session: n.admin, body: { organisation_id: n.ananea, person_id: m.person_id, distributed_on: '2026-02-10', items: [{ item_id: helmet, quantity: 1 }] } });
      expect(res.status).toBe(201);
    }
    const report = await (await ask({ source: { registry: true }, spec: { suppress_below: 0, indicators: [{ id: 'ppe', type: 'proportion', question: 'ppe_12m', values: ['yes'] }, { id: 'trained', type: 'proportion', question: 'trained', values: ['yes'] }] }, by: ['region'] }, n.admin)).json();
    expect(report.indicators[0].groups.map((g: { by: object; numerator: number }) => [g.by, g.numerator])).toEqual([[{ region: '20' }, 0], [{ region: '21' }, 4]]);
    expect(report.indicators[1].groups.every((g: { numerator: number }) => g.numerator === 0)).toBe(true);
  });

  it('names registry facts that do not exist and values outside their choices', async () => {
    const res = await ask({ source: { registry: true }, spec: { indicators: [{ id: 'x', type: 'proportion', question: 'board_member', values: ['si'] }, { id: 'y', type: 'mean', question: 'income' }] } }, n.analyst);
    expect(res.status).toBe(400);
    expect((await res.json()).details.map((d: { path: string }) => d.path)).toEqual(['spec.indicators.0.values.0', 'spec.indicators.1.question']);
  });
});
