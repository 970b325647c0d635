/**
 * Asking for indicators over HTTP: which data (a stored survey, or the live registry), the spec
 * (the same shape as the `pallay indicators` spec file) and the disaggregation; the answer is
 * the same JSON the CLI prints. Also the study's published baseline, which every dashboard value
 * sits beside.
 */
import { z } from 'zod';
import { Uuid } from './common.ts';
import { IndicatorReport, IndicatorSpec } from './indicators.ts';

/** A stored survey (its form id), or the registry's live facts (see docs/indicators.md). */
export const IndicatorSource = z.union([z.strictObject({ form_id: Uuid }), z.strictObject({ registry: z.literal(true) })]);
export type IndicatorSource = z.infer<typeof IndicatorSource>;

/** @example { "source": { "form_id": "0190…" }, "spec": { "indicators": [{ "id": "ppe_yes", "type": "proportion", "question": "ppe_enough", "values": ["yes"] }] }, "by": ["profile"] } */
export const IndicatorQuery = z.strictObject({
  source: IndicatorSource,
  spec: IndicatorSpec,
  /** Up to two disaggregations: survey question names, or registry attributes (profile, region, sex, age_band). */
  by: z.array(z.string().min(1).max(80)).max(2).default([]),
});
export type IndicatorQuery = z.infer<typeof IndicatorQuery>;
export const IndicatorAnswer = IndicatorReport;

export const BASELINE_PROFILES = ['pallaquera', 'woman_miner', 'man_miner'] as const;

/** One published figure: the percentage of a profile giving an answer (whole percent as published). */
export const BaselineFigure = z.object({
  indicator: z.string(),
  answer: z.string(),
  profile: z.enum(BASELINE_PROFILES),
  percent: z.number(),
  note: z.string(),
});

export const BaselineSample = z.object({
  region: z.string(),
  department: z.string(),
  pallaquera: z.number().int(),
  woman_miner: z.number().int(),
  man_miner: z.number().int(),
  total: z.number().int(),
});

export const Baseline = z.object({
  source: z.string(),
  figures: z.array(BaselineFigure),
  sample: z.array(BaselineSample),
});
export type Baseline = z.infer<typeof Baseline>;
