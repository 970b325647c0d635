/**
 * Training lists as CSV/XLSX downloads for the facilitator's records: the people enrolled in a
 * programme, and a session's attendance sheet (each enrolled person with her mark: present,
 * absent, or empty when not taken yet). Rows are the ones the JSON routes give the same caller:
 * only people in her scope, checked in sessions.service.ts.
 */
import type { SessionAttendance } from '../../contracts/trainings.ts';
import { recordsFile, type FileFormat, type TableFile } from '../files/table-file.ts';

const ENROLMENT_COLUMNS = ['name', 'enrolled_on', 'person_id'];
const ATTENDANCE_COLUMNS = ['programme', 'module', 'held_on', 'place', 'facilitator', 'name', 'attendance', 'person_id'];

export function enrolmentsFile(enrolments: readonly { person_id: string; name: string; enrolled_on: string }[], programmeId: string, format: FileFormat): Promise<TableFile> {
  return recordsFile(enrolments, { columns: ENROLMENT_COLUMNS, name: `pallay-enrolments-${programmeId}`, sheet: 'enrolments', format });
}

const mark = (present: boolean | null) => (present === null ? null : present ? 'present' : 'absent');

/** One row per enrolled person, the session's details repeated so a merged sheet still reads. */
export function attendanceRows(sheet: SessionAttendance): Record<string, unknown>[] {
  const s = sheet.session;
  return sheet.people.map((p) => ({
    programme: s.programme_name, module: s.module_title, held_on: s.held_on, place: s.place, facilitator: s.facilitator,
    name: p.name, attendance: mark(p.present), person_id: p.person_id,
  }));
}

export function attendanceFile(sheet: SessionAttendance, format: FileFormat): Promise<TableFile> {
  return recordsFile(attendanceRows(sheet), { columns: ATTENDANCE_COLUMNS, name: `pallay-attendance-${sheet.session.held_on}-${sheet.session.id}`, sheet: 'attendance', format });
}
