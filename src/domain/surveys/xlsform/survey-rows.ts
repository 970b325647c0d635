/**
 * Walks the survey sheet top to bottom, keeping the stack of open groups and repeats, and turns
 * each question row into a Question with its group path. Collects every problem it finds (a
 * form author fixes them all in one go) instead of stopping at the first.
 *
 * Must hold: question names are unique in the whole form, not only among siblings as pyxform
 * requires, because indicator specs and export headers name a question by its bare name; every
 * `begin` has the matching `end`; names are XML names (a letter or `_`, then letters, digits,
 * `_`, `-` or `.`), since they become element names and export headers.
 */
import type { Question } from '../form.ts';
import { formProblem, type FormProblem } from './form-error.ts';
import { readLabels, type LabelColumn } from './labels.ts';
import { readType } from './question-type.ts';
import { cellAt, type Sheet, type SheetColumn } from './sheet.ts';

export interface SurveyColumns {
  type: SheetColumn;
  name: SheetColumn;
  required: SheetColumn | null;
  labels: LabelColumn[];
}

/** A select that asks for an "other" answer (`or_other`): the list gets an `other` choice. */
export interface OrOtherSelect {
  question: Question;
}

interface OpenBlock {
  block: 'group' | 'repeat';
  name: string;
  row: number;
}

const XML_NAME = /^[\p{L}_][\p{L}\p{N}\p{M}_.-]*$/u;
const REQUIRED_WORDS = new Set(['yes', 'true', 'true()', '1']);

export function readSurveyRows(sheet: Sheet, columns: SurveyColumns, problems: FormProblem[]): { questions: Question[]; orOther: OrOtherSelect[] } {
  const questions: Question[] = [];
  const orOther: OrOtherSelect[] = [];
  const stack: OpenBlock[] = [];
  const rowOfName = new Map<string, number>();
  const at = (row: number, column: SheetColumn) => ({ sheet: sheet.name, row, column: column.header });

  const checkName = (name: string, row: number, what: string): boolean => {
    if (name === '') problems.push(formProblem(at(row, columns.name), 'missing_name', `${what} has no name`));
    else if (!XML_NAME.test(name)) {
      problems.push(formProblem(at(row, columns.name), 'invalid_name', `"${name}" is not a valid name: start with a letter or _, then use letters, digits, _, - or . (no spaces)`));
    } else return true;
    return false;
  };

  for (const row of sheet.rows) {
    const typeCell = cellAt(row, columns.type);
    const name = cellAt(row, columns.name);
    const labels = readLabels(row, columns.labels);
    if (typeCell === '') {
      if (name !== '' || Object.keys(labels).length > 0) problems.push(formProblem(at(row.row, columns.type), 'missing_type', `row ${name ? `"${name}" ` : ''}has no type`));
      continue;
    }
    const read = readType(typeCell);
    if (read.kind === 'refused') {
      problems.push(formProblem(at(row.row, columns.type), read.code, read.reason));
    } else if (read.kind === 'begin') {
      checkName(name, row.row, `begin ${read.block}`);
      stack.push({ block: read.block, name, row: row.row });
    } else if (read.kind === 'end') {
      const open = stack.pop();
      if (!open) problems.push(formProblem(at(row.row, columns.type), 'unmatched_end', `"${typeCell}" has no begin ${read.block} above it`));
      else if (open.block !== read.block) {
        const what = `"${typeCell}" closes the ${open.block} "${open.name}" opened on row ${open.row}; write end ${open.block}`;
        problems.push(formProblem(at(row.row, columns.type), 'mismatched_end', what));
      }
    } else {
      if (!checkName(name, row.row, `the ${typeCell} question`)) continue;
      const firstRow = rowOfName.get(name);
      if (firstRow !== undefined) {
        problems.push(formProblem(at(row.row, columns.name), 'duplicate_name', `the name "${name}" is already used on row ${firstRow}; names must be unique in the form`));
        continue;
      }
      rowOfName.set(name, row.row);
      const question: Question = {
        name,
        type: read.type,
        rawType: typeCell,
        listName: read.listName,
        labels,
        required: REQUIRED_WORDS.has(cellAt(row, columns.required).toLowerCase()),
        path: stack.map((b) => b.name),
        inRepeat: stack.some((b) => b.block === 'repeat'),
        row: row.row,
      };
      questions.push(question);
      if (read.hasOrOther) orOther.push({ question });
    }
  }
  for (const open of stack.reverse()) {
    problems.push(formProblem(at(open.row, columns.type), 'unclosed_block', `begin ${open.block} "${open.name}" has no end ${open.block}`));
  }
  return { questions, orOther };
}
