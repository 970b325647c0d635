/**
 * Reach of the training programmes: people trained (attended at least one session) and people
 * certified, by programme, profile, sex, region or period. A count under five people is never
 * shown on its own, and one more is hidden when a lone hidden count could be worked out.
 */
import { z } from 'zod';
import { Uuid } from './common.ts';
import { IsoDate } from './registry.ts';

export const TRAINING_REPORT_DIMENSIONS = ['programme', 'profile', 'sex', 'region', 'year', 'month'] as const;
export type TrainingReportDimension = (typeof TRAINING_REPORT_DIMENSIONS)[number];

/** @example GET /api/reports/trainings?by=region&from=2026-01-01&to=2026-12-31&format=csv */
export const TrainingReportQuery = z.strictObject({
  by: z.enum(TRAINING_REPORT_DIMENSIONS).default('programme'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  programme_id: Uuid.optional(),
  /** Limit to the members of one organisation's subtree. */
  organisation_id: Uuid.optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type TrainingReportQuery = z.infer<typeof TrainingReportQuery>;

export const TrainingReportRow = z.object({
  key: z.string(),
  label: z.string(),
  /** True when any figure of the row is hidden. */
  suppressed: z.boolean(),
  /** Distinct people who attended at least one session in the period (null: hidden). */
  trained: z.number().int().nullable(),
  /** Distinct people holding a valid certificate issued in the period (null: hidden). */
  certified: z.number().int().nullable(),
});
export type TrainingReportRow = z.infer<typeof TrainingReportRow>;

export const TrainingReport = z.object({
  by: z.enum(TRAINING_REPORT_DIMENSIONS),
  from: z.string().nullable(),
  to: z.string().nullable(),
  min_cell: z.number().int(),
  rows: z.array(TrainingReportRow),
  total: TrainingReportRow.pick({ trained: true, certified: true }),
});
export type TrainingReport = z.infer<typeof TrainingReport>;
