/**
 * A small questionnaire shaped like the study's (profile, region, PPE, age, income, weight), for
 * the engine's tests: real FormDefinition objects, so the tests exercise the same checks and
 * orderings the CLI does with a parsed XLSForm. Test support only; nothing in the app imports it.
 */
import type { FormDefinition, Question, QuestionType } from '../form.ts';

function question(name: string, type: QuestionType, listName: string | null = null, label?: string): Question {
  const rawType = listName ? `${type} ${listName}` : type;
  return { name, type, rawType, listName, labels: label ? { default: label } : {}, required: false, path: [], inRepeat: false, row: 2 };
}

const choices = (...names: string[]) => names.map((name) => ({ name, labels: { default: name.replace(/_/g, ' ') } }));

/** The test questionnaire: select_one profile/region/ppe_enough, select_multiple risks, numbers age/income/w, text notes. */
export const STUDY_FORM: FormDefinition = {
  formId: 'gender_gaps',
  title: 'Gender gaps in ASM',
  version: '1',
  defaultLanguage: null,
  languages: ['default'],
  questions: [
    question('profile', 'select_one', 'profiles', 'Profile'),
    question('region', 'select_one', 'regions', 'Region'),
    question('ppe_enough', 'select_one', 'yes_no', 'Do you have enough protective equipment?'),
    question('risks', 'select_multiple', 'risks', 'Risks you face'),
    question('age', 'integer', null, 'Age'),
    question('income', 'decimal', null, 'Monthly income'),
    question('w', 'decimal', null, 'Weight'),
    question('notes', 'text', null, 'Notes'),
    { ...question('intro', 'note'), labels: { default: 'Thank you' } },
  ],
  choiceLists: {
    profiles: choices('pallaquera', 'woman_miner', 'man_miner'),
    regions: choices('Puno', 'Arequipa', 'Ayacucho'),
    yes_no: choices('yes', 'no'),
    risks: choices('mercury', 'landslide', 'violence'),
  },
};
