/**
 * Splits respondents into the groups of one disaggregation (`region`, or a cross such as
 * `region+profile`) once, as an Int32Array of group numbers, so each indicator then makes a
 * single pass over the rows with no per-row lookups or allocations.
 *
 * Groups are the values seen in the data (a respondent with no answer falls in a `null`
 * group), ordered as the form lists the choices, numbers ascending, other text alphabetically,
 * no-answer last. A cross orders by its first question, then the next. `lines` are the sets of
 * groups whose total a reader may know from another table: the whole disaggregation, and for a
 * cross every row and column (groups that share all values but one); complementary suppression
 * works on them.
 */
import type { FormDefinition } from '../form.ts';
import { textOf, type ResponseRow } from './answers.ts';

export interface Disaggregation {
  questions: string[];
  /** The group of each row (0-based, in output order). */
  groupOfRow: Int32Array;
  groups: { by: Record<string, string | null> }[];
  lines: number[][];
}

/** The single group of a report without `--by`. */
export function wholeSample(rowCount: number): Disaggregation {
  return { questions: [], groupOfRow: new Int32Array(rowCount), groups: [{ by: {} }], lines: [[0]] };
}

/**
 * @example buildDisaggregation([{ region: 'Puno' }, { region: 'Arequipa' }], ['region']).groups
 *   // [{ by: { region: 'Arequipa' } }, { by: { region: 'Puno' } }]
 */
export function buildDisaggregation(rows: readonly ResponseRow[], questions: readonly string[], form?: FormDefinition): Disaggregation {
  const columns = questions.map((question) => codeColumn(rows, question, form));
  const sizes = columns.map((c) => c.values.length);
  const groupOfRow = new Int32Array(rows.length);
  const seen = new Map<number, number>();
  const keys: number[] = [];
  for (let row = 0; row < rows.length; row++) {
    let key = 0;
    for (let q = 0; q < columns.length; q++) key = key * sizes[q]! + columns[q]!.codes[row]!;
    let group = seen.get(key);
    if (group === undefined) {
      group = keys.length;
      seen.set(key, group);
      keys.push(key);
    }
    groupOfRow[row] = group;
  }
  const order = keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]!);
  const finalOf = new Int32Array(keys.length);
  order.forEach((group, position) => (finalOf[group] = position));
  for (let row = 0; row < rows.length; row++) groupOfRow[row] = finalOf[groupOfRow[row]!]!;
  const codesOf = order.map((group) => digits(keys[group]!, sizes));
  const groups = codesOf.map((codes) => ({ by: Object.fromEntries(questions.map((q, i) => [q, columns[i]!.values[codes[i]!]!])) }));
  return { questions: [...questions], groupOfRow, groups, lines: linesOf(codesOf, questions.length) };
}

interface CodeColumn {
  /** Rank of each row's answer among `values`. */
  codes: Int32Array;
  values: (string | null)[];
}

function codeColumn(rows: readonly ResponseRow[], question: string, form?: FormDefinition): CodeColumn {
  const firstSeen = new Int32Array(rows.length);
  const byNumber = new Map<number, number>();
  const byText = new Map<string | null, number>();
  const seenValues: (string | number | null)[] = [];
  for (let row = 0; row < rows.length; row++) {
    const value = rows[row]![question];
    const isNumber = typeof value === 'number';
    const map: Map<string | number | null, number> = isNumber ? byNumber : byText;
    const key = isNumber ? value : textOf(value);
    let code = map.get(key);
    if (code === undefined) {
      code = seenValues.length;
      map.set(key, code);
      seenValues.push(key);
    }
    firstSeen[row] = code;
  }
  const rankOf = rankValues(seenValues, choiceOrder(question, form));
  for (let row = 0; row < rows.length; row++) firstSeen[row] = rankOf[firstSeen[row]!]!;
  const values: (string | null)[] = new Array(seenValues.length);
  seenValues.forEach((value, code) => (values[rankOf[code]!] = value === null ? null : String(value)));
  return { codes: firstSeen, values };
}

function choiceOrder(question: string, form?: FormDefinition): Map<string, number> {
  const listName = form?.questions.find((q) => q.name === question)?.listName;
  const choices = listName ? (form?.choiceLists[listName] ?? []) : [];
  return new Map(choices.map((c, i) => [c.name, i]));
}

/** Output rank of each first-seen value: choice order, then numbers, then text, then no answer. */
function rankValues(values: (string | number | null)[], choices: Map<string, number>): Int32Array {
  const sortKey = (v: string | number | null): [number, number, string] => {
    if (v === null) return [3, 0, ''];
    if (typeof v === 'string' && choices.has(v)) return [0, choices.get(v)!, ''];
    const n = typeof v === 'number' ? v : v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
    return n !== null ? [1, n, ''] : [2, 0, String(v)];
  };
  const keyed = values.map((v, code) => ({ code, key: sortKey(v) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2].localeCompare(b.key[2], 'es'));
  const rankOf = new Int32Array(values.length);
  keyed.forEach(({ code }, rank) => (rankOf[code] = rank));
  return rankOf;
}

function digits(key: number, sizes: number[]): number[] {
  const out = new Array<number>(sizes.length);
  for (let q = sizes.length - 1; q >= 0; q--) {
    out[q] = key % sizes[q]!;
    key = Math.floor(key / sizes[q]!);
  }
  return out;
}

/** For each question of a cross, the groups that share every other value form one line. */
function linesOf(codesOf: number[][], questionCount: number): number[][] {
  if (questionCount <= 1) return [codesOf.map((_, i) => i)];
  const lines: number[][] = [];
  for (let free = 0; free < questionCount; free++) {
    const byRest = new Map<string, number[]>();
    codesOf.forEach((codes, group) => {
      const rest = codes.filter((_, q) => q !== free).join(',');
      const line = byRest.get(rest);
      if (line) line.push(group);
      else byRest.set(rest, [group]);
    });
    lines.push(...byRest.values());
  }
  return lines;
}
