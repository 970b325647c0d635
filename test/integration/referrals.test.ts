/**
 * Referral rules: consent or a supervisor's override (400 naming the field, 403 for a non-supervisor,
 * nothing written), every read audited without the woman in the audit row, break-glass stored,
 * audited and notified to the supervisor, and analyst statistics with 1 to 10 hidden.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildCaseStaff, referralBody, type CaseStaff } from '../support/referrals.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let staff: CaseStaff;
let assigned: { caseWorkerId: string; supervisorId: string };

const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const referralCount = async () => (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM referrals`))[0]!.n;
const create = async (session = staff.caseWorker, extra: Record<string, unknown> = {}) => {
  const res = await t.request('POST', '/api/referrals', { session, body: referralBody(assigned, extra) });
  return { status: res.status, body: await res.json() };
};

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  staff = await buildCaseStaff(t, n);
  assigned = { caseWorkerId: staff.caseWorker.userId, supervisorId: staff.supervisor.userId };
});
afterAll(() => t.close());

describe('consent', () => {
  it('refuses a referral without consent or override, naming the field, writing nothing', async () => {
    const before = await referralCount();
    const res = await create(staff.caseWorker, { consent: undefined });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ path: 'consent', code: 'referral.consent_required' })]);
    expect(await referralCount()).toBe(before);
  });

  it('lets only a supervisor override consent, with a written reason, and audits it', async () => {
    const override = { consent: undefined, consent_override: { reason: 'Riesgo inminente: la mujer no puede hablar a solas' } };
    const before = await referralCount();
    expect((await create(staff.caseWorker, override)).status).toBe(403);
    expect((await create(n.promoterAnanea, override)).status).toBe(403);
    expect(await referralCount()).toBe(before);
    const short = await create(staff.supervisor, { consent: undefined, consent_override: { reason: 'urgente' } });
    expect(short.status).toBe(400);
    expect(short.body.details.map((d: { path: string }) => d.path)).toEqual(['consent_override.reason']);
    const made = await create(staff.supervisor, override);
    expect(made.status).toBe(201);
    const audit = await rows<{ actor_id: string }>(sql`SELECT actor_id FROM audit_log WHERE action = 'consent_override' AND entity_id = ${made.body.id}`);
    expect(audit).toEqual([{ actor_id: staff.supervisor.userId }]);
    const read = await (await t.request('GET', `/api/referrals/${made.body.id}`, { session: staff.supervisor })).json();
    expect(read.referral).toMatchObject({ consent: null, consent_override: { by: staff.supervisor.userId } });
  });
});

describe('reading', () => {
  it('audits every read and keeps the woman out of the audit rows', async () => {
    const woman = (await create(staff.caseWorker, { anonymous_code: 'RP-ANON-77' })).body.id;
    for (const session of [staff.caseWorker, staff.supervisor]) expect((await t.request('GET', `/api/referrals/${woman}`, { session })).status).toBe(200);
    const reads = await rows<{ actor_id: string }>(sql`SELECT actor_id FROM audit_log WHERE action = 'read' AND entity = 'referral' AND entity_id = ${woman} ORDER BY at, id`);
    expect(reads.map((r) => r.actor_id)).toEqual([staff.caseWorker.userId, staff.supervisor.userId]);
    const all = await rows<{ after: unknown }>(sql`SELECT after FROM audit_log WHERE entity_id = ${woman}`);
    expect(JSON.stringify(all)).not.toContain('RP-ANON-77');
  });

  it('a promoter hands a referral over and cannot read it back', async () => {
    const res = await create(n.promoterAnanea);
    expect(res.status).toBe(201);
    expect(Object.keys(res.body).sort()).toEqual(['case_worker_id', 'id', 'status', 'supervisor_id']);
    expect((await t.request('GET', `/api/referrals/${res.body.id}`, { session: n.promoterAnanea })).status).toBe(404);
    const people = await (await t.request('GET', '/api/referrals/staff', { session: n.promoterAnanea })).json();
    expect(people.items).toEqual(expect.arrayContaining([{ id: staff.caseWorker.userId, display_name: 'cw.puno', role: 'case_worker' }, { id: staff.supervisor.userId, display_name: 'sup.puno', role: 'case_supervisor' }]));
    const list = await (await t.request('GET', '/api/referrals', { session: staff.caseWorker })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
  });
});

describe('break-glass', () => {
  it('needs a written reason, stores it, audits it and notifies the supervisor', async () => {
    const id = (await create()).body.id;
    expect((await t.request('POST', `/api/referrals/${id}/break-glass`, { session: n.admin, body: { reason: 'ver' } })).status).toBe(400);
    const reason = 'Requerimiento fiscal 45-2026 por riesgo de vida';
    const res = await t.request('POST', `/api/referrals/${id}/break-glass`, { session: n.admin, body: { reason } });
    expect(res.status).toBe(200);
    expect(await rows(sql`SELECT reason FROM referral_break_glass WHERE referral_id = ${id}`)).toEqual([{ reason }]);
    expect((await rows(sql`SELECT action FROM audit_log WHERE entity_id = ${id} AND action IN ('break_glass', 'read')`)).length).toBe(2);
    const notes = await (await t.request('GET', '/api/referrals/notifications', { session: staff.supervisor })).json();
    expect(notes.items).toEqual(expect.arrayContaining([expect.objectContaining({ referral_id: id, kind: 'break_glass', message: expect.stringContaining(reason) })]));
    expect((await t.request('GET', `/api/referrals/${id}`, { session: n.admin })).status).toBe(404);
  });
});

describe('statistics', () => {
  it('shows counts of 11 or more and zeros, hides 1 to 10 and their complements', async () => {
    const fresh = await createTestApp();
    try {
      const net = await buildNetwork(fresh);
      const s = await buildCaseStaff(fresh, net);
      const who = { caseWorkerId: s.caseWorker.userId, supervisorId: s.supervisor.userId };
      const open = async (district: string, incident_type: string, count: number) => {
        for (let i = 0; i < count; i++) expect((await fresh.request('POST', '/api/referrals', { session: s.caseWorker, body: referralBody(who, { district, incident_type }) })).status).toBe(201);
      };
      await open('211002', 'physical_assault', 12);
      await open('211002', 'psychological_abuse', 15);
      await open('080101', 'physical_assault', 3);
      await open('080101', 'psychological_abuse', 20);
      const res = await fresh.request('GET', '/api/referrals/stats', { session: net.analyst });
      expect(res.status).toBe(200);
      const { by_type_and_region: t2 } = await res.json();
      expect(t2.columns).toEqual(['08', '21']);
      const row = (type: string) => t2.cells[t2.rows.indexOf(type)];
      expect(row('rape')).toEqual([0, 0]);
      expect(row('physical_assault')[0]).toBeNull();
      expect(row('physical_assault')[1]).toBeNull(); // its complement in the row
      expect(row('psychological_abuse')).toEqual([null, null]); // complements in the columns
      expect(t2.total).toBe(50);
    } finally {
      await fresh.close();
    }
  });
});
