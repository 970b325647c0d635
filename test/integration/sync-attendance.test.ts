/**
 * Training attendance through POST /api/sync, as a promoter's phone sends it after a day with
 * no signal: the same attendance item sent twice (in two batches, or twice in one) is recorded
 * once; a list for a session queued on the phone after it arrives with it; attendance for a
 * session not yet on the server waits (424) and is taken once the session arrives; a resent
 * older list does not undo the newer one queued after it.
 */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';
import { createProgramme, enrol, marks, type Programme } from '../support/trainings.ts';

let t: TestApp;
let n: Network;
let p: Programme;
let women: string[];
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  p = await createProgramme(t, n.leaderAnanea);
  women = [await createWoman(t, n), await createWoman(t, n)];
  await enrol(t, n.promoterAnanea, p.id, women);
});
afterAll(() => t.close());

type Item = { id: string; method: 'POST'; path: string; body: Record<string, unknown> };
type Result = { id: string; status: number; body: Record<string, unknown> };
const item = (path: string, body: Record<string, unknown>): Item => ({ id: uuidv7(), method: 'POST', path, body });
const attendance = (sessionId: string, body: Record<string, unknown>) => item(`/api/training-sessions/${sessionId}/attendance`, body);
const newSession = () => {
  const id = uuidv7();
  return { id, item: item('/api/training-sessions', { id, programme_id: p.id, module_id: p.modules[0]!.id, organisation_id: n.ananea, held_on: '2026-02-20', district: '211002', place: 'Local comunal', facilitator: 'Elena Ccama' }) };
};
const results = async (items: Item[]) => {
  const res = await t.request('POST', '/api/sync', { session: n.promoterAnanea, body: { items } });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { results: Result[] }).results;
};
const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const marksOf = (sessionId: string) =>
  rows<{ person_id: string; present: boolean }>(sql`SELECT person_id, present FROM training_attendance WHERE session_id = ${sessionId} ORDER BY person_id`);
const takeAudits = async (sessionId: string) =>
  (await rows<{ c: string }>(sql`SELECT count(*) AS c FROM audit_log WHERE entity = 'training_session' AND entity_id = ${sessionId} AND action = 'take_attendance'`)).map((r) => Number(r.c))[0];
const sorted = (list: { person_id: string; present: boolean }[]) => [...list].sort((a, b) => (a.person_id < b.person_id ? -1 : 1));

describe('attendance through a sync batch', () => {
  it('records the same attendance item sent twice once, in two batches and twice in one', async () => {
    const session = newSession();
    const list = attendance(session.id, { marks: [{ id: uuidv7(), person_id: women[0]!, present: true }, { id: uuidv7(), person_id: women[1]!, present: false }] });
    const first = await results([session.item, list]);
    expect(first.map((r) => r.status)).toEqual([201, 200]);
    expect(first[1]!.body).toMatchObject({ session: { id: session.id, present: 1 } });
    const expected = sorted([{ person_id: women[0]!, present: true }, { person_id: women[1]!, present: false }]);
    expect(await marksOf(session.id)).toEqual(expected);
    expect(await takeAudits(session.id)).toBe(1);

    const again = await results([session.item, list, list]);
    expect(again.map((r) => r.status < 300)).toEqual([true, true, true]);
    expect(again[2]!.body).toMatchObject({ session: { id: session.id, present: 1 } });
    expect(await marksOf(session.id)).toEqual(expected);
    expect(await takeAudits(session.id)).toBe(1);
  });

  it('keeps attendance for a session not yet on the server waiting (424), then takes it once the session arrives', async () => {
    const session = newSession();
    const list = attendance(session.id, marks([women[0]!]));
    const [early] = await results([list]);
    expect(early!.status).toBe(424);
    expect(await marksOf(session.id)).toEqual([]);
    expect((await results([session.item, list])).map((r) => r.status)).toEqual([201, 200]);
    expect(await marksOf(session.id)).toEqual([{ person_id: women[0]!, present: true }]);
  });

  it('does not let a resent older list undo the newer one queued after it', async () => {
    const session = newSession();
    const older = attendance(session.id, marks(women, false));
    const newer = attendance(session.id, marks(women, true));
    expect((await results([session.item, older, newer])).map((r) => r.status)).toEqual([201, 200, 200]);
    expect((await results([session.item, older, newer])).map((r) => r.status < 300)).toEqual([true, true, true]);
    expect(await marksOf(session.id)).toEqual(sorted(women.map((person_id) => ({ person_id, present: true }))));
    expect(await takeAudits(session.id)).toBe(2);
  });

  it('refuses a list naming a woman not enrolled, naming the mark, and writes nothing', async () => {
    const session = newSession();
    const stranger = await createWoman(t, n);
    const [, refused] = await results([session.item, attendance(session.id, marks([women[0]!, stranger]))]);
    expect(refused).toMatchObject({ status: 400, body: { details: [{ path: 'marks.1.person_id', code: 'attendance.not_enrolled' }] } });
    expect(await marksOf(session.id)).toEqual([]);
  });
});
