/** The baseline beside a value: published by profile, derived (sample-weighted) for every other group. */
import { describe, expect, it } from 'vitest';
import type { Baseline } from '../../src/contracts/indicator-queries.ts';
import { baselineForGroup, baselineValues, sampleByProfile } from './baseline-view.ts';

/** Two of the study's regions and its PPE figures, as GET /api/baseline returns them. */
const ppe = (answer: string, pallaquera: number, woman_miner: number, man_miner: number): Baseline['figures'] =>
  Object.entries({ pallaquera, woman_miner, man_miner }).map(([profile, percent]) => ({
    indicator: 'ppe_enough', answer, profile: profile as Baseline['figures'][number]['profile'], percent, note: 'Enough PPE?',
  }));
const baseline: Baseline = {
  source: 'study',
  figures: [...ppe('yes', 33, 55, 94), ...ppe('no', 56, 41, 2)],
  sample: [
    { region: 'Arequipa', department: '04', pallaquera: 123, woman_miner: 65, man_miner: 94, total: 282 },
    { region: 'Puno', department: '21', pallaquera: 44, woman_miner: 51, man_miner: 108, total: 203 },
  ],
};

describe('baseline beside a value', () => {
  it('counts the sample by profile', () => {
    expect(sampleByProfile(baseline)).toEqual({ pallaquera: 167, woman_miner: 116, man_miner: 202 });
  });

  it('gives the published figure per profile and the sample-weighted figure overall', () => {
    const ppe = baselineValues(baseline, 'ppe_enough=no')!;
    expect(ppe.byProfile).toEqual({ pallaquera: 0.56, woman_miner: 0.41, man_miner: 0.02 });
    expect(ppe.overall).toBeCloseTo((0.56 * 167 + 0.41 * 116 + 0.02 * 202) / 485, 10);
    expect(baselineForGroup(ppe, 'profile', 'woman_miner')).toEqual({ value: 0.41, isDerived: false });
    expect(baselineForGroup(ppe, 'profile', 'other')).toBeNull();
    expect(baselineForGroup(ppe, 'region', 'puno')).toEqual({ value: ppe.overall, isDerived: true });
    expect(baselineForGroup(ppe, null, null)?.isDerived).toBe(true);
  });

  it('has nothing for an indicator the study did not publish', () => {
    expect(baselineValues(baseline, 'risks=mercury')).toBeNull();
    expect(baselineValues(baseline, null)).toBeNull();
    expect(baselineForGroup(null, 'profile', 'pallaquera')).toBeNull();
  });
});
