/**
 * The records of the access matrix: one of each kind the API names by id, owned by the Ananea
 * association (or its people) where the kind belongs to an organisation subtree, so that the
 * outsiders of Piura are tested against real records of another subtree, not against ids that
 * do not exist. Global kinds (sites, service points, plans and their nodes and indicators,
 * forms, the PPE catalogue, API keys) are real records too, but every caller with the
 * permission may reach them.
 */
import { uuidv7 } from 'uuidv7';
import writeXlsxFile from 'write-excel-file/node';
import type { Session, TestApp } from './app.ts';
import { regionalPlan, uploadPlan } from './plans.ts';
import { createPlant, createWoman, lotBody, saleBody, seedPrices } from './production.ts';
import { referralBody } from './referrals.ts';
import type { Network } from './registry.ts';
import { attendModules, createProgramme, createSession } from './trainings.ts';

/** Ids (and the two verification codes) of the seeded records. */
export interface Seeded {
  person: string;
  organisation: string;
  plant: string;
  lot: string;
  sale: string;
  statement: string;
  statementCode: string;
  programme: string;
  programmeModule: string;
  trainingSession: string;
  certificate: string;
  certificateCode: string;
  savingsGroup: string;
  savingsCycle: string;
  referral: string;
  followUp: string;
  notification: string;
  membership: string;
  consent: string;
  duplicate: string;
  mercury: string;
  ppeItem: string;
  ppeDistribution: string;
  user: string;
  apiKey: string;
  site: string;
  servicePoint: string;
  plan: string;
  planNode: string;
  planIndicator: string;
  form: string;
}

export interface SeedStaff {
  caseWorker: Session;
  supervisor: Session;
  health: Session;
}

async function created(res: Response, what: string): Promise<Record<string, any>> {
  if (res.status !== 201 && res.status !== 200) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, any>;
}

const cells = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value })));
async function smallForm(): Promise<Uint8Array> {
  return writeXlsxFile([
    { sheet: 'survey', data: cells([['type', 'name', 'label::Español (es)'], ['integer', 'age', 'Edad']]) },
    { sheet: 'settings', data: cells([['form_id', 'form_title', 'version'], ['matriz', 'Matriz de acceso', '1']]) },
  ]).toBuffer();
}

/** Production, statements, trainings and a certificate of one woman of Ananea. */
async function seedWork(t: TestApp, n: Network, person: string) {
  const post = (session: Session, path: string, body: unknown, what: string) => t.request('POST', path, { session, body }).then((res) => created(res, what));
  const plant = await createPlant(t, n.admin);
  const lot = lotBody(person);
  await post(n.promoterAnanea, '/api/lots', lot, 'lot');
  const sale = saleBody(lot.id, plant);
  await post(n.promoterAnanea, '/api/sales', sale, 'sale');
  const { statement } = await post(n.promoterAnanea, '/api/statements', { person_id: person, from: '2026-01-01', to: '2026-02-28' }, 'statement');
  const programme = await createProgramme(t, n.admin);
  const trainingSession = await createSession(t, n.promoterAnanea, { programme_id: programme.id, module_id: programme.modules[0]!.id, organisation_id: n.ananea });
  await post(n.promoterAnanea, `/api/programmes/${programme.id}/enrolments`, { person_ids: [person] }, 'enrolment');
  await attendModules(t, n.promoterAnanea, programme, n.ananea, [person], 3);
  const { certificate } = await post(n.leaderAnanea, '/api/certificates', { person_id: person, programme_id: programme.id }, 'certificate');
  return {
    plant, lot: lot.id, sale: sale.id, statement: statement.id as string, statementCode: statement.code as string, programme: programme.id, programmeModule: programme.modules[0]!.id, trainingSession,
    certificate: certificate.id as string, certificateCode: certificate.code as string,
  };
}

/** Savings, a referral with a follow-up and a break-glass notification, mercury and PPE. */
async function seedProtection(t: TestApp, n: Network, person: string, staff: SeedStaff) {
  const post = (session: Session, path: string, body: unknown, what: string) => t.request('POST', path, { session, body }).then((res) => created(res, what));
  const group = await post(n.promoterAnanea, '/api/savings/groups', { organisation_id: n.ananea, name: 'Banquito Nueva Esperanza' }, 'savings group');
  const cycle = await post(n.promoterAnanea, '/api/savings/cycles', { group_id: group.group.id, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 500 }, 'cycle');
  const referral = await post(staff.caseWorker, '/api/referrals', referralBody({ caseWorkerId: staff.caseWorker.userId, supervisorId: staff.supervisor.userId }), 'referral');
  const followUp = uuidv7();
  await post(staff.caseWorker, `/api/referrals/${referral.id}/follow-ups`, { id: followUp, happened_on: '2026-02-20', note: 'Acompañada al CEM' }, 'follow-up');
  await post(n.admin, `/api/referrals/${referral.id}/break-glass`, { reason: 'Requerimiento fiscal 77-2026 por riesgo de vida' }, 'break-glass');
  const notes = await created(await t.request('GET', '/api/referrals/notifications', { session: staff.supervisor }), 'notifications');
  const mercury = uuidv7();
  await post(staff.health, '/api/mercury/evaluations', {
    id: mercury, person_id: person, sample_type: 'blood', unit: 'ug_l', value: 6, sampled_on: '2026-02-10', laboratory: 'Laboratorio Regional Puno', method: 'CV-AAS',
  }, 'mercury evaluation');
  const items = await created(await t.request('GET', '/api/ppe/items', { session: n.promoterAnanea }), 'ppe items');
  const ppeItem = items.items[0].id as string;
  await post(n.promoterAnanea, '/api/ppe/stock', { id: uuidv7(), organisation_id: n.ananea, item_id: ppeItem, quantity: 5, received_on: '2026-02-01', source: 'Programa' }, 'ppe stock');
  const ppeDistribution = uuidv7();
  await post(n.promoterAnanea, '/api/ppe/distributions', {
    id: ppeDistribution, organisation_id: n.ananea, person_id: person, distributed_on: '2026-02-10', items: [{ item_id: ppeItem, quantity: 1 }],
  }, 'ppe distribution');
  return {
    savingsGroup: group.group.id as string, savingsCycle: cycle.cycle_id as string, referral: referral.id as string, followUp,
    notification: notes.items[0].id as string, mercury, ppeItem, ppeDistribution,
  };
}

/** Her registry records: a board membership, a consent and a likely duplicate of her. */
async function seedRegistry(t: TestApp, n: Network, person: string) {
  const membership = await created(await t.request('POST', '/api/memberships', {
    session: n.leaderAnanea, body: { id: uuidv7(), person_id: person, organisation_id: n.ananea, role: 'treasurer', from_date: '2026-01-01' },
  }), 'membership');
  const consent = await created(await t.request('POST', `/api/people/${person}/consents`, {
    session: n.promoterAnanea, body: { purpose: 'contact', given_on: '2026-02-01', method: 'signature' },
  }), 'consent');
  const twin = await createWoman(t, n, { id_type: 'none', id_number: null, id_none_reason: 'lost' });
  const queue = await created(await t.request('GET', '/api/duplicates', { session: n.leaderAnanea }), 'duplicates');
  const pair = queue.items.find((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].includes(twin));
  if (!pair) throw new Error('duplicate: no pair for the twin record');
  return { membership: membership.membership.id as string, consent: consent.consent.id as string, duplicate: pair.id as string };
}

/** Network-wide records: a site, a service point, a plan, a form, a spare account and a spare key. */
async function seedGlobal(t: TestApp, n: Network) {
  const post = (path: string, body: unknown, what: string) => t.request('POST', path, { session: n.admin, body }).then((res) => created(res, what));
  const { site } = await post('/api/sites', { name: 'Relave Ana María', district: '211002', lat: -14.62, lon: -69.43 }, 'site');
  const { service } = await post('/api/services', { name: 'Comisaría Ananea', kind: 'police', district: '211002', lat: -14.68, lon: -69.53, phones: ['051123456'] }, 'service point');
  const plan = await created(await uploadPlan(t, n.admin, regionalPlan()), 'plan');
  const tree = await created(await t.request('GET', `/api/plans/${plan.plan_id}`, { session: n.admin }), 'plan tree');
  const objective = tree.nodes.find((node: { code: string }) => node.code === '1');
  const node = await created(await t.request('GET', `/api/plan-nodes/${objective.id}`, { session: n.admin }), 'plan node');
  const form = await t.request('POST', '/api/forms?file_name=matriz.xlsx', {
    session: n.admin, rawBody: (await smallForm()) as unknown as string, headers: { 'content-type': 'application/octet-stream' },
  });
  await created(form, 'form');
  const forms = await created(await t.request('GET', '/api/forms', { session: n.admin }), 'forms');
  const user = await t.createUser('spare.ananea', 'promoter', { organisationId: n.ananea });
  const key = await post('/api/api-keys', { name: 'Clave de repuesto', scopes: ['organisations.read'] }, 'spare API key');
  return {
    site: site.id as string, servicePoint: service.id as string, plan: plan.plan_id as string, planNode: objective.id as string,
    planIndicator: node.indicators[0].id as string, form: forms.items[0].id as string, user, apiKey: key.api_key.id as string,
  };
}

export async function seedRecords(t: TestApp, n: Network, staff: SeedStaff): Promise<Seeded> {
  await seedPrices(t);
  const person = await createWoman(t, n);
  return {
    person, organisation: n.ananea,
    ...(await seedWork(t, n, person)),
    ...(await seedProtection(t, n, person, staff)),
    ...(await seedRegistry(t, n, person)),
    ...(await seedGlobal(t, n)),
  };
}
