/** The spec contract of issue 5 (the exact shape scripts send) and its check against a questionnaire. */
import { describe, expect, it } from 'vitest';
import { IndicatorSpec } from '../../../contracts/indicators.ts';
import { checkIndicatorSpec, parseIndicatorSpec } from './spec-check.ts';
import { STUDY_FORM } from './test-fixtures.ts';

const ISSUE_SHAPE = {
  suppress_below: 5,
  indicators: [
    { id: 'ppe_yes', label: 'Enough PPE', type: 'proportion', question: 'ppe_enough', values: ['yes'], denominator: 'all', filter: { question: 'profile', values: ['pallaquera'] }, weight: 'w' },
    { id: 'age', type: 'mean', question: 'age' },
  ],
};

const check = (json: unknown, by: string[] = [], extraColumns: string[] = []) => checkIndicatorSpec({ form: STUDY_FORM, spec: IndicatorSpec.parse(json), by, extraColumns });
const messages = (json: unknown, by: string[] = []) => check(json, by).map((p) => p.message);

describe('the indicator spec contract', () => {
  it('accepts the shape of issue 5 and fits the study form', () => {
    const { spec, problems } = parseIndicatorSpec(ISSUE_SHAPE);
    expect(problems).toEqual([]);
    expect(spec?.indicators[0]).toMatchObject({ denominator: 'all', weight: 'w' });
    expect(check(ISSUE_SHAPE)).toEqual([]);
  });

  it('defaults suppress_below to 5 and denominator to "all", and takes every type', () => {
    const spec = IndicatorSpec.parse({
      indicators: [
        { id: 'ppe', type: 'proportion', question: 'ppe_enough', values: ['yes'] },
        { id: 'income_median', type: 'median', question: 'income' },
        { id: 'risks', type: 'distribution', question: 'risks', denominator: 'answered', filter: [{ question: 'profile', values: ['pallaquera'] }, { question: 'age', values: [30] }] },
      ],
    });
    expect(spec.suppress_below).toBe(5);
    expect(spec.indicators[0]).toMatchObject({ denominator: 'all' });
    expect(spec.indicators[2]).toMatchObject({ denominator: 'answered', filter: [{ values: ['pallaquera'] }, { values: ['30'] }] });
  });

  it('names the indicator and the field of a malformed spec', () => {
    const result = parseIndicatorSpec({ indicators: [{ id: 'ppe', type: 'proportion', question: 'ppe_enough' }, { id: 'ppe', type: 'mean', question: 'age', denominator: 'all' }, { id: 'x', type: 'mode', question: 'age' }] });
    const text = result.problems.map((p) => `${p.path} ${p.message}`).join('\n');
    expect(text).toMatch(/indicators\.0\.values indicator "ppe", values: /);
    expect(text).toMatch(/indicator "ppe".*denominator/);
    expect(text).toMatch(/indicator "x", type: /);
    expect(parseIndicatorSpec({ indicators: [{ id: 'a', type: 'mean', question: 'age' }, { id: 'a', type: 'mean', question: 'age' }] }).problems[0]?.message).toMatch(/id "a" is used twice/);
    expect(parseIndicatorSpec({ indicators: [] }).problems[0]?.path).toBe('indicators');
  });
});

describe('checkIndicatorSpec', () => {
  it('names a question that is not in the form', () => {
    expect(messages({ indicators: [{ id: 'ppe', type: 'proportion', question: 'ppe_enuf', values: ['yes'] }] })).toEqual([
      'indicator "ppe", question: "ppe_enuf" is not a question of form gender_gaps',
    ]);
  });

  it('names a numerator value or a filter value that is not among the choices', () => {
    const spec = { indicators: [{ id: 'ppe', type: 'proportion', question: 'ppe_enough', values: ['si', 'yes'], filter: { question: 'profile', values: ['selector'] } }] };
    expect(check(spec)).toEqual([
      expect.objectContaining({ path: 'indicators.0.values.0', message: 'indicator "ppe", values: "si" is not a choice of list yes_no (yes, no)' }),
      expect.objectContaining({ path: 'indicators.0.filter.values.0', message: 'indicator "ppe", filter.values: "selector" is not a choice of list profiles (pallaquera, woman_miner, man_miner)' }),
    ]);
  });

  it('wants numbers for means, medians and weights, and numeric values for number questions', () => {
    expect(messages({ indicators: [
      { id: 'm', type: 'mean', question: 'region' },
      { id: 'p', type: 'proportion', question: 'age', values: ['old'], weight: 'notes' },
      { id: 'q', type: 'proportion', question: 'ppe_enough', values: ['yes'], weight: 'weight_col' },
    ] })).toEqual([
      'indicator "m", question: a mean needs an integer or decimal question; "region" is select_one regions',
      'indicator "p", values: "old" is not a number, and "age" is integer',
      'indicator "p", weight: "notes" must be an integer or decimal question; it is text',
      'indicator "q", weight: "weight_col" is not a question of the form nor a column of the data',
    ]);
  });

  it('accepts a weight or a disaggregation from a data column that is not a question', () => {
    expect(check({ indicators: [{ id: 'q', type: 'proportion', question: 'ppe_enough', values: ['yes'], weight: 'weight_col' }] }, ['district'], ['weight_col', 'district'])).toEqual([]);
  });

  it('refuses disaggregations that are unknown or a select_multiple, and notes as measures', () => {
    expect(messages({ indicators: [{ id: 'n', type: 'distribution', question: 'intro' }] }, ['region+risks', 'province'])).toEqual([
      'indicator "n", question: "intro" is a note and has no answers',
      expect.stringMatching(/^by: "risks" is a select_multiple/),
      'by: "province" is not a question of form gender_gaps nor a column of the data',
    ]);
  });
});
