/**
 * Enrolments in a programme and attendance marks per session: the half of TrainingsRepo that a
 * promoter's phone writes to. A mark is keyed by its client-made id and unique per session and
 * person, so a resend or a second phone taking the same list changes nothing twice.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows } from '../rows.ts';
import type { TrainingsRepo } from '../../services/trainings/ports.ts';
import type { Db } from '../client.ts';
import { people, trainingAttendance, trainingEnrolments, trainingSessions } from '../schema/index.ts';

type AttendancePart = Pick<TrainingsRepo, 'enrol' | 'listEnrolments' | 'enrolledAmong' | 'enrolmentsOfPerson' | 'marksById' | 'upsertMarks' | 'sessionMarks' | 'attendedModuleIds' | 'reassignPerson'>;

const fullName = sql<string>`concat_ws(' ', ${people.givenNames}, ${people.paternalSurname}, nullif(${people.maternalSurname}, ''))`;

export function attendanceRepoPart(db: Db): AttendancePart {
  return {
    async enrol(programmeId, personIds, enrolledOn, createdBy) {
      const rows = await db.insert(trainingEnrolments)
        .values(personIds.map((personId) => ({ programmeId, personId, enrolledOn, createdBy })))
        .onConflictDoNothing().returning({ personId: trainingEnrolments.personId });
      return rows.length;
    },
    async listEnrolments(programmeId) {
      return db.select({ person_id: trainingEnrolments.personId, name: fullName, enrolled_on: trainingEnrolments.enrolledOn })
        .from(trainingEnrolments).innerJoin(people, eq(people.id, trainingEnrolments.personId))
        .where(and(eq(trainingEnrolments.programmeId, programmeId), sql`${people.mergedIntoId} IS NULL`))
        .orderBy(asc(people.paternalSurname), asc(people.givenNames));
    },
    async enrolledAmong(programmeId, personIds) {
      if (!personIds.length) return new Set();
      const rows = await db.select({ id: trainingEnrolments.personId }).from(trainingEnrolments)
        .where(and(eq(trainingEnrolments.programmeId, programmeId), inArray(trainingEnrolments.personId, [...personIds])));
      return new Set(rows.map((r) => r.id));
    },
    async enrolmentsOfPerson(personId) {
      return db.select({ programme_id: trainingEnrolments.programmeId, enrolled_on: trainingEnrolments.enrolledOn })
        .from(trainingEnrolments).where(eq(trainingEnrolments.personId, personId)).orderBy(asc(trainingEnrolments.enrolledOn));
    },
    async marksById(ids) {
      if (!ids.length) return [];
      return db.select({ id: trainingAttendance.id, session_id: trainingAttendance.sessionId, person_id: trainingAttendance.personId, present: trainingAttendance.present })
        .from(trainingAttendance).where(inArray(trainingAttendance.id, [...ids]));
    },
    async upsertMarks(sessionId, marks, recordedBy, at) {
      if (!marks.length) return;
      await db.insert(trainingAttendance)
        .values(marks.map((m) => ({ id: m.id, sessionId, personId: m.person_id, present: m.present, recordedBy, recordedAt: at })))
        .onConflictDoUpdate({
          target: [trainingAttendance.sessionId, trainingAttendance.personId],
          set: { present: sql`excluded.present`, recordedBy: sql`excluded.recorded_by`, recordedAt: sql`excluded.recorded_at` },
        });
    },
    async sessionMarks(sessionId) {
      const rows = await db.select({ person: trainingAttendance.personId, present: trainingAttendance.present })
        .from(trainingAttendance).where(eq(trainingAttendance.sessionId, sessionId));
      return new Map(rows.map((r) => [r.person, r.present]));
    },
    async attendedModuleIds(personId, programmeId) {
      const rows = await db.select({ moduleId: trainingSessions.moduleId }).from(trainingAttendance)
        .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
        .where(and(eq(trainingAttendance.personId, personId), eq(trainingSessions.programmeId, programmeId), eq(trainingAttendance.present, true)));
      return rows.map((r) => r.moduleId);
    },
    async reassignPerson(from, to) {
      await queryRows(db, sql`INSERT INTO training_enrolments (programme_id, person_id, enrolled_on, created_by, created_at)
        SELECT programme_id, ${to}, enrolled_on, created_by, created_at FROM training_enrolments WHERE person_id = ${from} ON CONFLICT DO NOTHING`);
      await db.delete(trainingEnrolments).where(eq(trainingEnrolments.personId, from));
      // Where both records have a mark for a session, present on either side wins; the rest move.
      await queryRows(db, sql`UPDATE training_attendance k SET present = true FROM training_attendance m
        WHERE k.person_id = ${to} AND m.person_id = ${from} AND m.session_id = k.session_id AND m.present AND NOT k.present`);
      await queryRows(db, sql`UPDATE training_attendance SET person_id = ${to}
        WHERE person_id = ${from} AND session_id NOT IN (SELECT session_id FROM training_attendance WHERE person_id = ${to})`);
      // Her marks for those sessions are folded into the survivor's above; none may stay on the merged record.
      await queryRows(db, sql`DELETE FROM training_attendance WHERE person_id = ${from}`);
    },
  };
}
