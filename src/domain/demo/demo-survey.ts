/**
 * The demo survey's respondents: as many people per region and profile as the study surveyed
 * (data/study/sample.csv, 854), each answering so that each profile's shares come out near the
 * published percentages (baseline.csv). A respondent's answers are drawn independently, from a
 * seed, so every `pallay demo` shows the same figures. Synthetic: no real person is behind a row.
 * What the rest of a profile does: the complement answer where the study published only one
 * side (`no` beside `yes`), else no answer (the study's "did not answer or other").
 */
import { BASELINE_PROFILES, type Baseline } from '../../contracts/indicator-queries.ts';
import type { DecodedResponse, FormDefinition } from '../surveys/form.ts';
import { buildDemoSurveyForm, complementOf, type DemoRegion } from './demo-survey-form.ts';
import { STUDY_REGIONS } from './demo-plan.ts';
import { seededRandom, type Random } from './random.ts';

type Profile = (typeof BASELINE_PROFILES)[number];
/** Published percent of each answer of each indicator, by profile. */
type Rates = Map<string, { answer: string; percent: Record<Profile, number> }[]>;

const AGE_RANGE: Record<Profile, [number, number]> = { pallaquera: [22, 68], woman_miner: [19, 60], man_miner: [18, 62] };

function ratesOf(baseline: Baseline): Rates {
  const rates: Rates = new Map();
  for (const f of baseline.figures) {
    const answers = rates.get(f.indicator) ?? [];
    let entry = answers.find((a) => a.answer === f.answer);
    if (!entry) {
      entry = { answer: f.answer, percent: { pallaquera: 0, woman_miner: 0, man_miner: 0 } };
      answers.push(entry);
    }
    entry.percent[f.profile] = f.percent;
    rates.set(f.indicator, answers);
  }
  return rates;
}

/** `Madre de Dios` → `madre_de_dios`, `Apurímac` → `apurimac`: a valid XLSForm choice name. */
export function choiceNameOf(region: string): string {
  return region.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim().replace(/[^a-z0-9]+/g, '_');
}

function answerOf(random: Random, indicator: string, answers: Rates extends Map<string, infer V> ? V : never, profile: Profile): string | null {
  const draw = random.next() * 100;
  let cumulative = 0;
  for (const { answer, percent } of answers) {
    cumulative += percent[profile];
    if (draw < cumulative) return answer;
  }
  const rest = complementOf(indicator, answers.map((a) => a.answer));
  return rest.length === 0 ? null : random.pick(rest);
}

export interface DemoSurvey {
  definition: FormDefinition;
  responses: DecodedResponse[];
}

export function buildDemoSurvey(baseline: Baseline, seed = 2022): DemoSurvey {
  const random = seededRandom(seed);
  const rates = ratesOf(baseline);
  const regions: DemoRegion[] = baseline.sample.map((row) => ({
    name: choiceNameOf(row.region),
    label: STUDY_REGIONS.find((r) => r.code === row.department)?.department ?? row.region,
  }));
  const definition = buildDemoSurveyForm({ regions, answers: new Map([...rates].map(([k, v]) => [k, v.map((a) => a.answer)])) });
  const responses: DecodedResponse[] = [];
  for (const row of baseline.sample) {
    for (const profile of BASELINE_PROFILES) {
      for (let i = 0; i < row[profile]; i++) {
        const values: DecodedResponse['values'] = { profile, region: choiceNameOf(row.region), age: random.int(...AGE_RANGE[profile]) };
        for (const [indicator, answers] of rates) values[indicator] = answerOf(random, indicator, answers, profile);
        const number = responses.length + 1;
        responses.push({ id: `demo-${String(number).padStart(4, '0')}`, line: number + 1, values, meta: {} });
      }
    }
  }
  return { definition, responses };
}
