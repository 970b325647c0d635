/**
 * The questionnaire of the demo survey: the study's profile and region, an age, and one
 * select_one question per published baseline indicator (data/study/baseline.csv), named as the
 * study names them so the dashboard links each to its baseline. Labels in Spanish and English.
 * Each indicator's choices are its published answers plus the complement a respondent may give
 * (`no` where only `yes` was published, `other` for the contract, the missing tenure bands).
 */
import type { Choice, FormDefinition, Question } from '../surveys/form.ts';
import { DEMO_MARK } from './demo-plan.ts';

/** Spanish and English wording of each study indicator's question. */
const QUESTIONS: Record<string, [es: string, en: string]> = {
  ppe_enough: ['¿Tiene equipo de protección personal suficiente?', 'Do you have enough personal protective equipment?'],
  contract: ['¿Tiene contrato de trabajo?', 'Do you have an employment contract?'],
  years_in_unit: ['¿Cuánto tiempo trabaja en la unidad minera?', 'How long have you worked in the mining unit?'],
  free_time: ['¿Tiene tiempo libre?', 'Do you have free time?'],
  does_housework: ['¿Realiza tareas del hogar y de cuidado?', 'Do you do housework and care tasks?'],
  loan_applied: ['¿Ha solicitado algún préstamo?', 'Have you applied for any kind of loan?'],
  loan_needed: ['¿Necesita un préstamo?', 'Do you need a loan?'],
  mercury_info_enough: ['¿Tiene suficiente información sobre los riesgos del mercurio?', 'Do you have enough information about the risks of mercury?'],
  mercury_affects_health: ['¿Sabe que el mercurio afecta su salud?', 'Do you know that mercury affects your health?'],
  mercury_free_tech_info: ['¿Tiene información sobre tecnologías sin mercurio?', 'Do you have information on mercury-free technologies?'],
  mercury_free_training: ['¿Ha recibido capacitación en tecnologías sin mercurio?', 'Have you been trained in mercury-free technologies?'],
  sexual_health_counselling: ['¿Usa algún servicio de planificación familiar o salud sexual?', 'Do you use a family planning or sexual health service?'],
  knows_nearest_cem: ['¿Sabe dónde está el Centro Emergencia Mujer más cercano?', 'Do you know where the nearest Women\'s Emergency Centre is?'],
  workshop_willing: ['¿Asistiría a talleres sobre protección contra la violencia?', 'Would you attend workshops on protection against violence?'],
  internet_at_home: ['¿Tiene internet en su hogar?', 'Do you have internet at home?'],
  bilingual_quechua: ['¿Habla castellano y quechua?', 'Do you speak Spanish and Quechua?'],
  higher_education: ['¿Completó educación superior o técnica?', 'Did you complete higher or technical education?'],
  covid_income_hit: ['¿La COVID-19 afectó sus ingresos?', 'Did COVID-19 affect your income?'],
};

const CHOICE_LABELS: Record<string, [es: string, en: string]> = {
  yes: ['Sí', 'Yes'], no: ['No', 'No'], other: ['Otro', 'Other'],
  temporary_no_contract: ['Temporal, sin contrato', 'Temporary, no contract'],
  independent_no_contract: ['Independiente, sin contrato', 'Independent, no contract'],
  fees_receipt: ['Recibo por honorarios (4.ª categoría)', 'Fees receipt (4th category)'],
  payroll: ['En planilla (5.ª categoría)', 'On the payroll (5th category)'],
  under_2: ['Menos de 2 años', 'Under 2 years'], '2_to_4': ['De 2 a 4 años', '2 to 4 years'],
  '5_to_10': ['De 5 a 10 años', '5 to 10 years'], over_10: ['Más de 10 años', 'Over 10 years'],
  pallaquera: ['Pallaquera', 'Manual gold selector'], woman_miner: ['Minera', 'Woman miner'], man_miner: ['Minero', 'Man miner'],
};

/** Answers a respondent may give beyond the published ones. */
export function complementOf(indicator: string, published: readonly string[]): string[] {
  if (indicator === 'contract') return ['other'];
  if (indicator === 'years_in_unit') return ['under_2', 'over_10'];
  if (published.length === 1 && published[0] === 'yes') return ['no'];
  if (published.length === 1 && published[0] === 'no') return ['yes'];
  return [];
}

const labels = ([es, en]: [string, string]) => ({ es, en });
const choice = (name: string): Choice => ({ name, labels: labels(CHOICE_LABELS[name] ?? [name, name]) });

function selectOne(name: string, label: [string, string], row: number): Question {
  return { name, type: 'select_one', rawType: `select_one ${name}`, listName: name, labels: labels(label), required: false, path: [], inRepeat: false, row };
}

export interface DemoRegion {
  /** Choice name: the department's name in lower case with underscores (`madre_de_dios`). */
  name: string;
  label: string;
}

/** The form: profile, region, age, then the indicators in the order of baseline.csv. */
export function buildDemoSurveyForm(opts: { regions: readonly DemoRegion[]; answers: ReadonlyMap<string, string[]> }): FormDefinition {
  const questions: Question[] = [
    { ...selectOne('profile', ['Perfil', 'Profile'], 2), required: true },
    { ...selectOne('region', ['Región', 'Region'], 3), required: true },
    { name: 'age', type: 'integer', rawType: 'integer', listName: null, labels: labels(['Edad', 'Age']), required: false, path: [], inRepeat: false, row: 4 },
  ];
  const choiceLists: Record<string, Choice[]> = {
    profile: ['pallaquera', 'woman_miner', 'man_miner'].map(choice),
    region: opts.regions.map((r) => ({ name: r.name, labels: { es: r.label, en: r.label } })),
  };
  for (const [indicator, published] of opts.answers) {
    questions.push(selectOne(indicator, QUESTIONS[indicator] ?? [indicator, indicator], questions.length + 2));
    choiceLists[indicator] = [...published, ...complementOf(indicator, published)].map(choice);
  }
  return {
    formId: 'demo_mujeres_hombres_oro', title: `${DEMO_MARK} Encuesta Mujeres y Hombres del Oro (datos generados)`, version: '1',
    defaultLanguage: 'es', languages: ['es', 'en'], questions, choiceLists,
  };
}
