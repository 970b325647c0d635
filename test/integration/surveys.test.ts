/** Surveys: import an XLSForm and a Kobo export through the API; re-imports add nothing; bad files are named. */
import { readFileSync } from 'node:fs';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;

const cells = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value })));

/** A small questionnaire like the study's: profile, region, PPE and the risks she faces. */
async function studyForm(version = '1'): Promise<Uint8Array> {
  return writeXlsxFile([
    { sheet: 'survey', data: cells([
      ['type', 'name', 'label::Español (es)', 'label::English (en)', 'required'],
      ['begin group', 'perfil', 'Perfil', 'Profile', ''],
      ['select_one profile', 'profile', 'Perfil', 'Profile', 'yes'],
      ['integer', 'age', 'Edad', 'Age', ''],
      ['end group', '', '', '', ''],
      ['select_one yes_no', 'ppe_enough', '¿EPP suficiente?', 'Enough PPE?', ''],
      ['select_multiple risks', 'risks', 'Riesgos', 'Risks', ''],
    ]) },
    { sheet: 'choices', data: cells([
      ['list_name', 'name', 'label::Español (es)', 'label::English (en)'],
      ['profile', 'pallaquera', 'Pallaquera', 'Manual gold selector'],
      ['profile', 'woman_miner', 'Minera', 'Woman miner'],
      ['yes_no', 'yes', 'Sí', 'Yes'],
      ['yes_no', 'no', 'No', 'No'],
      ['risks', 'mercury', 'Mercurio', 'Mercury'],
      ['risks', 'dust', 'Polvo', 'Dust'],
    ]) },
    { sheet: 'settings', data: cells([['form_id', 'form_title', 'version'], ['mujeres_oro', 'Mujeres y Hombres del Oro', version]]) },
  ]).toBuffer();
}

const KOBO_EXPORT = [
  '_uuid,perfil/profile,perfil/age,ppe_enough,risks,_submission_time',
  'a-1,pallaquera,34,yes,mercury dust,2026-02-01T10:00:00',
  'a-2,Minera,41,No,dust,2026-02-01T11:00:00',
  'a-3,pallaquera,treinta,yes,mercury,2026-02-02T09:00:00',
  'a-4,pallaquera,29,maybe,,2026-02-02T09:30:00',
].join('\n');

const upload = (path: string, body: Uint8Array | string, session = n.coordPuno) =>
  t.request('POST', path, { session, rawBody: body as unknown as string, headers: { 'content-type': 'application/octet-stream' } });

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

describe('surveys', () => {
  it('imports a form, then the same form again updates it instead of adding a second', async () => {
    const first = await upload('/api/forms?file_name=mujeres.xlsx', await studyForm());
    expect(first.status).toBe(200);
    const { form, created } = await first.json();
    expect(created).toBe(true);
    expect(form).toMatchObject({ form_id: 'mujeres_oro', version: '1', title: 'Mujeres y Hombres del Oro', questions: 4, languages: ['es', 'en'] });
    const again = await (await upload('/api/forms?file_name=mujeres.xlsx', await studyForm())).json();
    expect(again).toMatchObject({ created: false, form: { id: form.id } });
    const detail = await (await t.request('GET', `/api/forms/${form.id}`, { session: n.analyst })).json();
    expect(detail.questions.find((q: { name: string }) => q.name === 'profile')).toMatchObject({ path: ['perfil'], choices: [{ name: 'pallaquera' }, { name: 'woman_miner' }] });
  });

  it('imports a Kobo export: group paths, labels, select_multiple; bad values named and counted; nothing twice', async () => {
    const { items } = await (await t.request('GET', '/api/forms', { session: n.coordPuno })).json();
    const formId = items[0].id;
    const res = await upload(`/api/forms/${formId}/responses?file_name=kobo.csv`, KOBO_EXPORT);
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ rows: 4, created: 4, already_imported: 0, problems: 2, rows_with_problems: 2 });
    expect(report.problem_list.map((p: { line: number; column: string }) => [p.line, p.column])).toEqual([[4, 'perfil/age'], [5, 'ppe_enough']]);
    const stored = await t.ctx.services.store.repos.surveys.responseAnswers(formId, null, 10);
    expect(stored.map((r) => r.answers)).toContainEqual({ profile: 'woman_miner', age: 41, ppe_enough: 'no', risks: ['dust'] });
    const again = await (await upload(`/api/forms/${formId}/responses?file_name=kobo.csv`, KOBO_EXPORT)).json();
    expect(again).toMatchObject({ created: 0, already_imported: 4 });
  });

  it('refuses a malformed form naming sheet, row and column, and an empty export', async () => {
    const broken = await writeXlsxFile([{ sheet: 'survey', data: cells([['type', 'name'], ['select_one nowhere', 'q1']]) }]).toBuffer();
    const res = await upload('/api/forms?file_name=roto.xlsx', broken);
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(JSON.stringify(problem.details)).toMatch(/survey/);
    expect(problem.details[0]).toMatchObject({ path: expect.stringMatching(/survey/) });
    const { items } = await (await t.request('GET', '/api/forms', { session: n.admin })).json();
    const empty = await upload(`/api/forms/${items[0].id}/responses?file_name=vacio.csv`, '_uuid,perfil/profile\n');
    expect(empty.status).toBe(400);
  });

  it('reads a real pyxform form, and keeps forms within the network and role', async () => {
    const real = readFileSync(new URL('../../src/domain/surveys/xlsform/fixtures/group.xlsx', import.meta.url));
    expect((await upload('/api/forms?file_name=group.xlsx', new Uint8Array(real))).status).toBe(200);
    expect((await upload('/api/forms?file_name=x.xlsx', await studyForm('2'), n.promoterAnanea)).status).toBe(403);
    const piura = await (await t.request('GET', '/api/forms', { session: n.coordPiura })).json();
    expect(piura.items).toEqual([]);
    const { items } = await (await t.request('GET', '/api/forms', { session: n.coordPuno })).json();
    expect((await t.request('GET', `/api/forms/${items[0].id}`, { session: n.coordPiura })).status).toBe(404);
  });
});
