/** Attendance waiting on the phone laid over the kept list: her ticks survive a reload offline, the newest list wins. */
import { describe, expect, it } from 'vitest';
import { queuedItem } from '../offline/outbox-state.ts';
import { ATTENDANCE_KIND, attendanceUrl, withPendingMarks } from './attendance-offline.ts';
import type { SessionAttendance } from './trainings-api.ts';

const T0 = new Date('2026-03-02T14:00:00Z');
const SESSION = '01900000-0000-7000-8000-0000000000aa';
const ROSA = '01900000-0000-7000-8000-000000000001';
const EVA = '01900000-0000-7000-8000-000000000002';
const view = {
  session: { id: SESSION } as SessionAttendance['session'],
  people: [{ person_id: ROSA, name: 'Rosa Quispe', present: null }, { person_id: EVA, name: 'Eva Mamani', present: true }],
} satisfies SessionAttendance;
const list = (id: string, marks: [string, boolean][]) =>
  queuedItem({ id, kind: ATTENDANCE_KIND, owner: 'promotora', method: 'POST', url: attendanceUrl(SESSION), body: { marks: marks.map(([p, present], i) => ({ id: `${id}-${i}`, person_id: p, present })) } }, T0);

describe('attendance waiting on the phone', () => {
  it('shows the kept list as it is when nothing waits', () => {
    expect(withPendingMarks(view, [])).toBe(view);
  });

  it('ticks what waits over the kept list, the newest list last', () => {
    const shown = withPendingMarks(view, [list('i1', [[ROSA, true], [EVA, true]]), list('i2', [[ROSA, true], [EVA, false]])]);
    expect(shown.people.map((p) => [p.name, p.present])).toEqual([['Rosa Quispe', true], ['Eva Mamani', false]]);
    expect(view.people[1]!.present).toBe(true);
  });

  it('names the attendance route of the session', () => {
    expect(attendanceUrl(SESSION)).toBe(`/api/training-sessions/${SESSION}/attendance`);
  });
});
