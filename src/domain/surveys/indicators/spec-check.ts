/**
 * Reads an indicator spec and checks it against the questionnaire before any row is counted,
 * so a typo in a question name or a choice fails loudly instead of yielding a column of zeros.
 * Every message names the indicator and the field (`indicator "ppe_yes", values: "si" is not a
 * choice of list yes_no (yes, no)`); paths are dotted (`indicators.0.values.0`) for the API.
 * Pure: the caller reads the files.
 */
import { IndicatorSpec, type IndicatorDefinition, type IndicatorFilter } from '../../../contracts/indicators.ts';
import { AppError, type FieldProblem } from '../../errors.ts';
import type { FormDefinition, Question, QuestionType } from '../form.ts';

const NUMBER_TYPES: readonly QuestionType[] = ['integer', 'decimal', 'calculate'];
const SELECT_TYPES: readonly QuestionType[] = ['select_one', 'select_multiple'];

export interface SpecCheckOptions {
  form: FormDefinition;
  spec: IndicatorSpec;
  /** Disaggregations as given to the engine (`region`, or `region+profile` for a cross). */
  by?: readonly string[];
  /** Data columns that are not questions (metadata such as a weight `w`); allowed as weight or by. */
  extraColumns?: readonly string[];
}

/**
 * Parses spec JSON (already JSON.parse'd) with the contract, as field problems on failure.
 * @example parseIndicatorSpec({ indicators: [{ id: 'age', type: 'mean', question: 'age' }] }).spec?.suppress_below // 5
 */
export function parseIndicatorSpec(json: unknown): { spec: IndicatorSpec; problems: [] } | { spec: null; problems: FieldProblem[] } {
  const parsed = IndicatorSpec.safeParse(json);
  if (parsed.success) return { spec: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.join('.');
    return { path, code: 'indicator_spec.invalid', message: `${describePath(json, issue.path)}${issue.message}` };
  });
  return { spec: null, problems };
}

/** Every way the spec does not fit the form (empty when it fits). */
export function checkIndicatorSpec({ form, spec, by = [], extraColumns = [] }: SpecCheckOptions): FieldProblem[] {
  const questions = new Map(form.questions.map((q) => [q.name, q]));
  const extras = new Set(extraColumns);
  const problems: FieldProblem[] = [];
  spec.indicators.forEach((indicator, index) => {
    const report = (field: string, message: string, code: string) =>
      problems.push({ path: `indicators.${index}.${field}`, code, message: `indicator "${indicator.id}", ${field.replace(/\.\d+$/, '')}: ${message}` });
    const question = questions.get(indicator.question);
    if (!question) report('question', `"${indicator.question}" is not a question of form ${form.formId}`, 'indicator.question_unknown');
    else checkMeasuredQuestion(indicator, question, form, report);
    filtersOf(indicator).forEach((filter, f) => {
      const prefix = Array.isArray(indicator.filter) ? `filter.${f}` : 'filter';
      checkFilter(filter, questions, form, (field, message, code) => report(`${prefix}.${field}`, message, code));
    });
    if (indicator.weight !== undefined) checkWeight(indicator.weight, questions, extras, report);
  });
  by.forEach((disaggregation, index) => {
    for (const name of disaggregation.split('+')) {
      const question = questions.get(name);
      const path = `by.${index}`;
      if (!question && !extras.has(name)) problems.push({ path, code: 'indicator.by_unknown', message: `by: "${name}" is not a question of form ${form.formId} nor a column of the data` });
      else if (question?.type === 'select_multiple') problems.push({ path, code: 'indicator.by_multiple', message: `by: "${name}" is a select_multiple; a respondent must fall in one group, so disaggregate by a select_one or another single answer` });
      else if (question?.inRepeat) problems.push({ path, code: 'indicator.by_repeat', message: `by: "${name}" sits in a repeat; indicators use the main table only` });
    }
  });
  return problems;
}

/** The error the engine and the CLI raise for a spec that does not fit (exit code 2, a 4xx). */
export function indicatorSpecError(problems: FieldProblem[]): AppError {
  const message = problems.length === 1 ? `The indicator spec does not fit: ${problems[0]!.message}` : `The indicator spec does not fit (${problems.length} problems)`;
  return new AppError('VALIDATION_FAILED', message, { details: problems });
}

export function filtersOf(indicator: IndicatorDefinition): IndicatorFilter[] {
  if (!indicator.filter) return [];
  return Array.isArray(indicator.filter) ? indicator.filter : [indicator.filter];
}

type Report = (field: string, message: string, code: string) => void;

function checkMeasuredQuestion(indicator: IndicatorDefinition, question: Question, form: FormDefinition, report: Report): void {
  if (question.inRepeat) return report('question', `"${question.name}" sits in a repeat; indicators use the main table only`, 'indicator.question_repeat');
  if (question.type === 'note') return report('question', `"${question.name}" is a note and has no answers`, 'indicator.question_note');
  if ((indicator.type === 'mean' || indicator.type === 'median') && !NUMBER_TYPES.includes(question.type)) {
    return report('question', `a ${indicator.type} needs an integer or decimal question; "${question.name}" is ${question.rawType}`, 'indicator.question_not_number');
  }
  if (indicator.type === 'proportion') checkAnswerValues(question, indicator.values, form, (i, message, code) => report(`values.${i}`, message, code));
}

function checkFilter(filter: IndicatorFilter, questions: Map<string, Question>, form: FormDefinition, report: Report): void {
  const question = questions.get(filter.question);
  if (!question) return report('question', `"${filter.question}" is not a question of form ${form.formId}`, 'indicator.filter_unknown');
  if (question.inRepeat) return report('question', `"${filter.question}" sits in a repeat; indicators use the main table only`, 'indicator.filter_repeat');
  checkAnswerValues(question, filter.values, form, (i, message, code) => report(`values.${i}`, message, code));
}

function checkWeight(weight: string, questions: Map<string, Question>, extras: Set<string>, report: Report): void {
  const question = questions.get(weight);
  if (!question && !extras.has(weight)) report('weight', `"${weight}" is not a question of the form nor a column of the data`, 'indicator.weight_unknown');
  else if (question && !NUMBER_TYPES.includes(question.type)) report('weight', `"${weight}" must be an integer or decimal question; it is ${question.rawType}`, 'indicator.weight_not_number');
  else if (question?.inRepeat) report('weight', `"${weight}" sits in a repeat; weights come from the main table`, 'indicator.weight_repeat');
}

/** Values of a proportion or a filter must be choices of a select, or numbers for a number question. */
function checkAnswerValues(question: Question, values: readonly string[], form: FormDefinition, report: (index: number, message: string, code: string) => void): void {
  if (SELECT_TYPES.includes(question.type)) {
    const choices = form.choiceLists[question.listName ?? ''] ?? [];
    const names = new Set(choices.map((c) => c.name));
    values.forEach((value, i) => {
      if (!names.has(value)) report(i, `"${value}" is not a choice of list ${question.listName} (${choices.map((c) => c.name).join(', ')})`, 'indicator.value_not_choice');
    });
  } else if (question.type === 'integer' || question.type === 'decimal') {
    values.forEach((value, i) => {
      if (value.trim() === '' || !Number.isFinite(Number(value))) report(i, `"${value}" is not a number, and "${question.name}" is ${question.type}`, 'indicator.value_not_number');
    });
  }
}

/** `indicator "ppe_yes", ` before a zod message, when the path points into an indicator. */
function describePath(json: unknown, path: PropertyKey[]): string {
  const location = path.map(String).join('.');
  if (path[0] === 'indicators' && typeof path[1] === 'number') {
    const raw = (json as { indicators?: { id?: unknown }[] }).indicators?.[path[1]];
    const id = typeof raw?.id === 'string' ? raw.id : `#${path[1] + 1}`;
    const field = path.slice(2).map(String).join('.');
    return `indicator "${id}"${field ? `, ${field}` : ''}: `;
  }
  return location ? `${location}: ` : '';
}
