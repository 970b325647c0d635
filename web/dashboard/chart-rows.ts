/**
 * One indicator's answer from the API turned into the rows every view shares (bars, map, table,
 * downloads): a readable group name, the figures, why a group is hidden, and the baseline beside
 * it. Keeping this in one place means the chart, its table and the CSV can never disagree.
 */
import type { BaselineValues } from './baseline-view.ts';
import { baselineForGroup } from './baseline-view.ts';
import type { Group, Report } from './dashboard-api.ts';

export interface ChartRow {
  /** The group's value as the data has it (a choice name, a code); null for the total or no answer. */
  key: string | null;
  label: string;
  n: number;
  numerator: number | null;
  value: number | null;
  ci95: [number, number] | null;
  /** 'small': fewer than k people; 'complement': hidden so a small group cannot be worked out. */
  hidden: 'small' | 'complement' | null;
  baseline: { value: number; isDerived: boolean } | null;
  isTotal: boolean;
}

export interface RowWording {
  total: string;
  noAnswer: string;
  /** Labels of the split question's values by value. */
  choiceLabels: Record<string, string>;
}

function toRow(group: Group, opts: { by: string | null; k: number; baseline: BaselineValues | null; wording: RowWording; isTotal: boolean }): ChartRow {
  const key = opts.by ? (group.by[opts.by] ?? null) : null;
  const label = opts.isTotal ? opts.wording.total : key === null ? opts.wording.noAnswer : (opts.wording.choiceLabels[key] ?? key);
  return {
    key, label, n: group.n, numerator: group.numerator, value: group.value, ci95: group.ci95,
    hidden: group.suppressed ? (group.n < opts.k ? 'small' : 'complement') : null,
    baseline: baselineForGroup(opts.baseline, opts.isTotal ? null : opts.by, key),
    isTotal: opts.isTotal,
  };
}

/**
 * The groups of the first indicator of `split` (split by `by`), in the order the server gave,
 * with the unsplit `total` last when there is one.
 */
export function chartRows(opts: { split: Report; total: Report | null; by: string | null; k: number; baseline: BaselineValues | null; wording: RowWording }): ChartRow[] {
  const groups = opts.split.indicators[0]?.groups ?? [];
  const rows = groups.map((g) => toRow(g, { ...opts, isTotal: opts.by === null }));
  const total = opts.by !== null ? opts.total?.indicators[0]?.groups[0] : undefined;
  if (total) rows.push(toRow(total, { ...opts, by: null, isTotal: true }));
  return rows;
}
