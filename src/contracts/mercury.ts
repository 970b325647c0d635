/**
 * Mercury exposure follow-up on the wire: evaluations (sample type and unit, value, date,
 * laboratory, method, optional symptoms), their screening class against the thresholds, the
 * thresholds an admin may change, aggregates with small cells hidden and the reminders list.
 * Individual shapes travel only to health workers and the woman herself.
 */
import { z } from 'zod';
import { ListFormat, SafeText, Uuid } from './common.ts';
import { IsoDate } from './registry.ts';

export const SAMPLE_TYPES = ['hair', 'urine', 'blood'] as const;
export type SampleType = (typeof SAMPLE_TYPES)[number];
/** µg/g (hair), µg/L (urine, blood), µg/g creatinine (urine). */
export const MERCURY_UNITS = ['ug_g', 'ug_l', 'ug_g_creatinine'] as const;
export type MercuryUnit = (typeof MERCURY_UNITS)[number];
/** Screening classes, not a diagnosis. */
export const CLASSIFICATIONS = ['below_reference', 'above_reference', 'above_alert'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
/** Symptoms a health worker may tick (optional checklist). */
export const SYMPTOMS = [
  'tremor', 'headache', 'fatigue', 'memory_problems', 'irritability', 'sleep_problems', 'gum_inflammation', 'metallic_taste', 'numbness', 'vision_problems', 'other',
] as const;

export const EvaluationInput = z.strictObject({
  id: Uuid.optional(),
  person_id: Uuid,
  organisation_id: Uuid.optional(),
  sample_type: z.enum(SAMPLE_TYPES),
  unit: z.enum(MERCURY_UNITS),
  value: z.number().min(0, 'cannot be negative').max(100_000),
  sampled_on: IsoDate,
  laboratory: SafeText(160),
  method: SafeText(160),
  symptoms: z.array(z.enum(SYMPTOMS)).max(SYMPTOMS.length).default([]),
  /** Left out: 3, 6 or 12 months after the sample, by class. */
  next_due_on: IsoDate.optional(),
  note: SafeText(1000).optional(),
});
export type EvaluationInput = z.infer<typeof EvaluationInput>;

export const EvaluationOutput = z.object({
  id: Uuid, person_id: Uuid, organisation_id: Uuid.nullable(), sample_type: z.enum(SAMPLE_TYPES), unit: z.enum(MERCURY_UNITS), value: z.number(),
  sampled_on: z.string(), laboratory: z.string(), method: z.string(), symptoms: z.array(z.string()),
  classification: z.enum(CLASSIFICATIONS), reference_used: z.number(), alert_used: z.number(), follow_up: z.boolean(),
  next_due_on: z.string().nullable(), note: z.string(),
});
export type EvaluationOutput = z.infer<typeof EvaluationOutput>;
export const EvaluationEnvelope = z.object({ evaluation: EvaluationOutput });
export const EvaluationList = z.object({ person_id: Uuid, items: z.array(EvaluationOutput) });

export const ThresholdOutput = z.object({
  key: z.string(), sample_type: z.enum(SAMPLE_TYPES), unit: z.enum(MERCURY_UNITS), reference: z.number(), alert: z.number(), source: z.string(), version: z.number().int(),
});
export type ThresholdOutput = z.infer<typeof ThresholdOutput>;
export const ThresholdList = z.object({ items: z.array(ThresholdOutput) });
export const ThresholdKeyParam = z.object({ key: z.string().regex(/^[a-z_]{1,40}$/) });
export const ThresholdUpdate = z.strictObject({
  reference: z.number().min(0).max(100_000),
  alert: z.number().positive().max(100_000),
  source: SafeText(300).optional(),
  version: z.number().int().positive(),
});
export type ThresholdUpdate = z.infer<typeof ThresholdUpdate>;
export const ThresholdEnvelope = z.object({ threshold: ThresholdOutput });

export const MERCURY_DIMENSIONS = ['region', 'profile'] as const;
export const AggregateQuery = z.strictObject({ by: z.enum(MERCURY_DIMENSIONS).default('region'), organisation_id: Uuid.optional(), format: ListFormat });
export type AggregateQuery = z.infer<typeof AggregateQuery>;
const Counts = { evaluated: z.number().int().nullable(), above_reference: z.number().int().nullable(), above_alert: z.number().int().nullable() };
export const AggregateReport = z.object({
  by: z.enum(MERCURY_DIMENSIONS), min_cell: z.number().int(),
  rows: z.array(z.object({ key: z.string(), label: z.string(), suppressed: z.boolean(), ...Counts })),
  total: z.object(Counts),
});
export type AggregateReport = z.infer<typeof AggregateReport>;

export const ReminderQuery = z.strictObject({ within_days: z.coerce.number().int().min(0).max(365).default(30), organisation_id: Uuid.optional(), format: ListFormat });
export type ReminderQuery = z.infer<typeof ReminderQuery>;
export const ReminderRow = z.object({
  person_id: Uuid, name: z.string(), last_sampled_on: z.string(), classification: z.enum(CLASSIFICATIONS), follow_up: z.boolean(), next_due_on: z.string(), overdue: z.boolean(),
});
export type ReminderRow = z.infer<typeof ReminderRow>;
export const ReminderList = z.object({ until: z.string(), items: z.array(ReminderRow) });
export type ReminderList = z.infer<typeof ReminderList>;
