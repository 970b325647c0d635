/**
 * The pure half of `pallay import people FILE`: from a table read out of a CSV or XLSX file to the
 * people ready for the contract schema, plus every problem for the rejects file.
 *
 * Kept pure and whole so the CLI and an HTTP upload share one behaviour: the column plan is
 * decided once per file (including how a lone "M" reads), each row is checked on its own, and a
 * bad row never stops the good ones. A file without a required column is refused as a whole
 * (VALIDATION_FAILED) with one message per missing column.
 */
import { AppError } from '../../errors.ts';
import type { Table } from './delimited.ts';
import { planColumns, toFieldCells, type ColumnMap, type ColumnPlan } from './people-columns.ts';
import { detectSexLetters, rowToPersonInput, type PersonImport, type RowProblem } from './people-values.ts';

export interface PeopleImportResult {
  plan: ColumnPlan;
  /** Rows without problems, in file order. */
  people: { line: number; input: PersonImport }[];
  /** Every problem of every rejected row, in file order. */
  problems: RowProblem[];
}

/**
 * Reads every row of a people table.
 * @example readPeopleTable(readDelimited(text, ';'), { map: parseColumnMap('Socia=given_names') })
 */
export function readPeopleTable(table: Table, options: { map?: ColumnMap } = {}): PeopleImportResult {
  const plan = planColumns(table.header, options.map);
  if (plan.missing.length > 0) {
    const details = plan.missing.map((m) => ({ path: m.what, code: 'file.missing_column', message: m.message }));
    throw new AppError('VALIDATION_FAILED', `The file cannot be imported: ${plan.missing.map((m) => m.message).join('; ')}`, { details });
  }
  const sexColumn = plan.columns.find((c) => c.field === 'sex')?.column;
  const sexLetters = detectSexLetters(sexColumn ? table.rows.map((r) => r.values[sexColumn] ?? '') : []);
  const result: PeopleImportResult = { plan, people: [], problems: [] };
  for (const row of table.rows) {
    const { input, problems } = rowToPersonInput(toFieldCells(row.values, plan), row.line, { sexLetters });
    if (input) result.people.push({ line: row.line, input });
    result.problems.push(...problems);
  }
  return result;
}

/**
 * The rejects file: one line per problem, "line,column,reason", as UTF-8 CSV with a BOM so
 * Excel on a Spanish-locale computer opens the accents correctly.
 * @example rejectsCsv([{ line: 4, column: 'DNI', message: 'DNI must have 8 digits; got 7' }])
 * // '\uFEFFline,column,reason\r\n4,DNI,DNI must have 8 digits; got 7\r\n'
 */
export function rejectsCsv(problems: readonly RowProblem[]): string {
  // A leading = + - @ would make Excel run the text as a formula; a quote mark neutralises it.
  const quote = (text: string) => {
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = problems.map((p) => [String(p.line), quote(p.column), quote(p.message)].join(','));
  return `\uFEFF${['line,column,reason', ...lines].join('\r\n')}\r\n`;
}
