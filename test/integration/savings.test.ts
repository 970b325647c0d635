/**
 * Savings groups through the services on a real database (PGlite, and PostgreSQL with
 * DATABASE_URL): a group in Ananea with three registered women, a cycle, meetings recorded as
 * the treasurer's phone sends them (a resend records nothing), a meeting that breaks a rule
 * (nothing written), the cash difference kept, and the share-out that closes the cycle.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/auth/actor.ts';
import { recordSavingsMeeting } from '../../src/services/savings/meetings.service.ts';
import { savingsMemberStatement } from '../../src/services/savings/statements.service.ts';
import { importSavingsLedger } from '../../src/services/savings/ledger-import.service.ts';
import { addSavingsMember, createSavingsGroup, openSavingsCycle, savingsCycleReport } from '../../src/services/savings/savings.service.ts';
import { createPerson } from '../../src/services/registry/people.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { nextDni } from '../support/registry.ts';

let t: TestApp;
const national = uuidv7();
const ananea = uuidv7();
const piura = uuidv7();
const leader: Actor = { type: 'user', id: uuidv7(), role: 'association_leader', organisationId: ananea };
const outsider: Actor = { type: 'user', id: uuidv7(), role: 'promoter', organisationId: piura };
const as = (actor: Actor) => ({ actor, requestId: null });
const women: Record<'rosa' | 'eva' | 'flor', string> = { rosa: '', eva: '', flor: '' };
let cycleId = '';

beforeAll(async () => {
  t = await createTestApp();
  const orgs = t.ctx.services.store.repos.organisations;
  await orgs.insert({ id: national, name: 'Red Nacional', kind: 'national_network', parentId: null });
  await orgs.insert({ id: ananea, name: 'Asociación de Pallaqueras Ananea', kind: 'selectors_association', parentId: national });
  await orgs.insert({ id: piura, name: 'Red Regional Piura', kind: 'regional_network', parentId: national });
  const admin: Actor = { type: 'cli', id: null, role: 'admin', organisationId: null };
  for (const name of ['rosa', 'eva', 'flor'] as const) {
    const { person } = await createPerson(t.ctx.services, as(admin), {
      id_type: 'dni', id_number: nextDni(), given_names: name, paternal_surname: 'Quispe', maternal_surname: '', sex: 'female', profiles: ['pallaquera'], languages: ['qu'], organisation_id: ananea,
    });
    women[name] = person.id;
  }
  const group = await createSavingsGroup(t.ctx.services, as(leader), { organisation_id: ananea, name: 'Banquito Santa Rosa' });
  for (const name of ['rosa', 'eva', 'flor'] as const) await addSavingsMember(t.ctx.services, as(leader), group.id, { person_id: women[name], joined_on: '2026-01-01' });
  const cycle = await openSavingsCycle(t.ctx.services, as(leader), {
    group_id: group.id, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 1_000, min_shares_per_meeting: 1, max_shares_per_meeting: 5,
    monthly_interest_bp: 200, max_loan_multiple: 3, loan_term_months: 3, fines: [],
  });
  cycleId = cycle.cycle_id;
});
afterAll(async () => t.close());

const tx = (type: string, person: string | undefined, extra: Record<string, number> = {}) => ({ id: uuidv7(), type, ...(person ? { person_id: person } : {}), ...extra }) as never;

describe('savings groups', () => {
  it('records a meeting once, however often the phone sends it, and keeps the cash difference', async () => {
    const first = {
      cycle_id: cycleId, held_on: '2026-01-10', present: [women.rosa, women.eva], cash_counted_cents: 10_150,
      transactions: [tx('share_purchase', women.rosa, { shares: 5 }), tx('share_purchase', women.eva, { shares: 5 }), tx('social_fund', women.rosa, { amount_cents: 200 }), tx('loan', women.rosa, { amount_cents: 6_000 })],
    };
    const report = await recordSavingsMeeting(t.ctx.services, as(leader), first);
    expect(report).toMatchObject({ fund_cents: 10_000, loan_fund_cash_cents: 4_000, loans_outstanding_cents: 6_000, social_fund_cents: 200, total_shares: 10 });
    expect(report.cash_counts).toEqual([{ date: '2026-01-10', counted_cents: 10_150, computed_cents: 4_200, difference_cents: 5_950 }]);
    expect(report.portfolio_at_risk_30).toEqual({ at_risk_cents: 0, outstanding_cents: 6_000, ratio: 0 });
    expect(report.women).toEqual({ members: 3, members_women: 3, officers: 0, officers_women: 0 });
    const again = await recordSavingsMeeting(t.ctx.services, as(leader), first);
    expect(again).toEqual(report);
    const today = t.clock.now;
    t.clock.now = new Date('2026-05-20T12:00:00Z'); // Rosa's loan fell due on 10 April: 40 days late
    expect((await savingsCycleReport(t.ctx.services, as(leader), cycleId)).portfolio_at_risk_30).toEqual({ at_risk_cents: 6_000, outstanding_cents: 6_000, ratio: 1 });
    t.clock.now = today;
    expect((await savingsCycleReport(t.ctx.services, as(leader), cycleId)).members.map((m) => [m.shares, m.loans_outstanding_cents, m.shareout_cents])).toEqual([[5, 6_000, null], [5, 0, null], [0, 0, null]]);
  });

  it('gives a member her statement: savings, loans, interest due and attendance', async () => {
    const statement = await savingsMemberStatement(t.ctx.services, as(leader), cycleId, women.rosa);
    expect(statement).toMatchObject({ shares: 5, savings_cents: 5_000, loans_taken: 1, loans_taken_cents: 6_000, loans_outstanding_cents: 6_000, interest_due_cents: 120, social_fund_paid_cents: 200, meetings: 1, meetings_present: 1, meetings_with_attendance: 1 });
    expect((await savingsMemberStatement(t.ctx.services, as(leader), cycleId, women.flor)).meetings_present).toBe(0);
    await expect(savingsMemberStatement(t.ctx.services, as(outsider), cycleId, women.rosa)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a meeting that breaks a rule, naming the transaction, and writes nothing', async () => {
    const meeting = { cycle_id: cycleId, held_on: '2026-02-10', present: [], transactions: [tx('share_purchase', women.flor, { shares: 2 }), tx('repayment', women.rosa, { amount_cents: 1_000, interest_cents: 0 })] };
    await expect(recordSavingsMeeting(t.ctx.services, as(leader), meeting)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'transactions.1', code: 'repayment.interest_first' }] });
    expect((await savingsCycleReport(t.ctx.services, as(leader), cycleId)).total_shares).toBe(10);
    await expect(recordSavingsMeeting(t.ctx.services, as(leader), { ...meeting, transactions: [tx('loan', uuidv7(), { amount_cents: 1 })] })).rejects.toMatchObject({ details: [{ path: 'transactions.0.person_id', code: 'savings.not_member' }] });
    await expect(recordSavingsMeeting(t.ctx.services, as(outsider), meeting)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shares out exactly the fund once loans are repaid, then closes the cycle', async () => {
    const early = { cycle_id: cycleId, held_on: '2026-02-10', present: [], transactions: [tx('share_out', undefined)] };
    await expect(recordSavingsMeeting(t.ctx.services, as(leader), early)).rejects.toMatchObject({ details: [{ code: 'shareout.loans_outstanding' }] });
    const report = await recordSavingsMeeting(t.ctx.services, as(leader), {
      cycle_id: cycleId, held_on: '2026-02-10', present: [], transactions: [tx('repayment', women.rosa, { amount_cents: 6_000, interest_cents: 120 }), tx('share_purchase', women.flor, { shares: 1 }), tx('share_out', undefined)],
    });
    expect(report.closed).toBe(true);
    expect(report.members.map((m) => m.shareout_cents)).toEqual([5_055, 5_054, 1_011]);
    expect(report.members.reduce((sum, m) => sum + (m.shareout_cents ?? 0), 0)).toBe(11_120);
    expect(report.social_fund_cents).toBe(200);
    await expect(recordSavingsMeeting(t.ctx.services, as(leader), { cycle_id: cycleId, held_on: '2026-03-10', present: [], transactions: [tx('share_purchase', women.eva, { shares: 1 })] })).rejects.toMatchObject({ details: [{ code: 'cycle.closed' }] });
  });

  it('answers over HTTP: a rule break is a 400 problem naming the transaction, the balances a 200', async () => {
    await t.createUser('tesorera.ananea', 'association_leader', { organisationId: ananea });
    const session = await t.login('tesorera.ananea');
    const group = await t.request('POST', '/api/savings/groups', { session, body: { organisation_id: ananea, name: 'Banquito Nueva Esperanza' } });
    expect(group.status).toBe(201);
    const groupId = (await group.json()).group.id;
    expect((await t.request('POST', `/api/savings/groups/${groupId}/members`, { session, body: { person_id: women.eva, joined_on: '2026-01-01' } })).status).toBe(201);
    const officerBody = { id: uuidv7(), person_id: women.eva, role: 'treasurer', from_date: '2026-01-01' };
    const officer = await t.request('POST', `/api/savings/groups/${groupId}/officers`, { session, body: officerBody });
    expect(officer.status).toBe(201);
    // Sent again (a lost answer), it is the same office, not a second one nor a refusal.
    expect((await t.request('POST', `/api/savings/groups/${groupId}/officers`, { session, body: officerBody })).status).toBe(201);
    const opened = await t.request('POST', '/api/savings/cycles', { session, body: { group_id: groupId, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 500 } });
    expect(opened.status).toBe(201);
    const cycle = (await opened.json()).cycle_id;
    const over = await t.request('POST', '/api/savings/meetings', { session, body: { cycle_id: cycle, held_on: '2026-01-10', transactions: [tx('share_purchase', women.eva, { shares: 6 })] } });
    expect(over.status).toBe(400);
    expect((await over.json()).details).toEqual([expect.objectContaining({ path: 'transactions.0', code: 'shares.over_maximum' })]);
    const ok = await t.request('POST', '/api/savings/meetings', { session, body: { cycle_id: cycle, held_on: '2026-01-10', transactions: [tx('share_purchase', women.eva, { shares: 3 })] } });
    expect(ok.status).toBe(201);
    const csv = `date,member,type,shares,amount_pen,interest_pen\n2026-01-17,${women.eva},share_purchase,2,,\n`;
    const imported = await t.request('POST', `/api/savings/cycles/${cycle}/import?file_name=libro.csv`, { session, rawBody: csv, headers: { 'content-type': 'application/octet-stream' } });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ imported: 1, total_shares: 5 });
    const broken = await t.request('POST', `/api/savings/cycles/${cycle}/import`, { session, rawBody: csv.replace(',2,,', ',9,,'), headers: { 'content-type': 'application/octet-stream' } });
    expect(broken.status).toBe(400);
    expect((await broken.json()).details).toEqual([expect.objectContaining({ path: 'line.2', code: 'shares.over_maximum' })]);
    const read = await t.request('GET', `/api/savings/cycles/${cycle}`, { session });
    expect(await read.json()).toMatchObject({ fund_cents: 2_500, total_shares: 5, women: { members: 1, members_women: 1, officers: 1, officers_women: 1 }, members: [{ person_id: women.eva, shares: 5, savings_cents: 2_500, shareout_cents: 2_500 }] });
  });

  it('imports a paper ledger into a cycle once, members named by DNI, and refuses a file that breaks a rule whole', async () => {
    const group = await createSavingsGroup(t.ctx.services, as(leader), { organisation_id: ananea, name: 'Banquito del cuaderno' });
    for (const name of ['rosa', 'eva'] as const) await addSavingsMember(t.ctx.services, as(leader), group.id, { person_id: women[name], joined_on: '2026-01-01' });
    const cycle = (await openSavingsCycle(t.ctx.services, as(leader), { group_id: group.id, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 1_000, min_shares_per_meeting: 1, max_shares_per_meeting: 5, max_loan_multiple: 3, loan_term_months: 3, fines: [] })).cycle_id;
    const rosaDni = (await t.ctx.services.store.repos.savings.memberDocuments(group.id))[0]!.id_number!;
    const file = (lines: string[]) => new TextEncoder().encode(['date,member,type,shares,amount_pen,interest_pen', ...lines].join('\n') + '\n');
    const lines = [`2026-01-10,${rosaDni},share_purchase,2,,`, `2026-01-10,${women.eva},share_purchase,2,,`, `2026-01-10,${rosaDni},share_purchase,2,,`, '2026-01-10,,cash_count,,59.50,'];
    const first = await importSavingsLedger(t.ctx.services, as(leader), { cycleId: cycle, bytes: file(lines), fileName: 'cuaderno.csv' });
    expect(first).toMatchObject({ imported: 3, total_shares: 6, fund_cents: 6_000, cash_counts: [{ counted_cents: 5_950, computed_cents: 6_000, difference_cents: -50 }] });
    const again = await importSavingsLedger(t.ctx.services, as(leader), { cycleId: cycle, bytes: file([...lines, `2026-02-10,${rosaDni},loan,,50,`]), fileName: 'cuaderno.csv' });
    expect(again).toMatchObject({ imported: 1, total_shares: 6, loans_outstanding_cents: 5_000 });
    await expect(importSavingsLedger(t.ctx.services, as(leader), { cycleId: cycle, bytes: file(['2026-02-11,40000000,share_purchase,1,,']), fileName: 'x.csv' })).rejects.toMatchObject({ details: [{ path: 'line.2', code: 'savings.not_member' }] });
    await expect(importSavingsLedger(t.ctx.services, as(leader), { cycleId: cycle, bytes: file([`2026-02-11,${women.eva},share_purchase,1,,`, `2026-02-11,${women.eva},loan,,91,`]), fileName: 'x.csv' }))
      .rejects.toMatchObject({ details: [{ path: 'line.3', code: 'loan.over_limit' }] });
    expect((await savingsCycleReport(t.ctx.services, as(leader), cycle)).total_shares).toBe(6);
  });
});
