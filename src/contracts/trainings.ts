/**
 * Training contracts: programmes with modules and a completion rule, sessions where a module is
 * taught, enrolments, attendance marks taken on a phone (each with a client-made id, so a resend
 * records once), a person's progress, and certificates with a public verification code.
 */
import { z } from 'zod';
import { SafeText, SearchText, Uuid } from './common.ts';
import { IsoDate, Ubigeo } from './registry.ts';

/** The default completion rule: three in four of the programme's modules attended. */
export const DEFAULT_MIN_MODULE_SHARE = 0.75;

/** @example { "name": "Liderazgo", "modules": [{ "title": "Autoestima" }, { "title": "Hablar en público" }] } */
export const ProgrammeInput = z.strictObject({
  id: Uuid.optional(),
  name: SafeText(160),
  // May be empty, trimmed, no control characters (SearchText's rules): PostgreSQL refuses NUL, which was a 500.
  description: SearchText(2000).default(''),
  min_module_share: z.number().gt(0).max(1).default(DEFAULT_MIN_MODULE_SHARE),
  organisation_id: Uuid.nullable().optional(),
  modules: z.array(z.strictObject({ title: SafeText(160) })).min(1).max(60),
});
export type ProgrammeInput = z.infer<typeof ProgrammeInput>;

export const ModuleOutput = z.object({ id: Uuid, position: z.number().int(), title: z.string() });

export const ProgrammeOutput = z.object({
  id: Uuid,
  template_key: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  min_module_share: z.number(),
  organisation_id: Uuid.nullable(),
  modules: z.array(ModuleOutput),
  enrolled: z.number().int(),
  certified: z.number().int(),
});
export type ProgrammeOutput = z.infer<typeof ProgrammeOutput>;

/** @example { "programme_id": "0190…", "module_id": "0190…", "held_on": "2026-02-20", "district": "211002", "place": "Local comunal", "facilitator": "Elena Ccama", "organisation_id": "0190…" } */
export const SessionInput = z.strictObject({
  id: Uuid.optional(),
  programme_id: Uuid,
  module_id: Uuid,
  held_on: IsoDate,
  district: Ubigeo.nullable().optional(),
  place: SearchText(200).default(''), // may be empty; no control characters (a NUL was a 500)
  facilitator: SafeText(160),
  organisation_id: Uuid,
});
export type SessionInput = z.infer<typeof SessionInput>;

export const SessionOutput = z.object({
  id: Uuid,
  programme_id: Uuid,
  programme_name: z.string(),
  module_id: Uuid,
  module_title: z.string(),
  held_on: z.string(),
  district: z.string().nullable(),
  place: z.string(),
  facilitator: z.string(),
  organisation_id: Uuid,
  organisation_name: z.string(),
  present: z.number().int(),
});
export type SessionOutput = z.infer<typeof SessionOutput>;

/** Enrolled people with their mark for this session (null: not taken yet). */
export const SessionAttendance = z.object({
  session: SessionOutput,
  people: z.array(z.object({ person_id: Uuid, name: z.string(), present: z.boolean().nullable() })),
});
export type SessionAttendance = z.infer<typeof SessionAttendance>;

export const EnrolInput = z.strictObject({ person_ids: z.array(Uuid).min(1).max(500), enrolled_on: IsoDate.optional() });
export const EnrolmentOutput = z.object({ person_id: Uuid, name: z.string(), enrolled_on: z.string() });

/** @example { "marks": [{ "id": "0190…", "person_id": "0190…", "present": true }] } */
export const AttendanceInput = z.strictObject({
  marks: z.array(z.strictObject({ id: Uuid, person_id: Uuid, present: z.boolean() })).min(1).max(500),
});
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const CERTIFICATE_STATUSES = ['valid', 'voided'] as const;

export const CertificateOutput = z.object({
  id: Uuid,
  code: z.string(),
  verify_url: z.string(),
  person_id: Uuid,
  person_name: z.string(),
  programme_id: Uuid,
  programme_name: z.string(),
  issued_on: z.string(),
  issuer_name: z.string(),
  modules_attended: z.number().int(),
  modules_total: z.number().int(),
  status: z.enum(CERTIFICATE_STATUSES),
  voided_at: z.string().nullable(),
  void_reason: z.string().nullable(),
  verify_reads: z.number().int(),
});
export type CertificateOutput = z.infer<typeof CertificateOutput>;

export const CertificateRequest = z.strictObject({ id: Uuid.optional(), person_id: Uuid, programme_id: Uuid });
export type CertificateRequest = z.infer<typeof CertificateRequest>;
export const VoidCertificateInput = z.strictObject({ reason: SafeText(200) });

/** One programme a person is enrolled in: modules attended against the rule, and her certificate. */
export const ProgrammeProgress = z.object({
  programme_id: Uuid,
  programme_name: z.string(),
  enrolled_on: z.string(),
  modules_attended: z.number().int(),
  modules_total: z.number().int(),
  modules_required: z.number().int(),
  complete: z.boolean(),
  certificate: CertificateOutput.nullable(),
});
export type ProgrammeProgress = z.infer<typeof ProgrammeProgress>;

export const PersonTrainings = z.object({ person_id: Uuid, programmes: z.array(ProgrammeProgress), certificates: z.array(CertificateOutput) });
export type PersonTrainings = z.infer<typeof PersonTrainings>;

export const ProgrammeEnvelope = z.object({ programme: ProgrammeOutput });
export const ProgrammeList = z.object({ items: z.array(ProgrammeOutput) });
export const SessionEnvelope = z.object({ session: SessionOutput });
export const SessionList = z.object({ items: z.array(SessionOutput) });
export const SessionQuery = z.strictObject({ programme_id: Uuid.optional() });
export const EnrolmentList = z.object({ items: z.array(EnrolmentOutput) });
export const CertificateEnvelope = z.object({ certificate: CertificateOutput });
export const TemplatesLoaded = z.object({ created: z.number().int(), updated: z.number().int(), programmes: z.array(ProgrammeOutput) });
export type TemplatesLoaded = z.infer<typeof TemplatesLoaded>;
