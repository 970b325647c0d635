/**
 * CSV/XLSX downloads of the training lists (a programme's enrolments, a session's attendance
 * sheet) and of the action plans list: the same rows and rights as the JSON, formulas
 * neutralised, roles without the right refused.
 */
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { regionalPlan, uploadPlan } from '../support/plans.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';
import { createProgramme, createSession, enrol, marks, type Programme } from '../support/trainings.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let n: Network;
let programme: Programme;
let sessionId: string;
let present: string;
let absent: string;
let health: Session;

const sheetOf = async (res: Response) => ((await readXlsxFile(Buffer.from(await res.arrayBuffer()))) as unknown as { data: unknown[][] }[])[0]!.data;
const csvLines = async (res: Response) => (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  programme = await createProgramme(t, n.coordPuno, { name: '-Liderazgo' });
  present = await createWoman(t, n, { given_names: 'Presente' });
  absent = await createWoman(t, n, { given_names: 'Ausente' });
  const unmarked = await createWoman(t, n, { given_names: 'Sinmarca' });
  await enrol(t, n.promoterAnanea, programme.id, [present, absent, unmarked]);
  sessionId = await createSession(t, n.promoterAnanea, { programme_id: programme.id, module_id: programme.modules[0]!.id, organisation_id: n.ananea });
  const body = { marks: [...marks([present]).marks, ...marks([absent], false).marks] };
  expect((await t.request('POST', `/api/training-sessions/${sessionId}/attendance`, { session: n.promoterAnanea, body })).status).toBe(200);
  expect((await uploadPlan(t, n.admin, regionalPlan())).status).toBe(200);
  await t.createUser('health.p', 'health_worker', { organisationId: n.puno });
  health = await t.login('health.p');
});
afterAll(() => t.close());

describe('training downloads', () => {
  it('gives a programme\'s enrolments as CSV and XLSX', async () => {
    const csv = await t.request('GET', `/api/programmes/${programme.id}/enrolments?format=csv`, { session: n.promoterAnanea });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = await csvLines(csv);
    expect(lines[0]).toBe('name,enrolled_on,person_id');
    expect(lines.find((l) => l.includes('Presente'))).toContain(present);
    const xlsx = await t.request('GET', `/api/programmes/${programme.id}/enrolments?format=xlsx`, { session: n.leaderAnanea });
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect(await sheetOf(xlsx)).toHaveLength(4);
    const piura = await csvLines(await t.request('GET', `/api/programmes/${programme.id}/enrolments?format=csv`, { session: n.coordPiura }));
    expect(piura).toHaveLength(1);
  });

  it('gives a session\'s attendance sheet with present, absent and not taken', async () => {
    const csv = await t.request('GET', `/api/training-sessions/${sessionId}?format=csv`, { session: n.promoterAnanea });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = await csvLines(csv);
    expect(lines[0]).toBe('programme,module,held_on,place,facilitator,name,attendance,person_id');
    expect(lines.find((l) => l.includes('Presente'))).toMatch(/^'-Liderazgo,Ahorro,2026-02-20,Local comunal,Elena Ccama,.*,present,/);
    expect(lines.find((l) => l.includes('Ausente'))).toContain(',absent,');
    expect(lines.find((l) => l.includes('Sinmarca'))).toMatch(/,,[0-9a-f-]{36}$/);
    const xlsx = await sheetOf(await t.request('GET', `/api/training-sessions/${sessionId}?format=xlsx`, { session: n.promoterAnanea }));
    expect(xlsx.find((r) => r[7] === absent)?.[6]).toBe('absent');
  });

  it('refuses roles without attendance rights', async () => {
    for (const session of [n.analyst, health]) {
      expect((await t.request('GET', `/api/programmes/${programme.id}/enrolments?format=csv`, { session })).status).toBe(403);
      expect((await t.request('GET', `/api/training-sessions/${sessionId}?format=xlsx`, { session })).status).toBe(403);
    }
  });
});

describe('plans list download', () => {
  it('gives the plans with their counts as CSV and XLSX, and refuses roles without plans.read', async () => {
    const json = (await (await t.request('GET', '/api/plans', { session: n.analyst })).json()).items[0];
    const csv = await t.request('GET', '/api/plans?format=csv', { session: n.analyst });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('pallay-plans.csv');
    const lines = await csvLines(csv);
    expect(lines[0]).toBe('key,title,horizon,objectives,results,actions,indicators,source_file,updated_at,id');
    expect(lines[1]).toContain(`${json.key},`);
    expect(lines[1]).toContain(`,${json.objectives},${json.results},${json.actions},${json.indicators},`);
    const xlsx = await t.request('GET', '/api/plans?format=xlsx', { session: n.promoterAnanea });
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect((await sheetOf(xlsx))[1]?.[9]).toBe(json.id);
    expect((await t.request('GET', '/api/plans?format=csv', { session: health })).status).toBe(403);
    expect((await t.request('GET', '/api/plans?format=pdf', { session: n.analyst })).status).toBe(400);
  });
});
