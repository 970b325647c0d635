/**
 * Savings reports over HTTP on a real database: the group report of a cycle per meeting and for
 * the cycle (savings, loans outstanding, portfolio at risk over 30 days, women among members and
 * officers) as JSON, CSV, XLSX and PDF, and a member's statement as a download, audited like
 * every read of it.
 */
import { sql } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let net: Network;
let s: Session;
const people: Record<'rosa' | 'eva' | 'flor' | 'juan', string> = { rosa: '', eva: '', flor: '', juan: '' };
let cycleId = '';
let piura: Session;

const ok = async (path: string, body: unknown) => {
  const res = await t.request('POST', path, { session: s, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};
const tx = (type: string, person: string, extra: Record<string, number>) => ({ id: uuidv7(), type, person_id: person, ...extra });
const get = (path: string, session = s) => t.request('GET', path, { session });
const lines = async (res: Response) => (await res.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));

beforeAll(async () => {
  t = await createTestApp();
  net = await buildNetwork(t);
  s = net.leaderAnanea;
  for (const [name, sex] of [['rosa', 'female'], ['eva', 'female'], ['flor', 'female'], ['juan', 'male']] as const) {
    people[name] = (await ok('/api/people', { ...personBody({ given_names: name[0]!.toUpperCase() + name.slice(1), sex, ...(sex === 'male' ? { profiles: ['man_miner'] } : {}) }), organisation_id: net.ananea })).person.id;
  }
  const group = (await ok('/api/savings/groups', { organisation_id: net.ananea, name: 'Banquito Mujeres de Oro' })).group.id;
  for (const id of Object.values(people)) await ok(`/api/savings/groups/${group}/members`, { person_id: id, joined_on: '2026-01-01' });
  await ok(`/api/savings/groups/${group}/officers`, { person_id: people.eva, role: 'treasurer', from_date: '2026-01-01' });
  await ok(`/api/savings/groups/${group}/officers`, { person_id: people.juan, role: 'chair', from_date: '2026-01-01' });
  cycleId = (await ok('/api/savings/cycles', { group_id: group, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 1_000, loan_term_months: 1 })).cycle_id;
  const { rosa, eva, flor } = people;
  await ok('/api/savings/meetings', { cycle_id: cycleId, held_on: '2026-01-10', present: [rosa, eva, flor], cash_counted_cents: 10_000,
    transactions: [tx('share_purchase', rosa, { shares: 5 }), tx('share_purchase', eva, { shares: 4 }), tx('share_purchase', flor, { shares: 2 }), tx('loan', rosa, { amount_cents: 3_000 })] });
  await ok('/api/savings/meetings', { cycle_id: cycleId, held_on: '2026-02-10', present: [rosa, eva], transactions: [tx('share_purchase', eva, { shares: 1 }), tx('social_fund', flor, { amount_cents: 200 })] });
  await ok('/api/savings/meetings', { cycle_id: cycleId, held_on: '2026-03-20', present: [eva], transactions: [] });
  t.clock.now = new Date('2026-03-25T15:00:00Z');
  s = await t.login('leader.ananea'); // the sessions of 1 March have expired
  piura = await t.login('coord.piura');
});
afterAll(async () => t.close());

describe('savings group report', () => {
  it('gives each meeting and the cycle: savings, loans, portfolio at risk over 30 days on that date, women among members and officers', async () => {
    const res = await get(`/api/savings/cycles/${cycleId}/report`);
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ cycle_id: cycleId, group_name: 'Banquito Mujeres de Oro', as_of: '2026-03-25', closed: false });
    expect(report.meetings.map((m: { held_on: string; present: number; total_savings_cents: number; loans_outstanding_cents: number }) => [m.held_on, m.present, m.total_savings_cents, m.loans_outstanding_cents]))
      .toEqual([['2026-01-10', 3, 11_000, 3_000], ['2026-02-10', 2, 12_000, 3_000], ['2026-03-20', 1, 12_000, 3_000]]);
    expect(report.meetings[0]).toMatchObject({ flows: { shares: 11, savings_cents: 11_000, loans_taken_cents: 3_000 }, cash_counted_cents: 10_000, cash_computed_cents: 8_000, difference_cents: 2_000 });
    // Rosa's loan fell due on 10 February: not yet 30 days late on 10 February, over 30 days on 20 March
    expect(report.meetings.map((m: { portfolio_at_risk_30: { at_risk_cents: number } }) => m.portfolio_at_risk_30.at_risk_cents)).toEqual([0, 0, 3_000]);
    expect(report.cycle).toMatchObject({ total_savings_cents: 12_000, loans_outstanding_cents: 3_000, social_fund_cents: 200, portfolio_at_risk_30: { at_risk_cents: 3_000, ratio: 1 }, flows: { shares: 12 } });
    expect(report.cycle.women).toEqual({ members: 4, members_women: 3, officers: 2, officers_women: 1, members_share: 0.75, officers_share: 0.5 });
    expect((await get(`/api/savings/cycles/${cycleId}/report`, piura)).status).toBe(403);
  });

  it('downloads the report as CSV, XLSX and PDF', async () => {
    const csv = await get(`/api/savings/cycles/${cycleId}/report?format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="pallay-savings-report-2026-01-01.csv"');
    const [header, ...rows] = await lines(csv);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['meeting', '2026-01-10'], ['meeting', '2026-02-10'], ['meeting', '2026-03-20'], ['cycle', '2026-03-25']]);
    const col = (name: string) => header!.indexOf(name);
    expect([rows[3]![col('total_savings_pen')], rows[3]![col('par30_pen')], rows[3]![col('women_members_share')], rows[0]![col('cash_difference_pen')]]).toEqual(['120', '30', '0.75', '20']);

    const xlsx = await get(`/api/savings/cycles/${cycleId}/report?format=xlsx`);
    const sheet = ((await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()))) as unknown as { data: unknown[][] }[])[0]!.data;
    expect(sheet).toHaveLength(5);
    expect(sheet[4]!.slice(0, 2)).toEqual(['cycle', '2026-03-25']);

    const pdf = await get(`/api/savings/cycles/${cycleId}/report?format=pdf&lang=es`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('Banquito Mujeres de Oro');
    expect(text).toContain('Cartera en riesgo > 30 d\xedas');
  });
});

describe('member statement downloads', () => {
  const audits = async () => ((await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'savings_member_statement' AND entity_id = ${people.rosa}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  it('gives her passbook line by meeting with totals, as CSV, XLSX and PDF, each read audited', async () => {
    const before = await audits();
    const csv = await get(`/api/savings/cycles/${cycleId}/members/${people.rosa}/statement?format=csv`);
    expect(csv.status).toBe(200);
    const [header, ...rows] = await lines(csv);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[col('date')], r[col('present')], r[col('shares_bought')], r[col('loans_disbursed_pen')], r[col('loans_outstanding_pen')]]))
      .toEqual([['2026-01-10', 'yes', '5', '30', '30'], ['2026-02-10', 'yes', '0', '0', '30'], ['2026-03-20', 'no', '0', '0', '30'], ['total', '2', '5', '30', '30']]);
    expect(rows[3]![col('savings_total_pen')]).toBe('50');
    const xlsx = await get(`/api/savings/cycles/${cycleId}/members/${people.rosa}/statement?format=xlsx`);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const pdf = await get(`/api/savings/cycles/${cycleId}/members/${people.rosa}/statement?format=pdf&lang=en`);
    const text = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(text).toContain('Savings statement');
    expect(text).toContain('Rosa Quispe Mamani');
    expect(await audits()).toBe(before + 3);
    expect((await get(`/api/savings/cycles/${cycleId}/members/${people.rosa}/statement?format=csv`, piura)).status).toBe(404);
    expect(await audits()).toBe(before + 3);
  });
});
