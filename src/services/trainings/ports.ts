/**
 * Repository interfaces of the trainings module: programmes with modules, sessions, enrolments
 * and attendance (trainings), certificates (with the read counter of the public page) and the
 * reach report's aggregates. src/db implements them; services see no SQL.
 */
import type { TrainingReportDimension } from '../../contracts/training-reports.ts';

export interface ModuleRecord {
  id: string;
  position: number;
  title: string;
}

export interface ProgrammeRecord {
  id: string;
  template_key: string | null;
  name: string;
  description: string;
  min_module_share: number;
  organisation_id: string | null;
  modules: ModuleRecord[];
}

export interface ProgrammeCounts {
  enrolled: number;
  certified: number;
}

export interface SessionRecord {
  id: string;
  programme_id: string;
  programme_name: string;
  module_id: string;
  module_title: string;
  held_on: string;
  district: string | null;
  place: string;
  facilitator: string;
  organisation_id: string;
  organisation_name: string;
  present: number;
}

export interface NewSession {
  id: string;
  programme_id: string;
  module_id: string;
  held_on: string;
  district: string | null;
  place: string;
  facilitator: string;
  organisation_id: string;
  created_by: string | null;
}

export interface Enrolment {
  person_id: string;
  name: string;
  enrolled_on: string;
}

export interface AttendanceMark {
  id: string;
  person_id: string;
  present: boolean;
}

export interface TrainingsRepo {
  /** Inserts a programme and its modules (ids made by the caller). */
  insertProgramme(p: ProgrammeRecord, createdBy: string | null): Promise<void>;
  /** Updates name, description and rule; sets module titles by position, adding new positions. */
  updateProgramme(p: ProgrammeRecord): Promise<void>;
  findProgramme(id: string): Promise<ProgrammeRecord | undefined>;
  findProgrammeByTemplate(key: string): Promise<ProgrammeRecord | undefined>;
  listProgrammes(): Promise<(ProgrammeRecord & ProgrammeCounts)[]>;
  countsOf(programmeId: string): Promise<ProgrammeCounts>;
  insertSession(s: NewSession): Promise<void>;
  findSession(id: string): Promise<SessionRecord | undefined>;
  /** Newest first; `organisationIds` null: every organisation. */
  listSessions(filter: { programmeId?: string; organisationIds: readonly string[] | null }): Promise<SessionRecord[]>;
  /** Enrols each person once; returns how many were new. */
  enrol(programmeId: string, personIds: readonly string[], enrolledOn: string, createdBy: string | null): Promise<number>;
  listEnrolments(programmeId: string): Promise<Enrolment[]>;
  /** The people among `personIds` enrolled in the programme. */
  enrolledAmong(programmeId: string, personIds: readonly string[]): Promise<Set<string>>;
  enrolmentsOfPerson(personId: string): Promise<{ programme_id: string; enrolled_on: string }[]>;
  /** Marks by their client-made ids, to recognise a resend. */
  marksById(ids: readonly string[]): Promise<(AttendanceMark & { session_id: string })[]>;
  /** Sets each person's mark for the session (one per person; the latest wins). */
  upsertMarks(sessionId: string, marks: readonly AttendanceMark[], recordedBy: string | null, at: Date): Promise<void>;
  sessionMarks(sessionId: string): Promise<Map<string, boolean>>;
  /** Module ids of the programme's sessions she was marked present at. */
  attendedModuleIds(personId: string, programmeId: string): Promise<string[]>;
  /** After a duplicate merge: her enrolments move, and a session either record marked her present counts. */
  reassignPerson(fromPersonId: string, toPersonId: string): Promise<void>;
}

export interface CertificateRecord {
  id: string;
  code: string;
  person_id: string;
  programme_id: string;
  issued_on: string;
  modules_attended: number;
  modules_total: number;
  issued_by: string | null;
  issuer_organisation_id: string | null;
  issued_at: Date;
  voided_at: Date | null;
  void_reason: string | null;
  verify_reads: number;
}

export interface CertificatesRepo {
  insert(c: Omit<CertificateRecord, 'voided_at' | 'void_reason' | 'verify_reads'>): Promise<CertificateRecord>;
  findById(id: string): Promise<CertificateRecord | undefined>;
  findValid(personId: string, programmeId: string): Promise<CertificateRecord | undefined>;
  listForPerson(personId: string): Promise<CertificateRecord[]>;
  /** Counts one read of the public verification page and returns the certificate. */
  readByCode(code: string): Promise<CertificateRecord | undefined>;
  voidOne(id: string, at: Date, reason: string): Promise<CertificateRecord | undefined>;
  /** After a duplicate merge: certificates move; one the kept record already holds valid is voided on the merged side. */
  reassignPerson(fromPersonId: string, toPersonId: string, at: Date): Promise<void>;
}

export interface ReachFilter {
  from?: string;
  to?: string;
  programmeId?: string;
  /** Only people who belong to these organisations; null: everyone. */
  organisationIds: readonly string[] | null;
}

export interface ReachAggregate {
  key: string;
  label: string;
  trained: number;
  certified: number;
}

export interface TrainingReportsRepo {
  /** Distinct people trained and certified per group, and over the whole report (each once). */
  reach(by: TrainingReportDimension, filter: ReachFilter): Promise<{ groups: ReachAggregate[]; total: { trained: number; certified: number } }>;
}

export interface TrainingRepos {
  trainings: TrainingsRepo;
  certificates: CertificatesRepo;
  trainingReports: TrainingReportsRepo;
}
