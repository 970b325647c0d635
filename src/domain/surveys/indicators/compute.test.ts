/** The engine on hand-made rows whose figures can be checked by hand. */
import { describe, expect, it } from 'vitest';
import { IndicatorSpec, type IndicatorSpecInput } from '../../../contracts/indicators.ts';
import { isAppError } from '../../errors.ts';
import type { ResponseRow } from './answers.ts';
import { computeIndicators } from './compute.ts';
import { STUDY_FORM } from './test-fixtures.ts';
import { wilsonInterval } from './statistics.ts';

/** 12 respondents: 8 pallaqueras in Puno (5 with enough PPE, one silent), 3 women miners in Arequipa, 1 man in Ayacucho. */
const ROWS: ResponseRow[] = [
  ...['yes', 'yes', 'yes', 'yes', 'yes', 'no', 'no', null].map((ppe, i) => ({ profile: 'pallaquera', region: 'Puno', ppe_enough: ppe, age: 20 + i * 5, risks: i < 4 ? ['mercury', 'violence'] : ['landslide'], w: 1 })),
  ...[30, 40, 50].map((age) => ({ profile: 'woman_miner', region: 'Arequipa', ppe_enough: 'no', age, risks: [], w: 2 })),
  { profile: 'man_miner', region: 'Ayacucho', ppe_enough: 'yes', age: null, risks: null, w: 1 },
];

const run = (spec: IndicatorSpecInput, by: string[] = [], rows = ROWS) => computeIndicators({ rows, spec: IndicatorSpec.parse(spec), by, form: STUDY_FORM });
const PPE = { id: 'ppe_yes', label: 'Enough PPE', type: 'proportion' as const, question: 'ppe_enough', values: ['yes'] };

describe('computeIndicators', () => {
  it('reports one group with by {} and a Wilson interval, counting everyone in the denominator by default', () => {
    const [ppe] = run({ indicators: [PPE] }).indicators;
    expect(ppe).toEqual({ id: 'ppe_yes', label: 'Enough PPE', groups: [{ by: {}, n: 12, numerator: 6, value: 0.5, ci95: wilsonInterval(0.5, 12), suppressed: false }] });
  });

  it('counts only those who answered with denominator "answered"', () => {
    const [ppe] = run({ indicators: [{ ...PPE, denominator: 'answered' }] }).indicators;
    expect(ppe?.groups[0]).toMatchObject({ n: 11, numerator: 6, value: 6 / 11 });
  });

  it('filters, and suppresses a group under k', () => {
    const report = run({ suppress_below: 5, indicators: [
      { ...PPE, id: 'pallaqueras', filter: { question: 'profile', values: ['pallaquera'] } },
      { ...PPE, id: 'miners', filter: { question: 'profile', values: ['woman_miner', 'man_miner'] } },
    ] });
    expect(report.indicators[0]?.groups[0]).toMatchObject({ n: 8, numerator: 5, value: 5 / 8, suppressed: false });
    expect(report.indicators[1]?.groups[0]).toEqual({ by: {}, n: 4, numerator: null, value: null, ci95: null, suppressed: true });
  });

  it('disaggregates in the form\'s choice order, with complementary suppression', () => {
    const [ppe] = run({ indicators: [PPE] }, ['profile']).indicators;
    expect(ppe?.groups.map((g) => [g.by.profile, g.n, g.value, g.suppressed])).toEqual([
      // Two small groups alone would leave their sum to the total (3 + 1 answering yes = both
      // all yes), so the 8 pallaqueras, the smallest group shown, are hidden with them.
      ['pallaquera', 8, null, true],
      ['woman_miner', 3, null, true],
      ['man_miner', 1, null, true],
    ]);
    const [lowK] = run({ suppress_below: 2, indicators: [PPE] }, ['profile']).indicators;
    // Only the man is under 2; the 3 women miners, the smallest visible group, are hidden with him.
    expect(lowK?.groups.map((g) => g.suppressed)).toEqual([false, true, true]);
  });

  it('reports each disaggregation on its own, and a cross with both keys', () => {
    const [ppe] = run({ suppress_below: 0, indicators: [PPE] }, ['region', 'profile']).indicators;
    expect(ppe?.groups.map((g) => g.by)).toEqual([
      { region: 'Puno' }, { region: 'Arequipa' }, { region: 'Ayacucho' },
      { profile: 'pallaquera' }, { profile: 'woman_miner' }, { profile: 'man_miner' },
    ]);
    const [crossed] = run({ suppress_below: 0, indicators: [PPE] }, ['region+profile']).indicators;
    expect(crossed?.groups.map((g) => g.by)).toEqual([
      { region: 'Puno', profile: 'pallaquera' }, { region: 'Arequipa', profile: 'woman_miner' }, { region: 'Ayacucho', profile: 'man_miner' },
    ]);
  });

  it('puts respondents without an answer to the disaggregation in a null group, last', () => {
    const rows = [...ROWS, { profile: null, ppe_enough: 'yes' }];
    const [ppe] = run({ suppress_below: 0, indicators: [PPE] }, ['profile'], rows).indicators;
    expect(ppe?.groups.at(-1)).toMatchObject({ by: { profile: null }, n: 1, value: 1 });
  });

  it('weights proportions and means, with n the respondents and the numerator the weighted count', () => {
    const report = run({ suppress_below: 0, indicators: [{ ...PPE, weight: 'w' }, { id: 'age', type: 'mean', question: 'age', weight: 'w' }] });
    // Weights: 8 × 1 (5 yes), 3 × 2 (no), 1 × 1 (yes): 6 / 15.
    expect(report.indicators[0]?.groups[0]).toMatchObject({ n: 12, numerator: 6, value: 6 / 15 });
    const ages = [20, 25, 30, 35, 40, 45, 50, 55];
    const weightedMean = (ages.reduce((a, b) => a + b, 0) + 2 * (30 + 40 + 50)) / 14;
    expect(report.indicators[1]?.groups[0]).toMatchObject({ n: 11, numerator: null });
    expect(report.indicators[1]?.groups[0]?.value).toBeCloseTo(weightedMean, 10);
  });

  it('takes the median of the answers, and its order-statistic interval', () => {
    const [median] = run({ indicators: [{ id: 'age_median', type: 'median', question: 'age' }] }).indicators;
    // 11 ages: 20 25 30 30 35 40 40 45 50 50 55 → 40.
    expect(median).toMatchObject({ label: 'Age', groups: [{ n: 11, numerator: null, value: 40, ci95: [25, 50] }] });
  });

  it('gives a distribution as one entry per choice, in list order, with choice labels', () => {
    const report = run({ indicators: [{ id: 'risks', type: 'distribution', question: 'risks', label: 'Risks' }] });
    expect(report.indicators.map((r) => [r.id, r.label, r.of, r.choice, r.groups[0]?.numerator, r.groups[0]?.n])).toEqual([
      ['risks.mercury', 'Risks: mercury', 'risks', 'mercury', 4, 12],
      ['risks.landslide', 'Risks: landslide', 'risks', 'landslide', 4, 12],
      ['risks.violence', 'Risks: violence', 'risks', 'violence', 4, 12],
    ]);
    const answered = run({ indicators: [{ id: 'risks', type: 'distribution', question: 'risks', denominator: 'answered' }] });
    expect(answered.indicators[0]?.groups[0]).toMatchObject({ n: 11, numerator: 4 });
  });

  it('refuses a blank or negative weight, naming the indicator, the column and the rows', () => {
    const rows = ROWS.map((row, i) => (i === 2 ? { ...row, w: null } : i === 9 ? { ...row, w: -1 } : row));
    const error = (() => {
      try {
        run({ indicators: [{ ...PPE, weight: 'w' }] }, [], rows);
      } catch (err) {
        return err;
      }
    })();
    expect(isAppError(error) && error.code).toBe('VALIDATION_FAILED');
    expect((error as Error).message).toBe('indicator "ppe_yes", weight: column "w" needs a number of 0 or more on every row; row 3 is blank, row 10 is -1');
  });

  it('refuses a spec that does not fit the form before counting', () => {
    expect(() => run({ indicators: [{ ...PPE, values: ['si'] }] })).toThrow(/indicator "ppe_yes", values: "si" is not a choice of list yes_no/);
  });
});
