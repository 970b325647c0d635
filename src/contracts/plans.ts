/**
 * Action plan monitoring over the API: plan summaries, the plan tree with each node's status
 * and latest progress, a node's page (its updates and indicators with their trend), and the
 * inputs for a progress update and a measured indicator value. The plan file itself is in
 * plan-file.ts.
 */
import { z } from 'zod';
import { FileName, SafeText, Uuid } from './common.ts';
import { IndicatorQuery } from './indicator-queries.ts';
import { PLAN_LEVELS, PLAN_NODE_KINDS, PLAN_STATUSES, PlanStatus } from './plan-file.ts';
import { IsoDate } from './registry.ts';

export const PlanImportQuery = z.strictObject({ file_name: FileName(1).default('plan.json') });

/** @example { "plan_id": "0190…", "key": "puno-2030", "created": false, "objectives": 8, "results": 15, "actions": 34, "indicators": 3, "progress_added": 0, "archived": 0 } */
export const PlanImportResult = z.object({
  plan_id: Uuid,
  key: z.string(),
  title: z.string(),
  created: z.boolean(),
  objectives: z.number().int(),
  results: z.number().int(),
  actions: z.number().int(),
  indicators: z.number().int(),
  /** Progress entries of the file not seen before. */
  progress_added: z.number().int(),
  /** Nodes and indicators of an earlier import that the file no longer has (kept, with their history). */
  archived: z.number().int(),
});
export type PlanImportResult = z.infer<typeof PlanImportResult>;

const StatusCounts = z.object(Object.fromEntries(PLAN_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof PLAN_STATUSES)[number], z.ZodNumber>);

export const PlanSummary = z.object({
  id: Uuid,
  key: z.string(),
  title: z.string(),
  horizon: z.number().int(),
  source_file: z.string(),
  objectives: z.number().int(),
  results: z.number().int(),
  actions: z.number().int(),
  indicators: z.number().int(),
  updated_at: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;
export const PlanList = z.object({ items: z.array(PlanSummary) });

export const PlanEntityOutput = z.object({ name: z.string(), organisation_id: Uuid.nullable() });

export const ProgressOutput = z.object({
  id: Uuid,
  node_id: Uuid,
  reported_on: z.string(),
  author_name: z.string(),
  note: z.string(),
  percent: z.number().int(),
  status: z.enum(PLAN_STATUSES).nullable(),
  evidence_url: z.string().nullable(),
  created_at: z.string(),
});
export type ProgressOutput = z.infer<typeof ProgressOutput>;

export const PlanNodeOutput = z.object({
  id: Uuid,
  kind: z.enum(PLAN_NODE_KINDS),
  code: z.string(),
  parent_id: Uuid.nullable(),
  depth: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  level: z.enum(PLAN_LEVELS),
  status: z.enum(PLAN_STATUSES),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  version: z.number().int(),
  responsible: z.array(PlanEntityOutput),
  involved: z.array(PlanEntityOutput),
  /** Share done: the latest update for an action, the mean of its children for a result or objective. */
  percent: z.number().int(),
  latest_progress: ProgressOutput.nullable(),
  indicators: z.number().int(),
  /** False for an ancestor shown only to place a match of the filter. */
  matches: z.boolean(),
});
export type PlanNodeOutput = z.infer<typeof PlanNodeOutput>;

export const PlanTreeQuery = z.strictObject({ level: z.enum(PLAN_LEVELS).optional(), entity: z.string().trim().min(1).max(200).optional() });
export type PlanTreeQuery = z.infer<typeof PlanTreeQuery>;

export const PlanTree = z.object({
  plan: PlanSummary.extend({ percent: z.number().int(), status_counts: StatusCounts }),
  entities: z.array(PlanEntityOutput),
  nodes: z.array(PlanNodeOutput),
});
export type PlanTree = z.infer<typeof PlanTree>;

export const TrendOutput = z.object({
  direction: z.enum(['up', 'down']).nullable(),
  rows: z.array(z.object({ year: z.number().int(), target: z.number().nullable(), expected: z.number().nullable(), actual: z.number().nullable() })),
  latest: z.object({ year: z.number().int(), value: z.number(), measured_on: z.string() }).nullable(),
  on_track: z.boolean().nullable(),
});

export const IndicatorOutput = z.object({
  id: Uuid,
  code: z.string(),
  node_id: Uuid,
  name: z.string(),
  unit: z.string(),
  baseline: z.object({ value: z.number(), year: z.number().int(), source: z.string().nullable() }).nullable(),
  targets: z.array(z.object({ year: z.number().int(), value: z.number() })),
  actuals: z.array(z.object({ id: Uuid, measured_on: z.string(), value: z.number(), source: z.string() })),
  /** The indicator-engine query whose value is computed on demand (null: values by hand only). */
  live_query: IndicatorQuery.nullable(),
  /** The live query's value today (null without a query); counted in the trend as today's measurement. */
  live: z.object({ value: z.number().nullable(), n: z.number().int().nullable(), computed_on: z.string(), problem: z.string().nullable() }).nullable(),
  trend: TrendOutput,
});
export type IndicatorOutput = z.infer<typeof IndicatorOutput>;

export const PlanNodeDetail = z.object({
  plan: z.object({ id: Uuid, title: z.string() }),
  path: z.array(z.object({ id: Uuid, code: z.string(), title: z.string() })),
  node: PlanNodeOutput,
  updates: z.array(ProgressOutput),
  indicators: z.array(IndicatorOutput),
});
export type PlanNodeDetail = z.infer<typeof PlanNodeDetail>;

/**
 * A progress update as typed on a phone; the id is made by the client so a resend is stored once.
 * @example { "id": "0190…", "reported_on": "2026-03-01", "percent": 40, "note": "Taller en Ananea con 32 socias", "status": "in_progress", "evidence_url": "https://…" }
 */
export const ProgressInput = z.strictObject({
  id: Uuid,
  reported_on: IsoDate,
  percent: z.number().int('must be a whole percentage').min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
  note: SafeText(2000),
  status: PlanStatus.optional(),
  evidence_url: z.url({ protocol: /^https?$/, error: 'must be an http(s) link' }).max(1000).nullable().optional(),
});
export type ProgressInput = z.infer<typeof ProgressInput>;

/** @example { "id": "0190…", "measured_on": "2026-02-28", "value": 214, "source": "Registro de pallaqueras, Minem" } */
export const ActualInput = z.strictObject({ id: Uuid, measured_on: IsoDate, value: z.number().min(-1e12).max(1e12), source: SafeText(300) });
export type ActualInput = z.infer<typeof ActualInput>;

export const PLAN_REPORT_FORMATS = ['json', 'xlsx', 'pdf'] as const;
/** The PDF is written in Spanish (`lang=es`, the default) or English. */
export const PlanReportQuery = z.strictObject({ from: IsoDate, to: IsoDate, format: z.enum(PLAN_REPORT_FORMATS).default('json'), lang: z.enum(['es', 'en']).default('es') });
export type PlanReportQuery = z.infer<typeof PlanReportQuery>;

export const PlanReport = z.object({
  plan: z.object({ id: Uuid, title: z.string(), percent: z.number().int() }),
  from: z.string(),
  to: z.string(),
  rows: z.array(z.object({
    code: z.string(), kind: z.enum(PLAN_NODE_KINDS), title: z.string(), level: z.enum(PLAN_LEVELS), status: z.enum(PLAN_STATUSES),
    percent: z.number().int(), updates: z.number().int(), last_reported_on: z.string().nullable(), last_note: z.string().nullable(),
  })),
  /** Every progress update reported in the range, oldest first. */
  updates: z.array(ProgressOutput.extend({ code: z.string(), title: z.string() })),
  indicators: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string(), baseline: z.number().nullable(), target: z.number().nullable(), target_year: z.number().int().nullable(), latest: z.number().nullable(), on_track: z.boolean().nullable() })),
});
export type PlanReport = z.infer<typeof PlanReport>;
