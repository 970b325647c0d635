/**
 * Turns an XLSForm workbook (survey, choices and settings sheets, as rows of cells) into the
 * FormDefinition that the response decoder and the indicator engine share. Pure: the caller
 * reads the file (read-excel-file gives exactly this shape) and passes its name for messages.
 *
 * Must hold: a form is either read whole or refused whole with a FormError listing every problem
 * by sheet, row and column; nothing is guessed. Sheet names and column headers are compared
 * case-insensitively; other sheets (external_choices, entities, osm…) are ignored.
 */
import type { FormDefinition, Question } from '../form.ts';
import { readChoiceLists, type ChoiceLists } from './choices.ts';
import { FormError, formProblem, type FormProblem } from './form-error.ts';
import { findLabelColumns, languageCode } from './labels.ts';
import { cellAt, controlCharacterCells, findColumn, findSheet, type Sheet } from './sheet.ts';
import { readSurveyRows, type OrOtherSelect } from './survey-rows.ts';

const YES = new Set(['yes', 'true', 'true()', '1']);

/**
 * @example
 * const form = parseXlsForm({ survey: [['type', 'name', 'label'], ['integer', 'age', 'Age']] }, 'census.xlsx');
 * form.questions[0] // { name: 'age', type: 'integer', path: [], … }; form.formId === 'census'
 */
export function parseXlsForm(sheets: Record<string, unknown[][]>, fileName: string): FormDefinition {
  const survey = findSheet(sheets, 'survey');
  if (!survey) {
    const found = Object.keys(sheets).join(', ') || 'none';
    throw new FormError(fileName, [formProblem({ sheet: 'survey', row: 1, column: 'type' }, 'missing_sheet', `the workbook has no survey sheet (sheets found: ${found})`)]);
  }
  const typeColumn = findColumn(survey, 'type');
  const nameColumn = findColumn(survey, 'name');
  if (!typeColumn || !nameColumn) {
    const missing = [typeColumn ? null : 'type', nameColumn ? null : 'name'].filter((c): c is string => c !== null);
    throw new FormError(fileName, missing.map((column) => formProblem({ sheet: survey.name, row: 1, column }, 'missing_column', `the survey sheet has no ${column} column`)));
  }
  // A control character in any cell refuses the form whole, naming each cell (a NUL was a 500 when stored).
  const control = ['survey', 'choices', 'settings'].flatMap((wanted) => {
    const sheet = findSheet(sheets, wanted);
    return sheet ? controlCharacterCells(sheet).map((at) => formProblem({ sheet: sheet.name, ...at }, 'control_character', 'contains a control character (such as NUL)')) : [];
  });
  if (control.length > 0) throw new FormError(fileName, control);
  const problems: FormProblem[] = [];
  const settings = readSettings(findSheet(sheets, 'settings'));
  const labelColumns = findLabelColumns(survey);
  const choices = readChoiceLists(findSheet(sheets, 'choices'), YES.has((settings.allow_choice_duplicates ?? '').toLowerCase()), problems);
  const { questions, orOther } = readSurveyRows(survey, { type: typeColumn, name: nameColumn, required: findColumn(survey, 'required'), labels: labelColumns }, problems);
  const languages = [...new Set([...labelColumns.map((c) => c.language), ...choices.languages])];
  addOtherChoices(orOther, questions, choices, languages);
  checkChoiceLists(questions, choices, { sheet: survey.name, column: typeColumn.header }, problems);
  if (problems.length > 0) throw new FormError(fileName, problems);
  const formId = settings.form_id || fileStem(fileName);
  return {
    formId,
    title: settings.form_title || formId,
    version: settings.version || null,
    defaultLanguage: settings.default_language ? languageCode(settings.default_language) : null,
    languages,
    questions,
    choiceLists: choices.lists,
  };
}

/** The settings sheet's first data row, by lower-cased header. */
function readSettings(sheet: Sheet | null): Record<string, string> {
  const values: Record<string, string> = {};
  const first = sheet?.rows[0];
  if (!sheet || !first) return values;
  for (const column of sheet.columns) values[column.key] = cellAt(first, column);
  return values;
}

/**
 * pyxform's `or_other`: the list gains an `other` choice and the form a `NAME_other` text
 * question (right after the select) where the other answer is written.
 */
function addOtherChoices(selects: OrOtherSelect[], questions: Question[], choices: ChoiceLists, languages: string[]): void {
  for (const { question } of selects) {
    const list = question.listName === null ? undefined : choices.lists[question.listName];
    if (list && !list.some((c) => c.name === 'other')) list.push({ name: 'other', labels: Object.fromEntries(languages.map((l) => [l, 'Other'])) });
    const otherName = `${question.name}_other`;
    if (questions.some((q) => q.name === otherName)) continue;
    const textQuestion: Question = { ...question, name: otherName, type: 'text', rawType: 'text', listName: null, labels: {}, required: false };
    questions.splice(questions.indexOf(question) + 1, 0, textQuestion);
  }
}

/** Every select names a list that exists; a select_multiple's choice names have no spaces. */
function checkChoiceLists(questions: Question[], choices: ChoiceLists, survey: { sheet: string; column: string }, problems: FormProblem[]): void {
  const reportedLists = new Set<string>();
  for (const question of questions) {
    if (question.listName === null) continue;
    const list = choices.lists[question.listName];
    if (!list) {
      problems.push(formProblem({ ...survey, row: question.row }, 'unknown_choice_list', `the choice list "${question.listName}" is not on the choices sheet`));
      continue;
    }
    if (question.type !== 'select_multiple' || reportedLists.has(question.listName)) continue;
    reportedLists.add(question.listName);
    for (const choice of list.filter((c) => /\s/.test(c.name))) {
      const what = `"${choice.name}" has a space, but list "${question.listName}" is used by select_multiple "${question.name}", whose answers are names separated by spaces`;
      problems.push(formProblem({ sheet: 'choices', row: choices.rowOf.get(choice) ?? 1, column: choices.nameHeader }, 'choice_name_with_space', what));
    }
  }
}

function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '') || 'form';
}
