/** The demo survey: the study's 854 people by region and profile, answering near the published shares, the same on every run. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStudyBaseline } from '../surveys/baseline/study-baseline.ts';
import { buildDemoSurvey, choiceNameOf } from './demo-survey.ts';

const read = (name: string) => readFileSync(new URL(`../../../data/study/${name}`, import.meta.url), 'utf8');
const baseline = parseStudyBaseline({ baselineCsv: read('baseline.csv'), sampleCsv: read('sample.csv') });

describe('demo survey', () => {
  const survey = buildDemoSurvey(baseline);
  const share = (profile: string, question: string, answer: string) => {
    const group = survey.responses.filter((r) => r.values.profile === profile);
    return group.filter((r) => r.values[question] === answer).length / group.length;
  };

  it('has the study sample: 854 people by region and profile, unique ids', () => {
    expect(survey.responses).toHaveLength(854);
    expect(new Set(survey.responses.map((r) => r.id)).size).toBe(854);
    expect(survey.responses.filter((r) => r.values.region === 'arequipa' && r.values.profile === 'pallaquera')).toHaveLength(123);
    expect(survey.responses.filter((r) => r.values.region === 'ancash')).toHaveLength(4);
    expect(survey.definition.title).toMatch(/^\[DEMO\]/);
  });

  it('answers near the published percentages of each profile', () => {
    expect(share('pallaquera', 'contract', 'temporary_no_contract')).toBeCloseTo(0.93, 1);
    expect(share('pallaquera', 'ppe_enough', 'no')).toBeGreaterThan(0.48);
    expect(share('pallaquera', 'ppe_enough', 'no')).toBeLessThan(0.64);
    expect(share('man_miner', 'ppe_enough', 'yes')).toBeGreaterThan(0.89);
    expect(share('woman_miner', 'knows_nearest_cem', 'no')).toBeGreaterThan(0.6);
  });

  it('answers only with choices of the form', () => {
    const lists = survey.definition.choiceLists;
    for (const q of survey.definition.questions.filter((x) => x.listName)) {
      const allowed = new Set(lists[q.listName!]!.map((c) => c.name));
      for (const r of survey.responses) {
        const value = r.values[q.name];
        if (value !== null && value !== undefined) expect(allowed.has(String(value)), `${q.name}=${String(value)}`).toBe(true);
      }
    }
  });

  it('is the same for the same seed', () => {
    expect(buildDemoSurvey(baseline).responses.slice(0, 5)).toEqual(survey.responses.slice(0, 5));
    expect(choiceNameOf('Madre de Dios')).toBe('madre_de_dios');
    expect(choiceNameOf('Apurímac')).toBe('apurimac');
  });
});
