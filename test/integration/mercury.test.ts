/** Mercury follow-up: classification, unit and value checks, who reads individual results (audited), suppressed aggregates, reminders, thresholds. */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let health: Session;
let healthPiura: Session;

const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const evaluationCount = async () => (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM mercury_evaluations`))[0]!.n;
const evaluation = (personId: string, extra: Record<string, unknown> = {}) => ({
  id: uuidv7(), person_id: personId, sample_type: 'blood', unit: 'ug_l', value: 6, sampled_on: '2026-02-10', laboratory: 'Laboratorio Regional Puno', method: 'CV-AAS', ...extra,
});
const record = async (personId: string, extra: Record<string, unknown> = {}, session = health) => {
  const res = await t.request('POST', '/api/mercury/evaluations', { session, body: evaluation(personId, extra) });
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  await t.createUser('health.puno', 'health_worker', { organisationId: n.puno });
  await t.createUser('health.piura', 'health_worker', { organisationId: n.piura });
  health = await t.login('health.puno');
  healthPiura = await t.login('health.piura');
});
afterAll(() => t.close());

describe('recording', () => {
  it('classes results against the thresholds and flags follow-up', async () => {
    const woman = await createWoman(t, n);
    const blood = await record(woman, { symptoms: ['tremor', 'headache'] });
    expect(blood.status).toBe(201);
    expect(blood.body.evaluation).toMatchObject({ classification: 'above_reference', follow_up: true, reference_used: 5, alert_used: 15, next_due_on: '2026-08-10', symptoms: ['tremor', 'headache'] });
    expect((await record(woman, { sample_type: 'hair', unit: 'ug_g', value: 12 })).body.evaluation).toMatchObject({ classification: 'above_alert', next_due_on: '2026-05-10' });
    expect((await record(woman, { sample_type: 'urine', unit: 'ug_g_creatinine', value: 3 })).body.evaluation).toMatchObject({ classification: 'below_reference', follow_up: false });
  });

  it('refuses a unit that does not fit the sample and a negative value, naming the fields, writing nothing', async () => {
    const woman = await createWoman(t, n);
    const before = await evaluationCount();
    const unit = await record(woman, { sample_type: 'hair', unit: 'ug_l' });
    expect(unit.status).toBe(400);
    expect(unit.body.details).toEqual([expect.objectContaining({ path: 'unit', code: 'mercury.unit_mismatch' })]);
    const negative = await record(woman, { value: -2 });
    expect(negative.status).toBe(400);
    expect(negative.body.details.map((d: { path: string }) => d.path)).toEqual(['value']);
    expect(await evaluationCount()).toBe(before);
  });

  it('lets only health workers record, within their subtree', async () => {
    const woman = await createWoman(t, n);
    expect((await record(woman, {}, n.coordPuno)).status).toBe(403);
    expect((await record(woman, {}, n.admin)).status).toBe(403);
    expect((await record(woman, {}, healthPiura)).status).toBe(404);
  });
});

describe('reading individual results', () => {
  it('shows them to the health worker and to the woman herself, auditing every read', async () => {
    const woman = await createWoman(t, n);
    await record(woman);
    await t.createUser('socia.rosa', 'member', { organisationId: n.ananea, personId: woman });
    const herself = await t.login('socia.rosa');
    for (const session of [health, herself]) {
      const res = await t.request('GET', `/api/people/${woman}/mercury`, { session });
      expect(res.status).toBe(200);
      expect((await res.json()).items).toHaveLength(1);
    }
    const reads = await rows<{ actor_id: string }>(sql`SELECT actor_id FROM audit_log WHERE action = 'read' AND entity = 'mercury_evaluations' AND entity_id = ${woman}`);
    expect(reads).toHaveLength(2);
    const created = await rows<{ after: unknown }>(sql`SELECT after FROM audit_log WHERE entity = 'mercury_evaluation' AND action = 'create' LIMIT 1`);
    expect(JSON.stringify(created[0]!.after)).not.toMatch(/value|classification/);
  });

  it('refuses everyone else: coordinator and admin (403), another region and another member (404)', async () => {
    const woman = await createWoman(t, n);
    await record(woman);
    expect((await t.request('GET', `/api/people/${woman}/mercury`, { session: n.coordPuno })).status).toBe(403);
    expect((await t.request('GET', `/api/people/${woman}/mercury`, { session: n.admin })).status).toBe(403);
    expect((await t.request('GET', `/api/people/${woman}/mercury`, { session: healthPiura })).status).toBe(404);
    const other = await createWoman(t, n);
    await t.createUser('socia.otra', 'member', { organisationId: n.ananea, personId: other });
    expect((await t.request('GET', `/api/people/${woman}/mercury`, { session: await t.login('socia.otra') })).status).toBe(404);
  });
});

describe('aggregates and reminders', () => {
  it('gives the coordinator counts by region with small cells hidden', async () => {
    const fresh = await createTestApp();
    try {
      const net = await buildNetwork(fresh);
      await fresh.createUser('health.x', 'health_worker', { organisationId: net.national });
      const hw = await fresh.login('health.x');
      const evaluate = async (district: string, value: number) => {
        const woman = await createWoman(fresh, net, { district });
        const res = await fresh.request('POST', '/api/mercury/evaluations', { session: hw, body: evaluation(woman, { value }) });
        expect(res.status).toBe(201);
      };
      for (let i = 0; i < 6; i++) await evaluate('211002', i < 5 ? 20 : 2);
      for (let i = 0; i < 6; i++) await evaluate('080101', 2);
      for (let i = 0; i < 2; i++) await evaluate('150101', 20);
      const res = await fresh.request('GET', '/api/mercury/aggregates?by=region', { session: net.coordPuno });
      expect(res.status).toBe(200);
      const report = await res.json();
      // Cusco's 0 and Lima's 2 above the reference are small; Puno's 5 is hidden with them, or
      // the total of 7 would give their sum away.
      expect(report.rows.find((r: { key: string }) => r.key === '21')).toMatchObject({ evaluated: 6, above_reference: null, above_alert: null, suppressed: true });
      expect(report.rows.find((r: { key: string }) => r.key === '15')).toMatchObject({ suppressed: true, evaluated: null, above_reference: null });
      expect(JSON.stringify(report)).not.toContain(': 2');
      const piura = await (await fresh.request('GET', '/api/mercury/aggregates?by=region', { session: net.coordPiura })).json();
      expect(piura).toMatchObject({ rows: [], total: { evaluated: null } });
      const admin = await (await fresh.request('GET', '/api/mercury/aggregates?by=region', { session: net.admin })).json();
      expect(admin.rows.find((r: { key: string }) => r.key === '15')).toMatchObject({ suppressed: true, evaluated: null, above_alert: null });
      // Lima's lone hidden count would follow from the total, so the next smallest row is hidden too.
      expect(admin.rows.find((r: { key: string }) => r.key === '08')).toMatchObject({ suppressed: true, evaluated: null, above_reference: null });
      expect(admin.total).toMatchObject({ evaluated: 14, above_reference: 7, above_alert: 7 });
      expect((await fresh.request('GET', '/api/mercury/aggregates', { session: net.promoterAnanea })).status).toBe(403);
    } finally {
      await fresh.close();
    }
  });

  it('lists people due or overdue for a repeat evaluation, for health workers only (audited)', async () => {
    const [overdue, later] = [await createWoman(t, n, { given_names: 'Vencida' }), await createWoman(t, n, { given_names: 'Luego' })];
    await record(overdue, { sample_type: 'hair', unit: 'ug_g', value: 15, sampled_on: '2025-11-15' });
    await record(later, { value: 1, sampled_on: '2025-06-01' });
    const res = await t.request('GET', '/api/mercury/reminders', { session: health });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.until).toBe('2026-03-31');
    expect(body.items.find((r: { person_id: string }) => r.person_id === overdue)).toMatchObject({ next_due_on: '2026-02-15', overdue: true, classification: 'above_alert' });
    expect(body.items.map((r: { person_id: string }) => r.person_id)).not.toContain(later);
    expect((await t.request('GET', '/api/mercury/reminders', { session: n.coordPuno })).status).toBe(403);
    expect(await rows(sql`SELECT 1 FROM audit_log WHERE action = 'read' AND entity = 'mercury_reminders'`)).not.toHaveLength(0);
  });
});

describe('thresholds', () => {
  it('ships the documented defaults and lets only the admin change them, on the current version', async () => {
    const list = await (await t.request('GET', '/api/mercury/thresholds', { session: n.coordPuno })).json();
    expect(list.items.find((i: { key: string }) => i.key === 'blood_ug_l')).toMatchObject({ reference: 5, alert: 15, version: 1 });
    expect(list.items.find((i: { key: string }) => i.key === 'urine_ug_l')).toMatchObject({ reference: 7, alert: 25 });
    expect(list.items.find((i: { key: string }) => i.key === 'hair_ug_g')).toMatchObject({ reference: 1, alert: 10 });
    const body = { reference: 10, alert: 20, version: 1 };
    expect((await t.request('PUT', '/api/mercury/thresholds/blood_ug_l', { session: n.coordPuno, body })).status).toBe(403);
    const bad = await t.request('PUT', '/api/mercury/thresholds/blood_ug_l', { session: n.admin, body: { ...body, alert: 8 } });
    expect((await bad.json()).details).toEqual([expect.objectContaining({ path: 'alert', code: 'mercury.alert_not_above_reference' })]);
    expect((await t.request('PUT', '/api/mercury/thresholds/blood_ug_l', { session: n.admin, body })).status).toBe(200);
    expect((await t.request('PUT', '/api/mercury/thresholds/blood_ug_l', { session: n.admin, body })).status).toBe(409);
    const woman = await createWoman(t, n);
    expect((await record(woman)).body.evaluation).toMatchObject({ classification: 'below_reference', reference_used: 10 });
  });
});
