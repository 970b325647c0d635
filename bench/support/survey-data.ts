/**
 * A generated survey for the indicator benchmarks: a questionnaire shaped like the study's
 * (profile, region, fourteen yes/no gaps, risks ticked, a contract type, age, income, hours, a
 * weight), responses loaded set-based (INSERT … SELECT generate_series with random answers,
 * in chunks), and the spec of 20 indicators the figures compute: proportions (all and answered
 * denominators, a filter, a weight, a select_multiple), means (one weighted) and a
 * distribution, disaggregated by profile and by region.
 */
import { uuidv7 } from 'uuidv7';
import { IndicatorSpec } from '../../src/contracts/indicators.ts';
import type { Choice, FormDefinition, Question, QuestionType } from '../../src/domain/surveys/form.ts';
import type { LoadTarget } from './production-load.ts';

export const PROFILES = ['pallaquera', 'woman_miner', 'man_miner'] as const;
export const REGIONS = ['Puno', 'Arequipa', 'Ayacucho', 'La_Libertad', 'Piura', 'Madre_de_Dios', 'Cusco', 'Apurimac', 'Ica'] as const;
export const GAPS = Array.from({ length: 14 }, (_, i) => `gap${i + 1}`);
export const RISKS = ['mercury', 'dust', 'landslide', 'violence'] as const;
export const CONTRACTS = ['none', 'verbal', 'written', 'own_business'] as const;
export const BY = ['profile', 'region'];
const CHUNK_ROWS = 100_000;

function question(name: string, type: QuestionType, listName: string | null, row: number): Question {
  return { name, type, rawType: listName ? `${type} ${listName}` : type, listName, labels: { default: name }, required: false, path: [], inRepeat: false, row };
}
const choices = (names: readonly string[]): Choice[] => names.map((name) => ({ name, labels: { default: name } }));

export const SURVEY_FORM: FormDefinition = {
  formId: 'bench_gender_gaps', title: 'Bench gender gaps', version: '1', defaultLanguage: null, languages: ['default'],
  questions: [
    question('profile', 'select_one', 'profiles', 2), question('region', 'select_one', 'regions', 3),
    ...GAPS.map((g, i) => question(g, 'select_one', 'yes_no', 4 + i)),
    question('risks', 'select_multiple', 'risks', 18), question('contract', 'select_one', 'contracts', 19),
    question('age', 'integer', null, 20), question('income', 'decimal', null, 21), question('hours', 'integer', null, 22), question('w', 'decimal', null, 23),
  ],
  choiceLists: { profiles: choices(PROFILES), regions: choices(REGIONS), yes_no: choices(['yes', 'no']), risks: choices(RISKS), contracts: choices(CONTRACTS) },
};

/** 20 indicators: 12 plain proportions, answered, filtered, weighted, select_multiple, 3 means, 1 distribution. */
export const SURVEY_SPEC = IndicatorSpec.parse({
  suppress_below: 5,
  indicators: [
    ...GAPS.slice(0, 12).map((g) => ({ id: `${g}_yes`, type: 'proportion', question: g, values: ['yes'] })),
    { id: 'gap13_answered', type: 'proportion', question: 'gap13', values: ['yes'], denominator: 'answered' },
    { id: 'gap14_pallaqueras', type: 'proportion', question: 'gap14', values: ['yes'], filter: { question: 'profile', values: ['pallaquera'] } },
    { id: 'gap1_weighted', type: 'proportion', question: 'gap1', values: ['yes'], weight: 'w' },
    { id: 'mercury', type: 'proportion', question: 'risks', values: ['mercury'], denominator: 'answered' },
    { id: 'age', type: 'mean', question: 'age' },
    { id: 'income', type: 'mean', question: 'income' },
    { id: 'hours_weighted', type: 'mean', question: 'hours', weight: 'w' },
    { id: 'contract', type: 'distribution', question: 'contract' },
  ],
});

const pick = (list: readonly string[]) => `(ARRAY[${list.map((v) => `'${v}'`).join(', ')}])[1 + floor(random() * ${list.length})::int]`;
const orNull = (share: number, expression: string) => `CASE WHEN random() < ${share} THEN NULL ELSE ${expression} END`;

/** The answers of one generated response (SQL over the row number g). */
function answersSql(): string {
  const gaps = GAPS.map((g, i) => `'${g}', ${orNull(0.03, `CASE WHEN random() < ${(0.2 + i * 0.04).toFixed(2)} THEN 'yes' ELSE 'no' END`)}`);
  return `jsonb_build_object(
    'profile', ${pick(PROFILES)}, 'region', ${pick(REGIONS)}, ${gaps.join(', ')},
    'risks', ${orNull(0.05, `(SELECT coalesce(jsonb_agg(r), '[]'::jsonb) FROM unnest(ARRAY[${RISKS.map((r) => `'${r}'`).join(', ')}]) r WHERE random() < 0.35 + 0 * g)`)},
    'contract', ${orNull(0.04, pick(CONTRACTS))},
    'age', ${orNull(0.05, '18 + floor(random() * 55)::int')},
    'income', ${orNull(0.1, 'round((random() * 3000)::numeric, 2)')},
    'hours', ${orNull(0.05, '2 + floor(random() * 12)::int')},
    'w', round((0.5 + random() * 2)::numeric, 3))`;
}

/** Stores the form and `rows` generated responses; returns the form id. */
export async function loadSurvey(target: LoadTarget, rows: number): Promise<string> {
  const formId = uuidv7();
  await target.raw(`INSERT INTO survey_forms (id, form_key, version, title, definition, source_file) VALUES ($1, $2, '1', $3, $4::jsonb, 'bench.xlsx')`,
    [formId, `bench_${formId}`, SURVEY_FORM.title, JSON.stringify(SURVEY_FORM)]);
  for (let from = 1; from <= rows; from += CHUNK_ROWS) {
    const to = Math.min(rows, from + CHUNK_ROWS - 1);
    await target.raw(`INSERT INTO survey_responses (id, form_id, response_key, answers)
      SELECT gen_random_uuid(), $1, 'r' || g, ${answersSql()} FROM generate_series($2::int, $3::int) g`, [formId, from, to]);
  }
  await target.raw('ANALYZE survey_responses');
  return formId;
}

/**
 * The hand-written baseline: the same sums in one GROUPING SETS statement, names written out,
 * every answer extracted once in a fenced subquery (the best plain SQL we know for this; writing
 * `answers->>'gap1'` inside each FILTER instead is about 1.4× slower).
 */
export function baselineSql(): string {
  const texts = ['profile', 'region', ...GAPS, 'contract'].map((q) => `answers->>'${q}' AS ${q}`).join(', ');
  const numbers = ['age', 'income', 'hours', 'w'].map((q) => `(answers->>'${q}')::float8 AS ${q}`).join(', ');
  return `
    SELECT GROUPING(profile, region) AS gs, profile, region, count(*) AS n,
      ${GAPS.slice(0, 12).map((g) => `count(*) FILTER (WHERE ${g} = 'yes') AS ${g}`).join(', ')},
      count(*) FILTER (WHERE gap13 <> '') AS gap13_n, count(*) FILTER (WHERE gap13 = 'yes') AS gap13,
      count(*) FILTER (WHERE profile = 'pallaquera') AS gap14_n, count(*) FILTER (WHERE profile = 'pallaquera' AND gap14 = 'yes') AS gap14,
      sum(w) AS sw, sum(w * w) AS sww, sum(w) FILTER (WHERE gap1 = 'yes') AS gap1_w,
      count(*) FILTER (WHERE risks <> 'null'::jsonb) AS risks_n, count(*) FILTER (WHERE risks ? 'mercury') AS mercury,
      count(age) AS age_n, avg(age) AS age_mean, var_pop(age) AS age_var,
      count(income) AS income_n, avg(income) AS income_mean, var_pop(income) AS income_var,
      count(hours) AS hours_n, sum(w) FILTER (WHERE hours IS NOT NULL) AS hours_sw, sum(w * w) FILTER (WHERE hours IS NOT NULL) AS hours_sww,
      sum(w * hours) AS hours_swx, sum(w * hours * hours) AS hours_swxx,
      ${CONTRACTS.map((c) => `count(*) FILTER (WHERE contract = '${c}') AS contract_${c}`).join(', ')}
    FROM (SELECT ${texts}, answers->'risks' AS risks, ${numbers} FROM survey_responses WHERE form_id = $1 OFFSET 0) s
    GROUP BY GROUPING SETS ((profile), (region))`;
}
