/**
 * The study baseline as the charts need it: for a linked indicator, the published share of each
 * profile (pallaquera, woman miner, man miner) and one all-profile share for other groups. The
 * study published figures by profile only, so the all-profile share is derived: the profiles'
 * figures weighted by how many of each the study surveyed (data/study/sample.csv), and the
 * dashboard labels it as derived. Values are fractions (0.56), like the indicator results.
 */
import type { Baseline } from '../../src/contracts/indicator-queries.ts';

export type Profile = Baseline['figures'][number]['profile'];

export interface BaselineValues {
  /** Published share by profile. */
  byProfile: Partial<Record<Profile, number>>;
  /** Profiles' shares weighted by the sample; null when a profile's figure is missing. */
  overall: number | null;
  /** The question as the study asked it. */
  note: string;
}

/** Respondents of each profile in the whole study sample (281, 178, 395). */
export function sampleByProfile(baseline: Baseline): Record<Profile, number> {
  const totals: Record<Profile, number> = { pallaquera: 0, woman_miner: 0, man_miner: 0 };
  for (const row of baseline.sample) for (const p of Object.keys(totals) as Profile[]) totals[p] += row[p];
  return totals;
}

/** The baseline of `key` (`indicator=answer`), or null when the study published none. */
export function baselineValues(baseline: Baseline, key: string | null): BaselineValues | null {
  if (!key) return null;
  const figures = baseline.figures.filter((f) => `${f.indicator}=${f.answer}` === key);
  if (figures.length === 0) return null;
  const byProfile: Partial<Record<Profile, number>> = {};
  for (const f of figures) byProfile[f.profile] = f.percent / 100;
  const weights = sampleByProfile(baseline);
  const profiles = Object.keys(weights) as Profile[];
  const isComplete = profiles.every((p) => byProfile[p] !== undefined);
  const people = profiles.reduce((sum, p) => sum + weights[p], 0);
  const overall = isComplete && people > 0 ? profiles.reduce((sum, p) => sum + byProfile[p]! * weights[p], 0) / people : null;
  return { byProfile, overall, note: figures[0]!.note };
}

/**
 * The baseline beside one group: the profile's own figure when the chart splits by profile,
 * none for those who gave no profile, otherwise the derived all-profile figure (`isDerived`).
 */
export function baselineForGroup(values: BaselineValues | null, splitBy: string | null, groupValue: string | null): { value: number; isDerived: boolean } | null {
  if (!values) return null;
  if (splitBy === 'profile') {
    const own = groupValue === null ? undefined : values.byProfile[groupValue as Profile];
    return own === undefined ? null : { value: own, isDerived: false };
  }
  return values.overall === null ? null : { value: values.overall, isDerived: true };
}
