/**
 * Callers and seeded records for the access matrix: one signed-in user of every role inside the
 * Puno → Ananea subtree (case staff with their second factor), two outsiders of the Piura
 * subtree, and one record of each kind owned by Ananea, whose ids fill the routes' path params.
 */
import { uuidv7 } from 'uuidv7';
import { ROLES, type Role } from '../../src/domain/auth/roles.ts';
import type { Session, TestApp } from './app.ts';
import { createPlant, createWoman, lotBody, saleBody, seedPrices } from './production.ts';
import { enrolAndLogin, referralBody } from './referrals.ts';
import { buildNetwork, type Network } from './registry.ts';
import { createProgramme, createSession } from './trainings.ts';

export const OUTSIDERS = ['outsider_coordinator', 'outsider_health_worker'] as const;
export type CallerName = 'anonymous' | Role | (typeof OUTSIDERS)[number];
export const CALLERS: readonly CallerName[] = ['anonymous', ...ROLES, ...OUTSIDERS];

export interface Caller {
  name: CallerName;
  role: Role | null;
  outsider: boolean;
  session?: Session;
}

/** Ids of records owned by the Ananea association (the member is the woman herself). */
export interface Seeded {
  person: string;
  organisation: string;
  lot: string;
  sale: string;
  statement: string;
  programme: string;
  trainingSession: string;
  savingsGroup: string;
  savingsCycle: string;
  referral: string;
}

async function created(res: Response, what: string): Promise<Record<string, any>> {
  if (res.status !== 201 && res.status !== 200) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, any>;
}

export async function seedRecords(t: TestApp, n: Network, staff: { caseWorker: string; supervisor: string; caseSession: Session }): Promise<Seeded> {
  await seedPrices(t);
  const person = await createWoman(t, n);
  const plant = await createPlant(t, n.admin);
  const lot = lotBody(person);
  await created(await t.request('POST', '/api/lots', { session: n.promoterAnanea, body: lot }), 'lot');
  const sale = saleBody(lot.id, plant);
  await created(await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: sale }), 'sale');
  const statement = await created(await t.request('POST', '/api/statements', { session: n.promoterAnanea, body: { person_id: person, from: '2026-01-01', to: '2026-02-28' } }), 'statement');
  const programme = await createProgramme(t, n.admin);
  const trainingSession = await createSession(t, n.promoterAnanea, { programme_id: programme.id, module_id: programme.modules[0]!.id, organisation_id: n.ananea });
  await created(await t.request('POST', `/api/programmes/${programme.id}/enrolments`, { session: n.promoterAnanea, body: { person_ids: [person] } }), 'enrolment');
  const group = await created(await t.request('POST', '/api/savings/groups', { session: n.promoterAnanea, body: { organisation_id: n.ananea, name: 'Banquito Nueva Esperanza' } }), 'savings group');
  const cycle = await created(await t.request('POST', '/api/savings/cycles', { session: n.promoterAnanea, body: { group_id: group.group.id, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 500 } }), 'cycle');
  const referral = await created(await t.request('POST', '/api/referrals', { session: staff.caseSession, body: referralBody({ caseWorkerId: staff.caseWorker, supervisorId: staff.supervisor }) }), 'referral');
  return {
    person, organisation: n.ananea, lot: lot.id, sale: sale.id, statement: statement.statement.id, programme: programme.id, trainingSession,
    savingsGroup: group.group.id, savingsCycle: cycle.cycle_id, referral: referral.id,
  };
}

/** Every caller of the matrix, signed in, and the seeded records. */
export async function buildMatrix(t: TestApp): Promise<{ callers: Caller[]; seeded: Seeded; network: Network }> {
  const n = await buildNetwork(t);
  const users: [string, Role, string][] = [
    ['partner.m', 'partner', n.national], ['cw.m', 'case_worker', n.puno], ['health.m', 'health_worker', n.puno],
    ['sup.m', 'case_supervisor', n.puno], ['health.piura', 'health_worker', n.piura],
  ];
  for (const [username, role, organisationId] of users) await t.createUser(username, role, { organisationId });
  const caseWorker = await enrolAndLogin(t, 'cw.m');
  const supervisor = await enrolAndLogin(t, 'sup.m');
  const seeded = await seedRecords(t, n, { caseWorker: caseWorker.userId, supervisor: supervisor.userId, caseSession: caseWorker });
  await t.createUser('member.m', 'member', { organisationId: n.ananea, personId: seeded.person });
  const sessions: Record<string, Session | undefined> = {
    anonymous: undefined, admin: n.admin, coordinator: n.coordPuno, association_leader: n.leaderAnanea, promoter: n.promoterAnanea,
    member: await t.login('member.m'), analyst: n.analyst, partner: await t.login('partner.m'), case_worker: caseWorker,
    health_worker: await t.login('health.m'), case_supervisor: supervisor, outsider_coordinator: n.coordPiura, outsider_health_worker: await t.login('health.piura'),
  };
  const roleOf = (name: CallerName): Role | null =>
    name === 'anonymous' ? null : name === 'outsider_coordinator' ? 'coordinator' : name === 'outsider_health_worker' ? 'health_worker' : name;
  const callers = CALLERS.map((name) => ({ name, role: roleOf(name), outsider: name.startsWith('outsider_'), session: sessions[name] }));
  return { callers, seeded, network: n };
}

/**
 * Valid bodies that name a record of Ananea, sent by the outsiders only: they pass validation, so
 * the answer shows the service's subtree check (403/404), not the body check (400). Insiders send
 * `{}` and are never given the chance to change the seeded records.
 */
export function outsiderBodies(s: Seeded): Record<string, unknown> {
  const day = '2026-02-01';
  return {
    'PATCH /api/people/{id}': { version: 1, given_names: 'Rosa María' },
    'POST /api/people/{id}/consents': { purpose: 'contact', given_on: day, method: 'signature' },
    'POST /api/people/{id}/cancellation': { requested_on: day, legal_basis: 'Ley 29733, artículo 20' },
    'PATCH /api/organisations/{id}': { version: 1, name: 'Asociación de otra red' },
    'POST /api/memberships': { person_id: s.person, organisation_id: s.organisation, role: 'member', from_date: day },
    'POST /api/lots': lotBody(s.person),
    'PATCH /api/lots/{id}': { version: 1, weight_kg: 1 },
    'POST /api/statements': { person_id: s.person, from: '2026-01-01', to: '2026-02-28' },
    'POST /api/programmes/{id}/enrolments': { person_ids: [s.person] },
    'POST /api/training-sessions/{id}/attendance': { marks: [{ id: uuidv7(), person_id: s.person, present: true }] },
    'POST /api/savings/groups/{id}/members': { person_id: s.person, joined_on: day },
    'POST /api/savings/cycles': { group_id: s.savingsGroup, starts_on: '2027-01-01', ends_on: '2027-12-31', share_value_cents: 500 },
    'POST /api/savings/meetings': { cycle_id: s.savingsCycle, held_on: '2026-01-10', transactions: [] },
    'POST /api/mercury/evaluations': { person_id: s.person, sample_type: 'hair', unit: 'ug_g', value: 1, sampled_on: day, laboratory: 'Laboratorio', method: 'CVAAS' },
  };
}
