/**
 * CSV/XLSX downloads of the protective-equipment and mercury lists: same rows and rights as the
 * JSON, spreadsheet formulas neutralised, suppressed mercury counts still hidden in the file,
 * and the reminders download audited like the JSON read.
 */
import { sql } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestApp;
let n: Network;
let health: Session;
let items: Record<string, string>;

const sheetOf = async (res: Response) => ((await readXlsxFile(Buffer.from(await res.arrayBuffer()))) as unknown as { data: unknown[][] }[])[0]!.data;
const csvLines = async (res: Response) => (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
const evaluate = async (district: string, value: number) => {
  const woman = await createWoman(t, n, { district });
  const res = await t.request('POST', '/api/mercury/evaluations', {
    session: health, body: { id: uuidv7(), person_id: woman, sample_type: 'blood', unit: 'ug_l', value, sampled_on: '2026-02-10', laboratory: 'Lab Puno', method: 'CV-AAS' },
  });
  expect(res.status).toBe(201);
};

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  await t.createUser('health.all', 'health_worker', { organisationId: n.national });
  health = await t.login('health.all');
  items = Object.fromEntries((await (await t.request('GET', '/api/ppe/items', { session: n.promoterAnanea })).json()).items.map((i: { key: string; id: string }) => [i.key, i.id]));
  const receipt = { id: uuidv7(), organisation_id: n.ananea, item_id: items.helmet, quantity: 5, received_on: '2026-02-01', source: 'Programa' };
  expect((await t.request('POST', '/api/ppe/stock', { session: n.promoterAnanea, body: receipt })).status).toBe(201);
  const woman = await createWoman(t, n, { given_names: 'Exportina' });
  const handOut = { id: uuidv7(), organisation_id: n.ananea, person_id: woman, distributed_on: '2026-02-10', source: '=HYPERLINK("x")', items: [{ item_id: items.helmet, quantity: 2 }] };
  expect((await t.request('POST', '/api/ppe/distributions', { session: n.promoterAnanea, body: handOut })).status).toBe(201);
  for (let i = 0; i < 6; i++) await evaluate('211002', i < 5 ? 20 : 2);
  for (let i = 0; i < 6; i++) await evaluate('080101', 2);
  for (let i = 0; i < 2; i++) await evaluate('150101', 20);
});
afterAll(() => t.close());

describe('protective equipment downloads', () => {
  it('gives the hand-outs as CSV, one row per item, formulas neutralised', async () => {
    const res = await t.request('GET', '/api/ppe/distributions?format=csv', { session: n.leaderAnanea });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('pallay-ppe-distributions.csv');
    const lines = await csvLines(res);
    expect(lines[0]).toBe('distributed_on,person_name,item_name,quantity,source,organisation_id,person_id,distribution_id');
    const row = lines.find((l) => l.includes('Exportina'));
    expect(row).toContain(',Casco,2,');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('gives the hand-outs as XLSX and nothing outside the caller\'s subtree', async () => {
    const res = await t.request('GET', '/api/ppe/distributions?format=xlsx', { session: n.promoterAnanea });
    expect(res.headers.get('content-type')).toBe(XLSX);
    const data = await sheetOf(res);
    expect(data.some((r) => String(r[1]).includes('Exportina') && r[3] === 2)).toBe(true);
    const piura = await csvLines(await t.request('GET', '/api/ppe/distributions?format=csv', { session: n.coordPiura }));
    expect(piura).toHaveLength(1);
  });

  it('gives the stock on hand, and refuses a role without PPE rights', async () => {
    const csv = await t.request('GET', `/api/ppe/stock?organisation_id=${n.ananea}&format=csv`, { session: n.promoterAnanea });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csvLines(csv)).toContain('helmet,Casco,5,2,3');
    const xlsx = await t.request('GET', `/api/ppe/stock?organisation_id=${n.ananea}&format=xlsx`, { session: n.promoterAnanea });
    expect((await sheetOf(xlsx)).find((r) => r[0] === 'helmet')).toEqual(['helmet', 'Casco', 5, 2, 3]);
    expect((await t.request('GET', `/api/ppe/stock?organisation_id=${n.ananea}&format=csv`, { session: n.analyst })).status).toBe(403);
    expect((await t.request('GET', '/api/ppe/distributions?format=xlsx', { session: n.analyst })).status).toBe(403);
    expect((await t.request('GET', `/api/ppe/stock?organisation_id=${n.piura}&format=csv`, { session: n.promoterAnanea })).status).toBe(403);
  });
});

describe('mercury downloads', () => {
  it('keeps suppressed counts hidden in the file', async () => {
    const res = await t.request('GET', '/api/mercury/aggregates?by=region&format=csv', { session: n.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = await csvLines(res);
    expect(lines[0]).toBe('key,label,evaluated,above_reference,above_alert,suppressed');
    // Puno's 5 and 5 are hidden too: beside the totals they would pin the small cells' sum.
    expect(lines.find((l) => l.startsWith('21,'))).toMatch(/,6,,,true$/);
    expect(lines.find((l) => l.startsWith('15,'))).toMatch(/,,,,true$/);
    expect(lines.find((l) => l.startsWith('08,'))).toMatch(/,,,,true$/);
    expect(lines.at(-1)).toBe('total,total,14,7,7,false');
    const xlsx = await sheetOf(await t.request('GET', '/api/mercury/aggregates?by=region&format=xlsx', { session: n.coordPuno }));
    expect(xlsx.find((r) => r[0] === '15')?.slice(2)).toEqual([null, null, null, true]);
    expect((await t.request('GET', '/api/mercury/aggregates?format=csv', { session: n.promoterAnanea })).status).toBe(403);
  });

  it('gives health workers the reminders as CSV/XLSX, audited like the JSON, and no one else', async () => {
    const audits = async () => ((await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'read' AND entity = 'mercury_reminders'`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    const before = await audits();
    const res = await t.request('GET', '/api/mercury/reminders?within_days=365&format=csv', { session: health });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = await csvLines(res);
    expect(lines[0]).toBe('name,last_sampled_on,classification,follow_up,next_due_on,overdue,person_id');
    expect(lines.some((l) => l.includes(',2026-02-10,above_alert,true,2026-05-10,'))).toBe(true);
    const xlsx = await t.request('GET', '/api/mercury/reminders?within_days=365&format=xlsx', { session: health });
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect((await sheetOf(xlsx)).length).toBe(lines.length);
    expect(await audits()).toBe(before + 2);
    for (const session of [n.coordPuno, n.admin]) expect((await t.request('GET', '/api/mercury/reminders?format=csv', { session })).status).toBe(403);
  });

  it('gives a person\'s results to the health worker as CSV/XLSX, audited, and not to staff', async () => {
    const due = (await (await t.request('GET', '/api/mercury/reminders?within_days=365', { session: health })).json()).items[0].person_id as string;
    const audits = async () => ((await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'read' AND entity = 'mercury_evaluations' AND entity_id = ${due}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;
    const res = await t.request('GET', `/api/people/${due}/mercury?format=csv`, { session: health });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = await csvLines(res);
    expect(lines[0]).toMatch(/^sampled_on,sample_type,unit,value,classification,/);
    expect(lines[1]).toMatch(/^2026-02-10,blood,ug_l,\d+,/);
    const xlsx = await t.request('GET', `/api/people/${due}/mercury?format=xlsx`, { session: health });
    expect(xlsx.headers.get('content-type')).toBe(XLSX);
    expect(await audits()).toBe(2);
    for (const session of [n.coordPuno, n.admin]) expect((await t.request('GET', `/api/people/${due}/mercury?format=csv`, { session })).status).toBe(403);
  });
});
