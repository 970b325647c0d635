/**
 * Access matrix of confidential referrals: every persona (anonymous, every role, a case worker and
 * a supervisor who are not assigned) × every referral route, against an explicit table of
 * expected statuses. Any status that differs fails, so no role gains access unnoticed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { buildCaseStaff, referralBody, type CaseStaff } from '../support/referrals.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let staff: CaseStaff;
let personas: Record<string, Session | undefined>;

const PERSONAS = ['anonymous', 'admin', 'coordinator', 'association_leader', 'promoter', 'member', 'analyst', 'partner', 'health_worker', 'case_worker', 'case_worker_unassigned', 'case_supervisor', 'case_supervisor_unassigned'] as const;
type Persona = (typeof PERSONAS)[number];
const ROUTES = ['create', 'staff', 'list', 'read', 'follow_up', 'close', 'assign', 'break_glass', 'stats', 'notifications', 'notification_read'] as const;
type RouteName = (typeof ROUTES)[number];

// Expected status per route, persona by persona in PERSONAS order.
const EXPECTED: Record<RouteName, number[]> = {
  //             anon adm coo lea pro mem ana par hea  cw cwU sup supU
  create:        [401, 403, 403, 403, 201, 403, 403, 403, 403, 201, 201, 201, 201],
  staff:         [401, 403, 403, 403, 200, 403, 403, 403, 403, 200, 200, 200, 200],
  list:          [401, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200, 200, 200],
  read:          [401, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404, 200, 404],
  follow_up:     [401, 404, 404, 404, 404, 404, 404, 404, 404, 201, 404, 201, 404],
  close:         [401, 404, 404, 404, 404, 404, 404, 404, 404, 200, 404, 200, 404],
  assign:        [401, 404, 404, 404, 404, 404, 404, 404, 404, 403, 404, 200, 404],
  break_glass:   [401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  stats:         [401, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403],
  notifications: [401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 200],
  notification_read: [401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 204, 404],
};

let ids: { caseWorkerId: string; otherCaseWorkerId: string; supervisorId: string };

async function openReferral(): Promise<string> {
  const res = await t.request('POST', '/api/referrals', { session: staff.caseWorker, body: referralBody({ caseWorkerId: ids.caseWorkerId, supervisorId: ids.supervisorId }) });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

/** A break-glass read of the referral notifies its supervisor; the notification's id. */
async function notificationOf(referralId: string): Promise<string> {
  expect((await t.request('POST', `/api/referrals/${referralId}/break-glass`, { session: n.admin, body: { reason: 'Orden judicial 123-2026 pide el expediente' } })).status).toBe(200);
  const { items } = await (await t.request('GET', '/api/referrals/notifications', { session: staff.supervisor })).json();
  return items.find((i: { referral_id: string }) => i.referral_id === referralId).id;
}

async function call(route: RouteName, persona: Persona): Promise<number> {
  const session = personas[persona];
  const id = await openReferral(); // a fresh referral per call, so writes do not change later rows
  const notificationId = route === 'notification_read' ? await notificationOf(id) : id;
  const self = session?.userId ?? ids.caseWorkerId;
  const createFor = persona.startsWith('case_worker') ? self : ids.caseWorkerId;
  const requests: Record<RouteName, [string, string, unknown?]> = {
    create: ['POST', '/api/referrals', referralBody({ caseWorkerId: createFor, supervisorId: ids.supervisorId })],
    staff: ['GET', '/api/referrals/staff'],
    list: ['GET', '/api/referrals'],
    read: ['GET', `/api/referrals/${id}`],
    follow_up: ['POST', `/api/referrals/${id}/follow-ups`, { happened_on: '2026-02-20', note: 'Acompañada al CEM' }],
    close: ['POST', `/api/referrals/${id}/close`, { closing_reason: 'Atendida por el CEM', version: 1 }],
    assign: ['POST', `/api/referrals/${id}/assign`, { case_worker_id: ids.otherCaseWorkerId, version: 1 }],
    break_glass: ['POST', `/api/referrals/${id}/break-glass`, { reason: 'Orden judicial 123-2026 pide el expediente' }],
    stats: ['GET', '/api/referrals/stats'],
    notifications: ['GET', '/api/referrals/notifications'],
    notification_read: ['POST', `/api/referrals/notifications/${notificationId}/read`],
  };
  const [method, path, body] = requests[route];
  return (await t.request(method, path, { session, body })).status;
}

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  staff = await buildCaseStaff(t, n);
  ids = { caseWorkerId: staff.caseWorker.userId, otherCaseWorkerId: staff.otherCaseWorker.userId, supervisorId: staff.supervisor.userId };
  personas = {
    anonymous: undefined, admin: n.admin, coordinator: n.coordPuno, association_leader: n.leaderAnanea, promoter: n.promoterAnanea, member: staff.member,
    analyst: n.analyst, partner: staff.partner, health_worker: staff.healthWorker, case_worker: staff.caseWorker, case_worker_unassigned: staff.otherCaseWorker,
    case_supervisor: staff.supervisor, case_supervisor_unassigned: staff.otherSupervisor,
  };
});
afterAll(() => t.close());

describe('referral access matrix', () => {
  it('covers every persona and route', () => {
    for (const route of ROUTES) expect(EXPECTED[route]).toHaveLength(PERSONAS.length);
  });

  for (const route of ROUTES) {
    it(`${route}: every persona gets exactly the expected status`, async () => {
      const actual: Record<string, number> = {};
      for (const persona of PERSONAS) actual[persona] = await call(route, persona);
      const expected = Object.fromEntries(PERSONAS.map((p, i) => [p, EXPECTED[route][i]]));
      expect(actual).toEqual(expected);
    });
  }
});
