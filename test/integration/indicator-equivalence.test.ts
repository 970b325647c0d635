/**
 * The SQL path (runStoredIndicators over survey_responses) must give the report that the
 * in-memory engine (computeIndicators) gives for the same rows: same groups in the same
 * order, same n, numerators, values and intervals (within 1e-9), same suppression. Random
 * responses with blanks, empty ticks, zero weights and small groups, on PGlite and PostgreSQL.
 */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndicatorSpec, type IndicatorReport } from '../../src/contracts/indicators.ts';
import type { AnswerValue } from '../../src/domain/surveys/form.ts';
import { computeIndicators } from '../../src/domain/surveys/indicators/compute.ts';
import { STUDY_FORM } from '../../src/domain/surveys/indicators/test-fixtures.ts';
import { runStoredIndicators } from '../../src/services/surveys/indicators.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Mulberry32: the same data on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRows(count: number, seed: number): Record<string, AnswerValue>[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, () => ({
    profile: pick(['pallaquera', 'pallaquera', 'woman_miner', 'man_miner', null]),
    region: pick(['Puno', 'Puno', 'Arequipa', 'Ayacucho', 'Ayacucho', null]),
    ppe_enough: pick(['yes', 'no', 'no', null]),
    risks: pick([['mercury'], ['mercury', 'violence'], [], ['landslide'], null]),
    age: next() < 0.1 ? null : 18 + Math.floor(next() * 50),
    income: next() < 0.2 ? null : Math.round(next() * 250000) / 100,
    w: pick([0, 0.5, 1, 1.25, 2, 3.7]),
    notes: pick(['a', 'b', 'c', null]),
  }));
}

const SPEC = IndicatorSpec.parse({
  suppress_below: 5,
  indicators: [
    { id: 'ppe_yes', type: 'proportion', question: 'ppe_enough', values: ['yes'] },
    { id: 'ppe_yes_answered', type: 'proportion', question: 'ppe_enough', values: ['yes'], denominator: 'answered' },
    { id: 'ppe_yes_w', type: 'proportion', question: 'ppe_enough', values: ['yes'], weight: 'w', filter: { question: 'profile', values: ['pallaquera'] } },
    { id: 'mercury', type: 'proportion', question: 'risks', values: ['mercury', 'violence'], denominator: 'answered' },
    { id: 'age30', type: 'proportion', question: 'age', values: ['30', '31'] },
    { id: 'risks', type: 'distribution', question: 'risks', denominator: 'answered' },
    { id: 'ppe', type: 'distribution', question: 'ppe_enough', weight: 'w' },
    { id: 'notes', type: 'distribution', question: 'notes', filter: [{ question: 'region', values: ['Puno', 'Arequipa'] }] },
    { id: 'age', type: 'mean', question: 'age' },
    { id: 'income_w', type: 'mean', question: 'income', weight: 'w' },
    { id: 'age_median', type: 'median', question: 'age' },
    { id: 'income_median_w', type: 'median', question: 'income', weight: 'w', filter: { question: 'risks', values: ['mercury'] } },
  ],
});

/** Loads rows as a stored survey, in order (uuidv7 ids keep it), and returns the form id. */
async function storeSurvey(rows: Record<string, AnswerValue>[]): Promise<string> {
  const { surveys } = t.ctx.services.store.repos;
  const form = await surveys.insertForm({ id: uuidv7(), form_key: `random_${uuidv7()}`, version: '1', title: 'Random', definition: STUDY_FORM, source_file: 'x.xlsx', organisation_id: null, imported_by: null });
  await surveys.insertResponses(form.id, rows.map((values, i) => ({ id: `r-${i}`, line: i + 2, values, meta: {} })));
  return form.id;
}

function expectSameReport(actual: IndicatorReport, expected: IndicatorReport): void {
  expect(actual.indicators.map((i) => [i.id, i.label, i.of, i.choice])).toEqual(expected.indicators.map((i) => [i.id, i.label, i.of, i.choice]));
  actual.indicators.forEach((indicator, i) => {
    const want = expected.indicators[i]!;
    expect(indicator.groups.map((g) => [g.by, g.n, g.suppressed]), indicator.id).toEqual(want.groups.map((g) => [g.by, g.n, g.suppressed]));
    indicator.groups.forEach((group, g) => {
      const other = want.groups[g]!;
      const close = (a: number | null, b: number | null, what: string) => {
        if (a === null || b === null) return expect(a, `${indicator.id} ${JSON.stringify(group.by)} ${what}`).toBe(b);
        expect(Math.abs(a - b), `${indicator.id} ${JSON.stringify(group.by)} ${what}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
      };
      close(group.numerator, other.numerator, 'numerator');
      close(group.value, other.value, 'value');
      expect(group.ci95 === null, `${indicator.id} ci95`).toBe(other.ci95 === null);
      if (group.ci95 && other.ci95) [0, 1].forEach((end) => close(group.ci95![end]!, other.ci95![end]!, `ci95[${end}]`));
    });
  });
}

describe('SQL indicators equal the in-memory engine', () => {
  const cases: { rows: number; seed: number; by: string[] }[] = [
    { rows: 400, seed: 1, by: [] },
    { rows: 400, seed: 2, by: ['region'] },
    { rows: 900, seed: 3, by: ['profile', 'region+profile'] },
    { rows: 60, seed: 4, by: ['region+profile', 'age'] },
    { rows: 0, seed: 5, by: [] },
  ];
  for (const c of cases) {
    it(`${c.rows} responses, by ${JSON.stringify(c.by)}`, async () => {
      const rows = randomRows(c.rows, c.seed);
      const formId = await storeSurvey(rows);
      const expected = computeIndicators({ rows, spec: SPEC, by: c.by, form: STUDY_FORM });
      const actual = await runStoredIndicators(t.ctx.services.store.repos.surveyIndicators, {
        form: STUDY_FORM, source: { kind: 'form', formId }, extraColumns: [], spec: SPEC, by: c.by,
      });
      expect(expected.indicators.flatMap((i) => i.groups).some((g) => g.value !== null && !g.suppressed)).toBe(c.rows > 0);
      expect(expected.indicators.length).toBeGreaterThan(SPEC.indicators.length);
      expectSameReport(actual, expected);
    });
  }
});
