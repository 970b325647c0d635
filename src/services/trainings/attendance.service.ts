/**
 * Taking attendance at a session, from a phone that may have been offline: each mark carries a
 * client-made id, so sending the same list again changes nothing (and an old resend never
 * overwrites a newer mark; a mark equal to the one recorded writes nothing). Every mark must
 * name a person enrolled in the programme, once; a session dated after today cannot have
 * attendance yet. Any problem is named by field and nothing is written.
 */
import type { AttendanceInput, SessionAttendance } from '../../contracts/trainings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import type { AttendanceMark, SessionRecord } from './ports.ts';
import { getSessionInScope, sessionAttendance } from './sessions.service.ts';

async function markProblems(repos: Repos, session: SessionRecord, marks: readonly AttendanceMark[], today: string): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (session.held_on > today) {
    problems.push({ path: 'held_on', code: 'attendance.session_in_future', params: { date: session.held_on },
      message: `the session is on ${session.held_on}; attendance can be taken from that day` });
  }
  const enrolled = await repos.trainings.enrolledAmong(session.programme_id, marks.map((m) => m.person_id));
  const earlier = new Map((await repos.trainings.marksById(marks.map((m) => m.id))).map((m) => [m.id, m]));
  const seen = new Set<string>();
  marks.forEach((m, i) => {
    if (!enrolled.has(m.person_id)) {
      problems.push({ path: `marks.${i}.person_id`, code: 'attendance.not_enrolled', message: 'is not enrolled in this programme' });
    } else if (seen.has(m.person_id)) {
      problems.push({ path: `marks.${i}.person_id`, code: 'attendance.duplicate', message: 'is marked twice in this list' });
    }
    seen.add(m.person_id);
    const before = earlier.get(m.id);
    if (before && (before.session_id !== session.id || before.person_id !== m.person_id)) {
      problems.push({ path: `marks.${i}.id`, code: 'attendance.id_reused', message: 'this id already belongs to another mark' });
    }
  });
  return problems;
}

export async function recordAttendance(deps: ServiceDeps, ctx: CallContext, sessionId: string, input: AttendanceInput): Promise<SessionAttendance> {
  authorize(ctx.actor, 'trainings.attendance');
  const today = todayOf(deps);
  await deps.store.transaction(async (repos) => {
    const session = await getSessionInScope(repos, ctx, sessionId);
    const problems = await markProblems(repos, session, input.marks, today);
    if (problems.length) throw validationFailed(problems);
    const known = new Set((await repos.trainings.marksById(input.marks.map((m) => m.id))).map((m) => m.id));
    // A mark already as the session has it changes nothing: a resent list that replaced an earlier
    // one (its ids never stored, the row keeps the first id) writes no second change or audit row.
    const current = await repos.trainings.sessionMarks(sessionId);
    const fresh = input.marks.filter((m) => !known.has(m.id) && current.get(m.person_id) !== m.present);
    if (!fresh.length) return;
    await repos.trainings.upsertMarks(sessionId, fresh, ctx.actor.type === 'user' ? ctx.actor.id : null, deps.clock());
    await recordAudit(repos, ctx, deps.clock(), {
      action: 'take_attendance', entity: 'training_session', entityId: sessionId,
      after: { present: fresh.filter((m) => m.present).map((m) => m.person_id), absent: fresh.filter((m) => !m.present).map((m) => m.person_id) },
    });
  });
  return sessionAttendance(deps, ctx, sessionId);
}
