/**
 * The world the deep fuzz starts from: one app with a network, a woman, a plant and a lot, a
 * savings group with an open cycle, a programme she attended, an action plan with an indicator,
 * a services point, a site, a health worker, and case staff signed in with their second factor, each with a
 * referral. The base bodies of fuzz-bodies*.ts refer to these ids, so they pass every check.
 */
import { uuidv7 } from 'uuidv7';
import type { Session, TestApp } from './app.ts';
import { regionalPlan, uploadPlan } from './plans.ts';
import { createPlant, createWoman, lotBody, seedPrices } from './production.ts';
import { enrolAndLogin, referralBody } from './referrals.ts';
import { buildNetwork, personBody, type Network } from './registry.ts';
import { attendModules, createProgramme, createSession, enrol, type Programme } from './trainings.ts';

export interface FuzzWorld {
  t: TestApp;
  n: Network;
  woman: string;
  plant: string;
  lot: string;
  ppeItem: string;
  healthWorker: Session;
  caseWorker: Session;
  supervisor: Session;
  referral: string;
  group: string;
  cycle: string;
  programme: Programme;
  trainingSession: string;
  planNode: string;
  planIndicator: string;
  servicePoint: string;
  site: string;
}

/** POSTs (or PATCHes) and returns the JSON answer; throws with the answer when it is not a 2xx. */
export async function send(t: TestApp, session: Session | undefined, method: string, path: string, body?: unknown): Promise<any> { // loosely typed: the answers' shapes are the routes' own tests' business
  const res = await t.request(method, path, { session, body });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** A fresh referral by the case worker, to herself and her supervisor. */
export async function newReferral(w: Pick<FuzzWorld, 't' | 'caseWorker' | 'supervisor'>): Promise<string> {
  const body = referralBody({ caseWorkerId: w.caseWorker.userId, supervisorId: w.supervisor.userId });
  await send(w.t, w.caseWorker, 'POST', '/api/referrals', body);
  return body.id;
}

/** A fresh woman of the Ananea association (registered by the admin). */
export async function newWoman(w: Pick<FuzzWorld, 't' | 'n'>, extra: Record<string, unknown> = {}): Promise<string> {
  const body = personBody({ organisation_id: w.n.ananea, ...extra });
  await send(w.t, w.n.admin, 'POST', '/api/people', body);
  return body.id;
}

/** A savings group of the Ananea association with the woman as a member, and no cycle yet. */
export async function newGroup(w: Pick<FuzzWorld, 't' | 'n' | 'woman'>): Promise<string> {
  const { group } = await send(w.t, w.n.admin, 'POST', '/api/savings/groups', { organisation_id: w.n.ananea, name: 'Banquito Santa Rosa' });
  await send(w.t, w.n.admin, 'POST', `/api/savings/groups/${group.id}/members`, { person_id: w.woman, joined_on: '2026-01-01' });
  return group.id;
}

export const cycleBody = (group: string) => ({ id: uuidv7(), group_id: group, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 500 });

async function planIds(t: TestApp, n: Network): Promise<{ node: string; indicator: string }> {
  const res = await uploadPlan(t, n.admin, regionalPlan());
  if (res.status !== 200) throw new Error(`plan: ${res.status} ${await res.text()}`);
  const plan = await res.json();
  const tree = await send(t, n.admin, 'GET', `/api/plans/${plan.plan_id}`);
  const objective = tree.nodes.find((x: { code: string }) => x.code === '1');
  const detail = await send(t, n.admin, 'GET', `/api/plan-nodes/${objective.id}`);
  return { node: tree.nodes.find((x: { code: string }) => x.code === '1.1.1').id, indicator: detail.indicators[0].id };
}

export async function buildFuzzWorld(t: TestApp): Promise<FuzzWorld> {
  const n = await buildNetwork(t);
  await seedPrices(t);
  const woman = await createWoman(t, n);
  const plant = await createPlant(t, n.admin);
  const lot = lotBody(woman);
  await send(t, n.admin, 'POST', '/api/lots', lot);
  const ppeItem = (await send(t, n.admin, 'GET', '/api/ppe/items')).items[0].id;
  await send(t, n.admin, 'POST', '/api/ppe/stock', { id: uuidv7(), organisation_id: n.ananea, item_id: ppeItem, quantity: 10_000, received_on: '2026-02-01', source: 'Donación' });
  await t.createUser('fz.cw', 'case_worker', { organisationId: n.puno });
  await t.createUser('fz.sup', 'case_supervisor', { organisationId: n.puno });
  await t.createUser('fz.login', 'promoter', { organisationId: n.ananea });
  await t.createUser('fz.health', 'health_worker', { organisationId: n.puno });
  const healthWorker = await t.login('fz.health');
  const caseWorker = await enrolAndLogin(t, 'fz.cw');
  const supervisor = await enrolAndLogin(t, 'fz.sup');
  const referral = await newReferral({ t, caseWorker, supervisor });
  const group = await newGroup({ t, n, woman });
  const cycle = cycleBody(group);
  await send(t, n.admin, 'POST', '/api/savings/cycles', cycle);
  const programme = await createProgramme(t, n.admin);
  await enrol(t, n.admin, programme.id, [woman]);
  await attendModules(t, n.admin, programme, n.ananea, [woman], 3);
  const trainingSession = await createSession(t, n.admin, { programme_id: programme.id, module_id: programme.modules[3]!.id, organisation_id: n.ananea });
  const plan = await planIds(t, n);
  const point = await send(t, n.admin, 'POST', '/api/services', { name: 'Comisaría Ananea', kind: 'police', district: '211002', lat: -14.68, lon: -69.53, phones: ['(051) 123456'] });
  const site = await send(t, n.admin, 'POST', '/api/sites', { name: 'Relave Ana María', district: '211002', lat: -14.62, lon: -69.43 });
  return {
    t, n, woman, plant, lot: lot.id, ppeItem, healthWorker, caseWorker, supervisor, referral, group, cycle: cycle.id, programme, trainingSession,
    planNode: plan.node, planIndicator: plan.indicator, servicePoint: point.service.id, site: site.site.id,
  };
}
