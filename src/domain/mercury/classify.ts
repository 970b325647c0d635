/**
 * Mercury screening rules, pure: which units fit which sample type, how a value is classed
 * against a reference and an alert threshold, and when the next evaluation is due. Screening
 * classes only — they flag who should see a health professional; they are not a diagnosis.
 */
import type { Classification, MercuryUnit, SampleType } from '../../contracts/mercury.ts';

/** Hair in µg/g; urine in µg/L or µg/g creatinine; blood in µg/L. */
export const UNITS_BY_SAMPLE: Record<SampleType, readonly MercuryUnit[]> = {
  hair: ['ug_g'],
  urine: ['ug_l', 'ug_g_creatinine'],
  blood: ['ug_l'],
};

export function unitFits(sample: SampleType, unit: MercuryUnit): boolean {
  return UNITS_BY_SAMPLE[sample].includes(unit);
}

/** The thresholds row for a sample and unit: `blood_ug_l`, `urine_ug_g_creatinine`, … */
export function thresholdKey(sample: SampleType, unit: MercuryUnit): string {
  return `${sample}_${unit}`;
}

export interface Thresholds {
  reference: number;
  alert: number;
}

/**
 * At or below the reference: below_reference; above it up to the alert: above_reference; above the alert: above_alert.
 * @example classify(6, { reference: 5, alert: 15 }) // 'above_reference'
 */
export function classify(value: number, t: Thresholds): Classification {
  if (value > t.alert) return 'above_alert';
  if (value > t.reference) return 'above_reference';
  return 'below_reference';
}

/** Anything above the reference value is flagged for follow-up. */
export function needsFollowUp(c: Classification): boolean {
  return c !== 'below_reference';
}

/** Months until a repeat evaluation by default: 3 above the alert, 6 above the reference, 12 otherwise. */
export const REPEAT_MONTHS: Record<Classification, number> = { above_alert: 3, above_reference: 6, below_reference: 12 };

/** `date` (YYYY-MM-DD) plus `months`, clamped to the last day of the target month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export function nextDueDate(sampledOn: string, c: Classification): string {
  return addMonths(sampledOn, REPEAT_MONTHS[c]);
}
