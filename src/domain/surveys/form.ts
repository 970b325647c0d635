/**
 * A questionnaire as Pallay understands it, read from an XLSForm (the survey, choices and
 * settings sheets that KoboToolbox and ODK use): its questions with their types, group paths
 * and labels per language, and the choice lists. Shared by the form importer, the response
 * decoder and the indicator engine, so all three agree on what a question is.
 */

export const QUESTION_TYPES = ['text', 'integer', 'decimal', 'date', 'select_one', 'select_multiple', 'note', 'calculate', 'other'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Labels by language code (`es`, `en`, `qu`…), or `default` for a plain `label` column. */
export type Labels = Record<string, string>;

export interface Choice {
  name: string;
  labels: Labels;
}

export interface Question {
  /** The XLSForm `name`: unique in the form, whatever group it sits in. */
  name: string;
  type: QuestionType;
  /** The type cell as written, e.g. `select_one yes_no` or `geopoint` (kept for `other`). */
  rawType: string;
  /** For select_one / select_multiple: the choice list name. */
  listName: string | null;
  labels: Labels;
  required: boolean;
  /** Names of the enclosing groups and repeats, outermost first. */
  path: string[];
  /** True inside a repeat: stored, but indicators use the main table only. */
  inRepeat: boolean;
  /** 1-based row on the survey sheet (for messages). */
  row: number;
}

export interface FormDefinition {
  /** settings `form_id`, else derived from the file name. */
  formId: string;
  title: string;
  version: string | null;
  defaultLanguage: string | null;
  /** Language codes found in `label::…` columns, in column order (`default` for a plain label). */
  languages: string[];
  questions: Question[];
  choiceLists: Record<string, Choice[]>;
}

/** One answer as decoded against the form: numbers, dates as YYYY-MM-DD, choice names. */
export type AnswerValue = string | number | string[] | null;

export interface DecodedResponse {
  /** `_uuid` / `instanceID` / `meta/instanceID`, else a hash of the row: the idempotency key. */
  id: string;
  /** 1-based line in the data file (header = 1). */
  line: number;
  /** Main-table answers by question name. */
  values: Record<string, AnswerValue>;
  /** Columns that are not questions (`_submission_time`, `_index`, `start`, …), kept as text. */
  meta: Record<string, string>;
}

/** A value that does not fit the form: reported and counted, the rest of the row is kept. */
export interface CellProblem {
  line: number;
  column: string;
  code: string;
  message: string;
}
