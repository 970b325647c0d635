/**
 * The action-plan file that `pallay plan import` and POST /api/plans/import read (the shipped
 * template is data/study/action-plan.json; docs/action-plans.md describes every field). A plan
 * is written nested (objectives → results → actions) or, for spreadsheets turned into JSON,
 * flat: top-level `results` naming their `objective`, `actions` naming their `result`, and
 * `indicators` naming the node they `attach_to`. Both forms may be mixed in one file.
 *
 * This schema checks shapes only; the rules between parts (unique codes, parents that exist,
 * targets after the baseline) are in src/domain/plans/plan-file.ts.
 */
import { z } from 'zod';
import { SafeText, Uuid } from './common.ts';
import { IndicatorQuery } from './indicator-queries.ts';
import { IsoDate } from './registry.ts';

export const PLAN_LEVELS = ['national', 'regional', 'local'] as const;
export const PLAN_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export const PLAN_NODE_KINDS = ['objective', 'result', 'action'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export type PlanNodeKind = (typeof PLAN_NODE_KINDS)[number];

const oneOf = (what: string, allowed: readonly string[]) => ({
  error: (issue: { input?: unknown }) => `unknown ${what} "${String(issue.input)}": use one of ${allowed.join(', ')}`,
});
export const PlanLevel = z.enum(PLAN_LEVELS, oneOf('level', PLAN_LEVELS));
export const PlanStatus = z.enum(PLAN_STATUSES, oneOf('status', PLAN_STATUSES));

/** Codes as written in the plan: "SO1", "R1", "1.1.2". */
export const PlanCode = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'must be letters, digits, dots, _ or - (at most 40), like "1.1.2"');
const Year = z.number().int().min(1990).max(2100);

/** A registered organisation (by id) or any other body by its name ("Minem", "Diresa Puno"). */
export const PlanEntity = z.union([SafeText(200), z.strictObject({ name: SafeText(200).optional(), organisation_id: Uuid.optional() })]);
export type PlanEntity = z.infer<typeof PlanEntity>;

/** Progress already reported elsewhere; re-importing the same entry adds nothing. */
export const PlanFileProgress = z.strictObject({
  date: IsoDate,
  percent: z.number().int('must be a whole percentage').min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
  note: SafeText(2000),
  author: SafeText(200).optional(),
  status: PlanStatus.optional(),
  evidence_url: z.url({ protocol: /^https?$/, error: 'must be an http(s) link' }).max(1000).optional(),
});

/**
 * @example { "code": "I1", "name": "Women in the selectors' registry", "unit": "women", "baseline": { "value": 120, "year": 2024, "source": "Minem" }, "targets": { "2027": 400, "2030": 1000 } }
 */
/** True when a NUL character is in any key or text of a JSON value. */
const hasNul = (v: unknown): boolean =>
  typeof v === 'string' ? v.includes('\u0000')
  : Array.isArray(v) ? v.some(hasNul)
  : v !== null && typeof v === 'object' ? Object.entries(v).some(([k, x]) => k.includes('\u0000') || hasNul(x)) : false;

export const PlanFileIndicator = z.strictObject({
  code: PlanCode.optional(),
  name: SafeText(300),
  unit: SafeText(60),
  baseline: z.strictObject({ value: z.number(), year: Year, source: SafeText(300).optional() }).optional(),
  /** Target value by year ("2030": 50). */
  targets: z.record(z.string().regex(/^\d{4}$/, 'must be a year like 2030'), z.number()).optional(),
  /** Computed live by the indicator engine instead of (or besides) values entered by hand. Stored as jsonb, which refuses NUL (it was a 500). */
  query: IndicatorQuery.refine((q) => !hasNul(q), 'must not contain NUL characters').optional(),
});

const nodeFields = {
  code: PlanCode,
  title: SafeText(500),
  description: SafeText(4000).optional(),
  level: PlanLevel.optional(),
  status: PlanStatus.optional(),
  start: IsoDate.optional(),
  end: IsoDate.optional(),
  /** Responsible bodies; `entities` (the template's word) means the same. */
  responsible: z.array(PlanEntity).max(50).optional(),
  entities: z.array(PlanEntity).max(50).optional(),
  involved: z.array(PlanEntity).max(50).optional(),
  indicators: z.array(PlanFileIndicator).max(100).optional(),
  progress: z.array(PlanFileProgress).max(500).optional(),
};

export const PlanFileAction = z.strictObject(nodeFields);
export const PlanFileResult = z.strictObject({ ...nodeFields, actions: z.array(PlanFileAction).max(500).optional() });
export const PlanFileObjective = z.strictObject({ ...nodeFields, results: z.array(PlanFileResult).max(500).optional() });

/** @example { "title": "Plan regional de género Puno", "key": "puno-2030", "horizon": 2030, "objectives": [{ "code": "SO1", "level": "regional", "title": "…", "results": [] }] } */
export const PlanFile = z.strictObject({
  /** Stable identity: the same key again updates that plan. Defaults to a slug of the title. */
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be lower-case letters, digits and dashes').optional(),
  title: SafeText(300),
  horizon: Year.default(2030),
  levels: z.array(PlanLevel).optional(),
  objectives: z.array(PlanFileObjective).max(500),
  results: z.array(PlanFileResult.extend({ objective: PlanCode })).max(500).optional(),
  actions: z.array(PlanFileAction.extend({ result: PlanCode })).max(2000).optional(),
  indicators: z.array(PlanFileIndicator.extend({ attach_to: PlanCode })).max(1000).optional(),
});
export type PlanFile = z.infer<typeof PlanFile>;
export type PlanFileIndicator = z.infer<typeof PlanFileIndicator>;
export type PlanFileProgress = z.infer<typeof PlanFileProgress>;
