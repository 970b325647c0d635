/**
 * The indicator spec (what to measure in a survey) and the result shape (what `pallay
 * indicators --format json` prints and the API will return). Scripts depend on both: the spec
 * shape of issue 5 must keep parsing and the result keys must not change (docs/indicators.md).
 *
 * Defaults, chosen to match the study's published tables: `denominator` is "all" (every
 * respondent of the group, answered or not), `suppress_below` is 5, `label` falls back to the
 * question's label in the form and then to the id.
 */
import { z } from 'zod';

/** Choice names or answer texts; numbers are accepted and read as their text (`1` → "1"). */
const AnswerTexts = z.array(z.union([z.string().min(1), z.number()]).transform(String)).min(1);

/**
 * Keeps only respondents whose answer to `question` is one of `values` (any of them, for a
 * select_multiple). Several filters (an array) must all hold.
 * @example { "question": "profile", "values": ["pallaquera"] }
 */
export const IndicatorFilter = z.strictObject({ question: z.string().min(1), values: AnswerTexts });
export type IndicatorFilter = z.infer<typeof IndicatorFilter>;

export const DENOMINATORS = ['all', 'answered'] as const;
export type Denominator = (typeof DENOMINATORS)[number];

const IndicatorBase = {
  /** Unique in the spec; letters, digits, `_`, `-` and `.`. */
  id: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, 'use letters, digits, _, - and . only'),
  label: z.string().min(1).optional(),
  /** The XLSForm `name` of the question, whatever group it sits in. */
  question: z.string().min(1),
  filter: z.union([IndicatorFilter, z.array(IndicatorFilter).min(1)]).optional(),
  /** A number question or data column with a non-negative weight on every row. */
  weight: z.string().min(1).optional(),
};

/**
 * Share of the group whose answer is one of `values`.
 * @example { "id": "ppe_yes", "label": "Enough PPE", "type": "proportion", "question": "ppe_enough", "values": ["yes"], "denominator": "all", "filter": { "question": "profile", "values": ["pallaquera"] }, "weight": "w" }
 */
export const ProportionIndicator = z.strictObject({
  ...IndicatorBase,
  type: z.literal('proportion'),
  values: AnswerTexts,
  denominator: z.enum(DENOMINATORS).default('all'),
});

/** @example { "id": "age", "type": "mean", "question": "age" } */
export const MeanIndicator = z.strictObject({ ...IndicatorBase, type: z.literal('mean') });

/** @example { "id": "age_median", "type": "median", "question": "age" } */
export const MedianIndicator = z.strictObject({ ...IndicatorBase, type: z.literal('median') });

/**
 * One proportion per choice (select questions) or per answer seen (other questions); each
 * comes out as its own indicator `ID.CHOICE` with `of` and `choice` set.
 * @example { "id": "contract", "type": "distribution", "question": "contract_type" }
 */
export const DistributionIndicator = z.strictObject({
  ...IndicatorBase,
  type: z.literal('distribution'),
  denominator: z.enum(DENOMINATORS).default('all'),
});

export const IndicatorDefinition = z.discriminatedUnion('type', [ProportionIndicator, MeanIndicator, MedianIndicator, DistributionIndicator]);
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;
export type IndicatorType = IndicatorDefinition['type'];

/**
 * A whole spec file.
 * @example { "suppress_below": 5, "indicators": [{ "id": "age", "type": "mean", "question": "age" }] }
 */
export const IndicatorSpec = z
  .strictObject({
    title: z.string().optional(),
    description: z.string().optional(),
    /** Groups with fewer respondents than this are suppressed (0 turns suppression off). */
    suppress_below: z.number().int().min(0).default(5),
    indicators: z.array(IndicatorDefinition).min(1),
  })
  .superRefine((spec, ctx) => {
    const seen = new Set<string>();
    spec.indicators.forEach((indicator, index) => {
      if (seen.has(indicator.id)) ctx.addIssue({ code: 'custom', path: ['indicators', index, 'id'], message: `id "${indicator.id}" is used twice` });
      seen.add(indicator.id);
    });
  });
export type IndicatorSpec = z.infer<typeof IndicatorSpec>;
export type IndicatorSpecInput = z.input<typeof IndicatorSpec>;

/** One group of one indicator. `by` maps each disaggregation question to its value (null: no answer). */
export const IndicatorGroupResult = z.object({
  by: z.record(z.string(), z.string().nullable()),
  /** Respondents in the group's denominator (unweighted), shown even when suppressed. */
  n: z.number().int(),
  /** Proportions: respondents in the numerator (weighted sum with a weight); null for mean and median. */
  numerator: z.number().nullable(),
  /** Proportions as fractions in [0, 1]; null when suppressed or when n is 0. */
  value: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  suppressed: z.boolean(),
});
export type IndicatorGroupResult = z.infer<typeof IndicatorGroupResult>;

export const IndicatorResult = z.object({
  id: z.string(),
  label: z.string(),
  /** Distributions only: the spec id and the choice this entry measures. */
  of: z.string().optional(),
  choice: z.string().optional(),
  groups: z.array(IndicatorGroupResult),
});
export type IndicatorResult = z.infer<typeof IndicatorResult>;

/** @example { "indicators": [{ "id": "ppe_yes", "label": "Enough PPE", "groups": [{ "by": {}, "n": 120, "numerator": 53, "value": 0.4417, "ci95": [0.356, 0.531], "suppressed": false }] }] } */
export const IndicatorReport = z.object({ indicators: z.array(IndicatorResult) });
export type IndicatorReport = z.infer<typeof IndicatorReport>;
