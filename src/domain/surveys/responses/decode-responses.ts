/**
 * Decodes a KoboToolbox or ODK Central export (already read from CSV or XLSX into a table of
 * text cells, see src/domain/registry/import/delimited.ts) against its form: one
 * DecodedResponse per row, with answers typed by the form, metadata kept as text, and an id that
 * makes a re-import harmless. docs/surveys.md describes the conventions it accepts.
 *
 * Must hold: a cell that does not fit (an unknown choice, text in a number, a bad date) becomes
 * null, is reported with its line and column and counted, and never costs the rest of the row;
 * a second row with an id already seen is reported and dropped, not merged; rows without an id
 * that are identical are kept apart (two women may answer a short form alike). Column matching is
 * planned once per file (column-plan.ts) and choice lookups are cached, so the loop is a few
 * array reads per cell: a million rows fit in seconds.
 */
import type { AnswerValue, CellProblem, DecodedResponse, FormDefinition } from '../form.ts';
import { Misfit } from './cell-decoders.ts';
import { planColumns, type ColumnPlan, type SplitQuestion } from './column-plan.ts';
import { idFromCell, RowHasher } from './response-id.ts';

export interface ResponseTable {
  header: string[];
  /** `line` is the 1-based line (or spreadsheet row) in the file; values are in header order. */
  rows: { line: number; values: string[] }[];
}

export interface DecodeCounts {
  rows: number;
  responses: number;
  /** Every problem found, including those past `maxProblems` that were counted but not listed. */
  problems: number;
  rowsWithProblems: number;
  duplicateRows: number;
  idsFromFile: number;
  idsFromHash: number;
}

export interface DecodeResult {
  responses: DecodedResponse[];
  problems: CellProblem[];
  counts: DecodeCounts;
  /** How each column was read and which questions had no column, for the import summary. */
  columns: Pick<ColumnPlan, 'roles' | 'missingQuestions'>;
}

export interface DecodeOptions {
  /** Problems listed in full (default 10,000); more are only counted, so a bad column can't fill memory. */
  maxProblems?: number;
}

const TRUE_FLAGS = new Set(['1', 'true', 'True', 'TRUE', '1.0', 'yes', 'Yes']);
const FALSE_FLAGS = new Set(['0', 'false', 'False', 'FALSE', '0.0', 'no', 'No']);

/**
 * @example
 * const { responses, problems, counts } = decodeResponses(form, { header: ['_uuid', 'age'], rows: [{ line: 2, values: ['a1', '34'] }] });
 * responses[0] // { id: 'a1', line: 2, values: { age: 34 }, meta: { _uuid: 'a1' } }
 */
export function decodeResponses(form: FormDefinition, table: ResponseTable, options: DecodeOptions = {}): DecodeResult {
  const maxProblems = options.maxProblems ?? 10_000;
  const plan = planColumns(form, table.header);
  const hasher = new RowHasher(form.formId, table.header);
  const responses: DecodedResponse[] = [];
  const problems: CellProblem[] = [];
  const counts: DecodeCounts = { rows: table.rows.length, responses: 0, problems: 0, rowsWithProblems: 0, duplicateRows: 0, idsFromFile: 0, idsFromHash: 0 };
  const seenIds = new Set<string>();
  const hashCopies = new Map<string, number>();
  const report = (line: number, column: string, misfit: Misfit) => {
    counts.problems++;
    if (problems.length < maxProblems) problems.push({ line, column, code: misfit.code, message: misfit.message });
  };
  if (plan.answers.length === 0 && plan.splits.length === 0 && table.header.length > 0) {
    report(1, '', new Misfit('no_question_columns', `no column of the file is a question of form "${form.formId}"; is it the right form?`));
  }
  for (const row of table.rows) {
    const before = counts.problems;
    const idCell = plan.idColumn === null ? '' : (row.values[plan.idColumn] ?? '');
    const fileId = idFromCell(idCell);
    if (fileId !== null && seenIds.has(fileId)) {
      counts.duplicateRows++;
      counts.rowsWithProblems++;
      report(row.line, table.header[plan.idColumn ?? 0] ?? '', new Misfit('duplicate_response', `response id "${fileId}" is already on an earlier line; this line is skipped`));
      continue;
    }
    let id: string;
    if (fileId === null) {
      // Identical rows are distinct respondents who answered alike: the k-th copy gets its own id.
      const base = hasher.hash(row.values);
      const copies = hashCopies.get(base) ?? 0;
      hashCopies.set(base, copies + 1);
      id = copies === 0 ? base : `${base}-${copies + 1}`;
      counts.idsFromHash++;
    } else {
      seenIds.add(fileId);
      id = fileId;
      counts.idsFromFile++;
    }
    const values: Record<string, AnswerValue> = {};
    for (const column of plan.answers) {
      const cell = row.values[column.index] ?? '';
      if (cell === '') {
        values[column.question.name] = null;
        continue;
      }
      const value = column.decode(cell);
      if (value instanceof Misfit) {
        report(row.line, table.header[column.index] ?? '', value);
        values[column.question.name] = null;
      } else values[column.question.name] = value;
    }
    for (const split of plan.splits) values[split.question.name] = readSplit(split, row, table.header, report);
    const meta: Record<string, string> = {};
    for (const column of plan.meta) {
      const cell = row.values[column.index];
      if (cell !== undefined && cell !== '') meta[column.header] = cell;
    }
    if (counts.problems > before) counts.rowsWithProblems++;
    responses.push({ id, line: row.line, values, meta });
  }
  counts.responses = responses.length;
  return { responses, problems, counts, columns: { roles: plan.roles, missingQuestions: plan.missingQuestions } };
}

/** A select_multiple from its 0/1 columns: null when every cell is empty (not asked). */
function readSplit(split: SplitQuestion, row: ResponseTable['rows'][number], header: string[], report: (line: number, column: string, misfit: Misfit) => void): string[] | null {
  let chosen: string[] | null = null;
  for (const { index, choice } of split.columns) {
    const cell = row.values[index] ?? '';
    if (cell === '') continue;
    chosen ??= [];
    if (TRUE_FLAGS.has(cell)) chosen.push(choice);
    else if (!FALSE_FLAGS.has(cell)) report(row.line, header[index] ?? '', new Misfit('not_a_flag', `"${cell}" is not 1 or 0 (choice "${choice}" of ${split.question.name})`));
  }
  return chosen;
}
