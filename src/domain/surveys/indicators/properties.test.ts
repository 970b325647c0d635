/** Invariants of the engine over random survey rows (fast-check): what must hold for any data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorSpec, type IndicatorReport } from '../../../contracts/indicators.ts';
import type { ResponseRow } from './answers.ts';
import { computeIndicators } from './compute.ts';
import { isSafelySuppressed, suppressedGroups } from './suppression.ts';
import { STUDY_FORM } from './test-fixtures.ts';

const row = fc.record({
  profile: fc.constantFrom('pallaquera', 'woman_miner', 'man_miner', null),
  region: fc.constantFrom('Puno', 'Arequipa', 'Ayacucho'),
  ppe_enough: fc.constantFrom('yes', 'no', null),
  risks: fc.subarray(['mercury', 'landslide', 'violence']),
  age: fc.option(fc.integer({ min: 14, max: 80 }), { nil: null }),
  income: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), { nil: null }),
  w: fc.double({ min: 0, max: 20, noNaN: true, noDefaultInfinity: true }),
});
const rows = fc.array(row, { minLength: 0, maxLength: 120 });
const by = fc.constantFrom([], ['profile'], ['region', 'profile'], ['region+profile']);
const k = fc.integer({ min: 0, max: 12 });

const INDICATORS = [
  { id: 'ppe', type: 'proportion', question: 'ppe_enough', values: ['yes'] },
  { id: 'ppe_answered', type: 'proportion', question: 'ppe_enough', values: ['yes'], denominator: 'answered', filter: { question: 'region', values: ['Puno', 'Arequipa'] } },
  { id: 'risks', type: 'distribution', question: 'risks' },
  { id: 'age', type: 'mean', question: 'age' },
  { id: 'income', type: 'median', question: 'income' },
];
const specOf = (suppressBelow: number, weight?: string) =>
  IndicatorSpec.parse({ suppress_below: suppressBelow, indicators: INDICATORS.map((i) => (weight ? { ...i, weight } : i)) });
const compute = (data: ResponseRow[], disaggregations: readonly string[], suppressBelow: number, weight?: string) =>
  computeIndicators({ rows: data, spec: specOf(suppressBelow, weight), by: disaggregations, form: STUDY_FORM });
const groupsOf = (report: IndicatorReport) => report.indicators.flatMap((indicator) => indicator.groups.map((group) => ({ indicator, group })));
const isProportion = (id: string) => !['age', 'income'].includes(id);

describe('indicator engine invariants', () => {
  it('keeps every value inside its interval, and proportions and their intervals inside [0, 1]', () => {
    fc.assert(fc.property(rows, by, k, fc.boolean(), (data, disaggregations, suppressBelow, isWeighted) => {
      for (const { indicator, group } of groupsOf(compute(data, disaggregations, suppressBelow, isWeighted ? 'w' : undefined))) {
        if (group.value === null || group.ci95 === null) continue;
        const [low, high] = group.ci95;
        const slack = 1e-9 * Math.max(1, Math.abs(group.value));
        expect(low).toBeLessThanOrEqual(group.value + slack);
        expect(high).toBeGreaterThanOrEqual(group.value - slack);
        if (isProportion(indicator.of ?? indicator.id)) {
          expect(group.value).toBeGreaterThanOrEqual(0);
          expect(group.value).toBeLessThanOrEqual(1);
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
        }
      }
    }));
  });

  it('never counts more unweighted numerator than n, and hides everything of a suppressed group', () => {
    fc.assert(fc.property(rows, by, k, (data, disaggregations, suppressBelow) => {
      for (const { group } of groupsOf(compute(data, disaggregations, suppressBelow))) {
        if (group.numerator !== null) expect(group.numerator).toBeLessThanOrEqual(group.n);
        if (group.suppressed) expect([group.value, group.numerator, group.ci95]).toEqual([null, null, null]);
        if (group.n < suppressBelow) expect(group.suppressed).toBe(true);
      }
    }));
  });

  it('never leaves one hidden group with respondents, nor only small ones, in a disaggregation', () => {
    fc.assert(fc.property(rows, fc.constantFrom(['profile'], ['region', 'profile']), k, (data, disaggregations, suppressBelow) => {
      for (const indicator of compute(data, disaggregations, suppressBelow).indicators) {
        for (const question of disaggregations) {
          const groups = indicator.groups.filter((g) => question in g.by);
          const n = groups.map((g) => g.n);
          expect(isSafelySuppressed(n, groups.map((g) => g.suppressed), [groups.map((_, i) => i)], suppressBelow)).toBe(true);
        }
      }
    }));
  });

  it('leaves no row or column of a cross with one hidden cell, or only small hidden cells', () => {
    const cells = fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 12, maxLength: 12 });
    fc.assert(fc.property(cells, k, (n, suppressBelow) => {
      // A 3 × 4 table: rows share the first index, columns the second.
      const lines = [...[0, 1, 2].map((r) => [0, 1, 2, 3].map((c) => r * 4 + c)), ...[0, 1, 2, 3].map((c) => [0, 1, 2].map((r) => r * 4 + c))];
      expect(isSafelySuppressed(n, suppressedGroups(n, suppressBelow, lines), lines, suppressBelow)).toBe(true);
    }));
  });

  it('gives the unweighted result when every weight is 1', () => {
    fc.assert(fc.property(rows, by, k, (data, disaggregations, suppressBelow) => {
      const ones = data.map((r) => ({ ...r, w: 1 }));
      expect(compute(ones, disaggregations, suppressBelow, 'w')).toEqual(compute(data, disaggregations, suppressBelow));
    }));
  });
});
