/**
 * The training screens' calls to the HTTP API: programmes, enrolments, sessions, attendance,
 * a person's trainings and certificates, and the reach report. Lives in the trainings chunk and
 * follows the shared client's rules (web/api/client.ts): same-origin cookies, the CSRF token on
 * writes, Accept-Language, problem+json → `ApiError`, a 401 reported as a lost session.
 * Attendance marks and sessions carry ids made here, so a resend records once.
 */
import { moduleRequests } from '../api/module-requests.ts';
import type { Items, Organisation } from '../api/types.ts';
import type { PersonSummary } from '../../src/contracts/registry.ts';
import type { TrainingReport, TrainingReportDimension } from '../../src/contracts/training-reports.ts';
import type {
  CertificateOutput, PersonTrainings, ProgrammeOutput, SessionAttendance, SessionInput, SessionOutput, TemplatesLoaded,
} from '../../src/contracts/trainings.ts';
import type { z } from 'zod';

const requests = moduleRequests();

/** Called by the trainings entry with the current session. */
export const connectTrainings = requests.connect;
const request = requests.request;

export type Programme = ProgrammeOutput;
export type Session = SessionOutput;
export type Certificate = CertificateOutput;
export type NewSession = z.input<typeof SessionInput>;
export type Enrolment = { person_id: string; name: string; enrolled_on: string };
export type { PersonSummary, PersonTrainings, SessionAttendance, TrainingReport, TrainingReportDimension };

export interface ReachFilter {
  by: TrainingReportDimension;
  from?: string;
  to?: string;
}

const enc = encodeURIComponent;
export const reachQuery = (f: ReachFilter, format?: 'csv' | 'xlsx'): string =>
  new URLSearchParams(Object.entries({ ...f, ...(format ? { format } : {}) }).filter(([, v]) => v) as [string, string][]).toString();

export const trainingsApi = {
  programmes: () => request<Items<Programme>>('GET', '/api/programmes'),
  programme: (id: string) => request<{ programme: Programme }>('GET', `/api/programmes/${enc(id)}`),
  loadTemplates: () => request<TemplatesLoaded>('POST', '/api/programmes/templates'),
  enrolmentsPath: (id: string) => `/api/programmes/${enc(id)}/enrolments`,
  enrolments: (id: string) => request<Items<Enrolment>>('GET', trainingsApi.enrolmentsPath(id)),
  enrol: (id: string, personIds: string[]) => request<Items<Enrolment>>('POST', `/api/programmes/${enc(id)}/enrolments`, { person_ids: personIds }),
  searchPeople: (q: string) => request<{ items: PersonSummary[] }>('GET', `/api/people?q=${enc(q)}&limit=30`),
  organisations: () => request<Items<Organisation>>('GET', '/api/organisations'),
  sessions: (programmeId: string) => request<Items<Session>>('GET', `/api/training-sessions?programme_id=${enc(programmeId)}`),
  createSession: (input: NewSession) => request<{ session: Session }>('POST', '/api/training-sessions', input),
  sessionPath: (id: string) => `/api/training-sessions/${enc(id)}`,
  session: (id: string) => request<SessionAttendance>('GET', trainingsApi.sessionPath(id)),
  takeAttendance: (id: string, marks: { id: string; person_id: string; present: boolean }[]) =>
    request<SessionAttendance>('POST', `/api/training-sessions/${enc(id)}/attendance`, { marks }),
  personTrainings: (personId: string) => request<PersonTrainings>('GET', `/api/people/${enc(personId)}/trainings`),
  issueCertificate: (input: { id: string; person_id: string; programme_id: string }) => request<{ certificate: Certificate }>('POST', '/api/certificates', input),
  certificatePdfUrl: (id: string) => `/api/certificates/${enc(id)}/pdf`,
  reach: (f: ReachFilter) => request<TrainingReport>('GET', `/api/reports/trainings?${reachQuery(f)}`),
  reachFileUrl: (f: ReachFilter, format: 'csv' | 'xlsx') => `/api/reports/trainings?${reachQuery(f, format)}`,
};
