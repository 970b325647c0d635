/**
 * What the engine precomputes once per data set and reuses across indicators: the weight
 * column (checked: a blank, a negative or a non-number is bad input, never silently 0), the
 * mask of a filter, and the loop that hands each counted row with its groups to an
 * accumulator — one pass per indicator, no allocation per row.
 */
import type { IndicatorFilter } from '../../../contracts/indicators.ts';
import { AppError, type FieldProblem } from '../../errors.ts';
import { matcherOf, numberOf, type ResponseRow } from './answers.ts';
import type { Disaggregation } from './disaggregation.ts';

/** How many bad weights a message lists before it says "and N more". */
const LISTED_BAD_WEIGHTS = 5;

/**
 * The weight of every row; throws VALIDATION_FAILED naming the indicator, the column and the
 * first bad rows (1-based, or `lineOf(index)` when the caller knows the file lines).
 */
export function readWeights(rows: readonly ResponseRow[], column: string, context: { indicatorId: string; path: string; lineOf?: (index: number) => number }): Float64Array {
  const weights = new Float64Array(rows.length);
  const bad: string[] = [];
  let badCount = 0;
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i]![column];
    const weight = numberOf(raw);
    if (weight === null || weight < 0) {
      badCount++;
      if (bad.length < LISTED_BAD_WEIGHTS) bad.push(`row ${context.lineOf ? context.lineOf(i) : i + 1} ${raw === null || raw === undefined || raw === '' ? 'is blank' : `is ${JSON.stringify(raw)}`}`);
    } else weights[i] = weight;
  }
  if (badCount > 0) {
    const more = badCount > bad.length ? `, and ${badCount - bad.length} more` : '';
    const message = `indicator "${context.indicatorId}", weight: column "${column}" needs a number of 0 or more on every row; ${bad.join(', ')}${more}`;
    const problem: FieldProblem = { path: context.path, code: 'indicator.weight_invalid', message, params: { column, rows: badCount } };
    throw new AppError('VALIDATION_FAILED', message, { details: [problem] });
  }
  return weights;
}

/** 1 for rows that pass every filter; null when there is no filter. */
export function filterMask(rows: readonly ResponseRow[], filters: readonly IndicatorFilter[]): Uint8Array | null {
  if (filters.length === 0) return null;
  const mask = new Uint8Array(rows.length).fill(1);
  for (const filter of filters) {
    const matches = matcherOf(filter.values);
    const question = filter.question;
    for (let i = 0; i < rows.length; i++) if (mask[i] && !matches(rows[i]![question])) mask[i] = 0;
  }
  return mask;
}

/** Groups of all disaggregations laid end to end, so one accumulator array serves them all. */
export interface GroupLayout {
  disaggregations: readonly Disaggregation[];
  /** Index of each disaggregation's first group in the accumulator arrays. */
  offsets: readonly number[];
  groupCount: number;
}

export function layoutGroups(disaggregations: readonly Disaggregation[]): GroupLayout {
  const offsets: number[] = [];
  let groupCount = 0;
  for (const d of disaggregations) {
    offsets.push(groupCount);
    groupCount += d.groups.length;
  }
  return { disaggregations, offsets, groupCount };
}

export interface RowPass {
  rows: readonly ResponseRow[];
  mask: Uint8Array | null;
  weights: Float64Array | null;
  layout: GroupLayout;
}

/**
 * Calls `visit` for every row that passes the filter, with its weight and its group in each
 * disaggregation (`groups[d]`, already offset). `groups` is one reused array: read it, don't keep it.
 */
export function forEachCountedRow(pass: RowPass, visit: (row: number, weight: number, groups: Int32Array) => void): void {
  const { rows, mask, weights, layout } = pass;
  const columns = layout.disaggregations.map((d) => d.groupOfRow);
  const offsets = layout.offsets;
  const groups = new Int32Array(columns.length);
  for (let row = 0; row < rows.length; row++) {
    if (mask !== null && mask[row] === 0) continue;
    for (let d = 0; d < columns.length; d++) groups[d] = columns[d]![row]! + offsets[d]!;
    visit(row, weights === null ? 1 : weights[row]!, groups);
  }
}
