/**
 * The registry seen as a survey: one virtual respondent per person in the caller's scope, with
 * facts computed live from the registry and the production ledger, described as a
 * FormDefinition so indicator specs name them like questions and the same spec checks
 * (unknown names, values outside the choices) apply. docs/indicators.md ("Registry facts")
 * lists them; the SQL that computes them is src/db/repos/registry-facts.sql.ts.
 *
 * `profile` is a select_multiple (a woman may be a pallaquera and a miner); as a
 * disaggregation she counts in each of her profiles.
 */
import type { Choice, FormDefinition, Question, QuestionType } from './form.ts';

export const REGISTRY_FORM_ID = 'registry';
export const AGE_BANDS = ['under_18', '18-29', '30-44', '45-59', '60+'] as const;
/** Facts that may hold several values per person; as a disaggregation a person counts in each. */
export const MULTI_VALUED_FACTS: readonly string[] = ['profile'];

type Labels = { es: string; en: string };

function fact(name: string, type: QuestionType, listName: string | null, labels: Labels, row: number): Question {
  return { name, type, rawType: listName ? `${type} ${listName}` : type, listName, labels, required: false, path: [], inRepeat: false, row };
}

const choice = (name: string, es: string, en: string): Choice => ({ name, labels: { es, en } });

/**
 * The virtual form; `departments` are the region choices (code and name).
 * @example registryFactsForm([{ code: '21', name: 'Puno' }]).questions.map((q) => q.name) // ['profile', 'region', …]
 */
export function registryFactsForm(departments: readonly { code: string; name: string }[]): FormDefinition {
  const yesNo = (name: string, es: string, en: string, row: number) => fact(name, 'select_one', 'yes_no', { es, en }, row);
  return {
    formId: REGISTRY_FORM_ID,
    title: 'Registro',
    version: null,
    defaultLanguage: 'es',
    languages: ['es', 'en'],
    questions: [
      fact('profile', 'select_multiple', 'profiles', { es: 'Perfil', en: 'Profile' }, 2),
      fact('region', 'select_one', 'regions', { es: 'Región', en: 'Region' }, 3),
      fact('sex', 'select_one', 'sexes', { es: 'Sexo', en: 'Sex' }, 4),
      fact('age_band', 'select_one', 'age_bands', { es: 'Grupo de edad', en: 'Age band' }, 5),
      yesNo('in_selectors_registry', 'En el Registro de Seleccionadoras Manuales de Oro', 'In the Registry of Manual Gold Selectors', 6),
      yesNo('reinfo', 'En el REINFO (vigente)', 'In REINFO (valid)', 7),
      yesNo('board_member', 'Integra una junta directiva', 'Sits on a board', 8),
      yesNo('consent_on_file', 'Con consentimiento vigente', 'With a consent on file', 9),
      fact('income_12m_pen', 'decimal', null, { es: 'Ingresos por ventas, últimos 12 meses (S/)', en: 'Sales income, last 12 months (PEN)' }, 10),
      fact('sales_flagged_12m', 'integer', null, { es: 'Ventas con descuento excesivo, últimos 12 meses', en: 'Sales paid far below reference, last 12 months' }, 11),
      yesNo('trained', 'Asistió a una capacitación', 'Attended a training session', 12),
      yesNo('certified', 'Tiene un certificado de capacitación vigente', 'Holds a valid training certificate', 13),
      yesNo('ppe_12m', 'Recibió equipo de protección, últimos 12 meses', 'Received protective equipment, last 12 months', 14),
    ],
    choiceLists: {
      profiles: [
        choice('pallaquera', 'Pallaquera', 'Manual gold selector'),
        choice('woman_miner', 'Mujer minera', 'Woman miner'),
        choice('man_miner', 'Hombre minero', 'Man miner'),
        choice('other', 'Otro', 'Other'),
      ],
      regions: departments.map((d) => choice(d.code, d.name, d.name)),
      sexes: [choice('female', 'Mujer', 'Woman'), choice('male', 'Hombre', 'Man')],
      age_bands: AGE_BANDS.map((band) => choice(band, band === 'under_18' ? 'Menor de 18' : band, band === 'under_18' ? 'Under 18' : band)),
      yes_no: [choice('yes', 'Sí', 'Yes'), choice('no', 'No', 'No')],
    },
  };
}
