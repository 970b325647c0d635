/**
 * The one error a malformed or unsupported XLSForm produces: every problem found, each naming the
 * sheet, the 1-based spreadsheet row and the column, so the person who wrote the form can go
 * straight to the cell. It is an AppError (VALIDATION_FAILED) so the CLI exits with 2 and the API
 * answers 422 without knowing about forms; `details` carries the same problems as field paths
 * (`survey[7].type`) with the rule code and its params for translated messages.
 */
import { AppError } from '../../errors.ts';

/** Rule codes, stable for clients that word messages in the user's language (`xlsform.<code>`). */
export type FormProblemCode =
  | 'missing_sheet'
  | 'missing_column'
  | 'missing_type'
  | 'missing_name'
  | 'invalid_name'
  | 'duplicate_name'
  | 'unknown_type'
  | 'unsupported_type'
  | 'select_without_list'
  | 'unknown_choice_list'
  | 'unmatched_end'
  | 'mismatched_end'
  | 'unclosed_block'
  | 'choice_without_list'
  | 'choice_without_name'
  | 'duplicate_choice'
  | 'choice_name_with_space'
  | 'control_character';

export interface FormProblem {
  /** The sheet name as written in the workbook (`survey`, `SURVEY`, `choices`…). */
  sheet: string;
  /** 1-based spreadsheet row (the header is row 1). */
  row: number;
  /** The column header as written (`type`, `name`, `list_name`…). */
  column: string;
  code: FormProblemCode;
  /** English, naming the sheet, row and column. */
  message: string;
}

export class FormError extends AppError {
  readonly problems: FormProblem[];

  constructor(fileName: string, problems: FormProblem[]) {
    const first = problems[0]?.message ?? 'the form is empty';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super('VALIDATION_FAILED', `${fileName} is not a form Pallay can read: ${first}${more}`, {
      rule: 'xlsform.invalid',
      details: problems.map((p) => ({
        path: `${p.sheet}[${p.row}].${p.column}`,
        code: `xlsform.${p.code}`,
        message: p.message,
        params: { sheet: p.sheet, row: p.row, column: p.column },
      })),
    });
    this.name = 'FormError';
    this.problems = problems;
  }
}

/** Builds a problem whose message starts with where it is: `survey sheet, row 7, column type: …`. */
export function formProblem(at: { sheet: string; row: number; column: string }, code: FormProblemCode, what: string): FormProblem {
  return { ...at, code, message: `${at.sheet} sheet, row ${at.row}, column ${at.column}: ${what}` };
}
