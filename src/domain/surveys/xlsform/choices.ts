/**
 * Reads the choices sheet into named choice lists. A list is a run of rows sharing a `list_name`;
 * each choice has a `name` (what exports write when they write names) and labels per language
 * (what they write otherwise). Numbers typed as choice names (2022, 1) are read as their text.
 *
 * Must hold: two choices of one list never share a name unless settings say
 * `allow_choice_duplicates: yes` (a cascading select may repeat a name under different filters);
 * a row with a name and no list, or a list and no name, is a problem, not skipped.
 */
import type { Choice } from '../form.ts';
import { formProblem, type FormProblem } from './form-error.ts';
import { findLabelColumns, readLabels } from './labels.ts';
import { cellAt, findColumn, type Sheet } from './sheet.ts';

export interface ChoiceLists {
  lists: Record<string, Choice[]>;
  /** Spreadsheet row of each choice, for problems found later (a space in a select_multiple choice). */
  rowOf: Map<Choice, number>;
  /** Header of the name column, for those problems. */
  nameHeader: string;
  languages: string[];
}

export function readChoiceLists(sheet: Sheet | null, isDuplicateAllowed: boolean, problems: FormProblem[]): ChoiceLists {
  const result: ChoiceLists = { lists: Object.create(null) as Record<string, Choice[]>, rowOf: new Map(), nameHeader: 'name', languages: [] };
  if (!sheet || sheet.rows.length === 0) return result;
  const listColumn = findColumn(sheet, 'list_name', 'list name');
  const nameColumn = findColumn(sheet, 'name', 'value');
  const headerRow = 1;
  for (const [column, wanted] of [[listColumn, 'list_name'], [nameColumn, 'name']] as const) {
    if (!column) problems.push(formProblem({ sheet: sheet.name, row: headerRow, column: wanted }, 'missing_column', `the ${sheet.name} sheet has no ${wanted} column`));
  }
  if (!listColumn || !nameColumn) return result;
  result.nameHeader = nameColumn.header;
  const labelColumns = findLabelColumns(sheet);
  result.languages = labelColumns.map((c) => c.language);
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const listName = cellAt(row, listColumn);
    const name = cellAt(row, nameColumn);
    if (listName === '' && name === '') continue;
    if (listName === '') {
      problems.push(formProblem({ sheet: sheet.name, row: row.row, column: listColumn.header }, 'choice_without_list', `choice "${name}" has no list name`));
      continue;
    }
    if (name === '') {
      problems.push(formProblem({ sheet: sheet.name, row: row.row, column: nameColumn.header }, 'choice_without_name', `a choice of list "${listName}" has no name`));
      continue;
    }
    const key = `${listName}\u0000${name}`;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      if (!isDuplicateAllowed) {
        const what = `list "${listName}" already has a choice named "${name}" (row ${firstRow}); set allow_choice_duplicates in settings if that is intended`;
        problems.push(formProblem({ sheet: sheet.name, row: row.row, column: nameColumn.header }, 'duplicate_choice', what));
      }
      continue;
    }
    seen.set(key, row.row);
    const choice: Choice = { name, labels: readLabels(row, labelColumns) };
    (result.lists[listName] ??= []).push(choice);
    result.rowOf.set(choice, row.row);
  }
  return result;
}
