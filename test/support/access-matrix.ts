/**
 * Callers for the access matrix: one signed-in user of every role inside the Puno → Ananea
 * subtree (case staff with their second factor), two outsiders of the Piura subtree, and four
 * API keys — a partner's (all its permissions are reads), a read-only key of Puno, the broadest
 * key there is (admin role, every permission as a scope) and a key of Piura with every
 * coordinator permission (an outsider). The records they are tested against come from
 * access-matrix-seed.ts.
 */
import { uuidv7 } from 'uuidv7';
import { PERMISSIONS, type Permission, type Role } from '../../src/domain/auth/roles.ts';
import type { Session, TestApp } from './app.ts';
import { seedRecords, type Seeded } from './access-matrix-seed.ts';
import { lotBody, saleBody } from './production.ts';
import { enrolAndLogin } from './referrals.ts';
import { buildNetwork, personBody, type Network } from './registry.ts';

export type { Seeded } from './access-matrix-seed.ts';

export interface Caller {
  name: string;
  role: Role | null;
  outsider: boolean;
  session?: Session;
  /** An API key caller: its secret (sent as a Bearer token) and its scopes. */
  key?: { secret: string; scopes: readonly Permission[] };
}

const ALL = Object.keys(PERMISSIONS) as Permission[];
const heldBy = (role: Role) => ALL.filter((p) => (PERMISSIONS[p] as readonly Role[]).includes(role));

/** The key callers: name, role, organisation (by network key) and scopes. */
const KEYS: [string, Role, 'national' | 'puno' | 'piura' | null, Permission[]][] = [
  ['key_partner', 'partner', 'national', heldBy('partner')],
  ['key_read_only', 'coordinator', 'puno', heldBy('coordinator').filter((p) => p.endsWith('.read'))],
  ['key_every_scope', 'admin', null, ALL],
  ['outsider_key', 'coordinator', 'piura', heldBy('coordinator')],
];

/** Issues an API key as the admin; its secret and its id. */
export async function issueKey(t: TestApp, admin: Session, body: { name: string; role: Role; organisation_id: string | null; scopes: readonly string[] }): Promise<{ secret: string; id: string }> {
  const res = await t.request('POST', '/api/api-keys', { session: admin, body });
  if (res.status !== 201) throw new Error(`API key ${body.name}: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as { secret: string; api_key: { id: string } };
  return { secret: created.secret, id: created.api_key.id };
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
  const health = await t.login('health.m');
  const seeded = await seedRecords(t, n, { caseWorker, supervisor, health });
  await t.createUser('member.m', 'member', { organisationId: n.ananea, personId: seeded.person });
  const sessions: Record<string, Session | undefined> = {
    anonymous: undefined, admin: n.admin, coordinator: n.coordPuno, association_leader: n.leaderAnanea, promoter: n.promoterAnanea,
    member: await t.login('member.m'), analyst: n.analyst, partner: await t.login('partner.m'), case_worker: caseWorker,
    health_worker: health, case_supervisor: supervisor, outsider_coordinator: n.coordPiura, outsider_health_worker: await t.login('health.piura'),
  };
  const outsiders: Record<string, Role> = { outsider_coordinator: 'coordinator', outsider_health_worker: 'health_worker' };
  const callers: Caller[] = Object.entries(sessions).map(([name, session]) => ({
    name, role: name === 'anonymous' ? null : outsiders[name] ?? (name as Role), outsider: name.startsWith('outsider_'), session,
  }));
  for (const [name, role, organisation, scopes] of KEYS) {
    const { secret } = await issueKey(t, n.admin, { name, role, organisation_id: organisation && n[organisation], scopes });
    callers.push({ name, role, outsider: name.startsWith('outsider_'), key: { secret, scopes } });
  }
  return { callers, seeded, network: n };
}

/**
 * Valid bodies that name a record of Ananea, sent by the outsiders only: they pass validation, so
 * the answer shows the service's subtree check (403/404), not the body check (400). Insiders send
 * `{}`, which changes a seeded record only where it is a valid body (see the test's header).
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
    'POST /api/people/{id}/consents/{consentId}/withdraw': { withdrawn_on: day },
    'POST /api/memberships/{id}/end': { to_date: day },
    'POST /api/duplicates/{id}': { decision: 'distinct' },
    'POST /api/certificates': { person_id: s.person, programme_id: s.programme },
    'POST /api/certificates/{id}/void': { reason: 'Emitido por error' },
    'POST /api/ppe/stock': { id: uuidv7(), organisation_id: s.organisation, item_id: s.ppeItem, quantity: 1, received_on: day, source: 'Programa' },
    'POST /api/ppe/distributions': { id: uuidv7(), organisation_id: s.organisation, person_id: s.person, distributed_on: day, items: [{ item_id: s.ppeItem, quantity: 1 }] },
    'POST /api/training-sessions': { id: uuidv7(), programme_id: s.programme, module_id: s.programmeModule, organisation_id: s.organisation, held_on: day, district: '211002', place: 'Local', facilitator: 'Elena' },
    'POST /api/savings/groups': { organisation_id: s.organisation, name: 'Banquito de otra red' },
    'POST /api/people': personBody({ organisation_id: s.organisation }),
    'POST /api/organisations': { id: uuidv7(), kind: 'selectors_association', name: 'Asociación de otra red', parent_id: s.organisation },
    'POST /api/statements/{id}/void': { reason: 'Emitida por error' },
    'POST /api/sales': saleBody(s.lot, s.plant),
    'POST /api/savings/groups/{id}/officers': { person_id: s.person, role: 'treasurer', from_date: day },
    'POST /api/savings/cycles/{id}/close': { share_out: false },
  };
}
