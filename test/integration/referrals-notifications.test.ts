/**
 * A supervisor's break-glass notifications carry who read and why (for the screen to word), and she marks one read (kept with the time of the first
 * mark, audited), marking again changes nothing, and nobody else can mark it: another supervisor,
 * its own case worker or an unknown id get 404 (or 403 for roles that have no notifications), and
 * the notification stays unread.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { buildCaseStaff, referralBody, type CaseStaff } from '../support/referrals.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let staff: CaseStaff;

const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
type Notification = { id: string; referral_id: string; read_at: string | null; by_name: string | null; reason: string | null };
const notificationsOf = async (session: Session): Promise<Notification[]> => (await (await t.request('GET', '/api/referrals/notifications', { session })).json()).items;
const markRead = (session: Session | undefined, id: string) => t.request('POST', `/api/referrals/notifications/${id}/read`, { session });

/** A referral of cw.puno supervised by sup.puno, opened by break-glass: one notification for sup.puno. */
async function breakGlassNotification(): Promise<Notification> {
  const body = referralBody({ caseWorkerId: staff.caseWorker.userId, supervisorId: staff.supervisor.userId });
  expect((await t.request('POST', '/api/referrals', { session: staff.caseWorker, body })).status).toBe(201);
  const res = await t.request('POST', `/api/referrals/${body.id}/break-glass`, { session: n.admin, body: { reason: 'Requerimiento fiscal 77-2026 por riesgo de vida' } });
  expect(res.status).toBe(200);
  const found = (await notificationsOf(staff.supervisor)).find((x) => x.referral_id === body.id);
  expect(found).toBeDefined();
  return found!;
}

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  staff = await buildCaseStaff(t, n);
});
afterAll(() => t.close());

describe('marking a notification read', () => {
  it('lists a new notification as unread, and the recipient marks it read once', async () => {
    const note = await breakGlassNotification();
    expect(note).toMatchObject({ read_at: null, by_name: 'net.admin', reason: 'Requerimiento fiscal 77-2026 por riesgo de vida' });
    expect((await markRead(staff.supervisor, note.id)).status).toBe(204);
    const readAt = (await notificationsOf(staff.supervisor)).find((x) => x.id === note.id)!.read_at;
    expect(readAt).toBe(t.clock.now.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    t.clock.advance(60_000);
    expect((await markRead(staff.supervisor, note.id)).status).toBe(204);
    expect((await notificationsOf(staff.supervisor)).find((x) => x.id === note.id)!.read_at).toBe(readAt);
    const audit = await rows<{ actor_id: string }>(sql`SELECT actor_id FROM audit_log WHERE action = 'read_notification' AND entity_id = ${note.id}`);
    expect(audit.map((a) => a.actor_id)).toEqual([staff.supervisor.userId, staff.supervisor.userId]);
  });

  it('lets nobody but the recipient mark it, and leaves it unread', async () => {
    const note = await breakGlassNotification();
    expect((await markRead(staff.otherSupervisor, note.id)).status).toBe(404);
    expect((await markRead(staff.caseWorker, note.id)).status).toBe(403);
    expect((await markRead(n.admin, note.id)).status).toBe(403);
    expect((await markRead(undefined, note.id)).status).toBe(401);
    expect((await markRead(staff.supervisor, '0190c6a4-0000-7000-8000-00000000abcd')).status).toBe(404);
    expect((await t.request('POST', '/api/referrals/notifications/not-an-id/read', { session: staff.supervisor })).status).toBe(400);
    expect((await notificationsOf(staff.supervisor)).find((x) => x.id === note.id)!.read_at).toBeNull();
    const marks = await rows(sql`SELECT 1 FROM audit_log WHERE action = 'read_notification' AND entity_id = ${note.id}`);
    expect(marks).toEqual([]);
  });
});
