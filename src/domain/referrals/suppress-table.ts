/**
 * Small-cell suppression for two-way tables of referral counts (type × region, type × month).
 * A count of 1 to 10 could point at one woman, so it is hidden (zero is shown: it points at
 * nobody). Rows and columns are published with their totals, so a hidden cell alone in its line
 * would follow by subtraction, and so would small ones whose sum pins them (10 + 10 = 20 where no
 * cell can pass 10): every line (row with its total, column with its total, the margins with the
 * grand total) with hidden entries gets at least two, one of them not small, by hiding the next
 * smallest non-zero entry (complementary suppression). Lines alone are not enough (two lines
 * together can still give a value away), so complements are then added until no hidden entry can
 * be derived from all the equations together (derivable.ts). Hiding every non-zero entry is always
 * safe, so this ends.
 */
import { cellsToSuppress } from '../production/report-cells.ts';
import { derivableHidden } from './derivable.ts';

export const MIN_REFERRAL_CELL = 11;

export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

/** Hides the small cells and their complements; `cells` is rows × columns of counts. */
export function suppressTable(cells: readonly (readonly number[])[], min = MIN_REFERRAL_CELL): SuppressedTable {
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  // The extended matrix: row totals in column `cols`, column totals in row `rows`.
  const m: number[][] = cells.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const totalsRow = Array.from({ length: cols + 1 }, (_, j) => m.reduce((a, r) => a + r[j]!, 0));
  m.push(totalsRow);
  const hidden = m.map((r) => r.map(() => false));
  const lines: [number, number][][] = [
    ...Array.from({ length: rows + 1 }, (_, i) => Array.from({ length: cols + 1 }, (_, j) => [i, j] as [number, number])),
    ...Array.from({ length: cols + 1 }, (_, j) => Array.from({ length: rows + 1 }, (_, i) => [i, j] as [number, number])),
  ];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      // The line rule sees the cells already hidden, with their real counts: a line whose hidden
      // cells are all small gets one that is not, so the margin does not pin their sum.
      const counted = line.map(([i, j]) => ({ count: m[i]![j]! }));
      const alreadyHidden = new Set(line.flatMap(([i, j], k) => (hidden[i]![j] ? [k] : [])));
      for (const k of cellsToSuppress(counted, min, { keepZeros: true, alreadyHidden })) {
        const [i, j] = line[k]!;
        if (!hidden[i]![j]) {
          hidden[i]![j] = true;
          changed = true;
        }
      }
    }
  }
  for (let derivable = derivableHidden(hidden); derivable.length; derivable = derivableHidden(hidden)) {
    const [i, j] = derivable[0]!;
    const visible = (entries: [number, number][]) => entries.filter(([a, b]) => !hidden[a]![b] && m[a]![b]! > 0);
    const own = visible(lines.filter((l) => l.some(([a, b]) => a === i && b === j)).flat());
    const candidates = own.length ? own : visible(lines.flat());
    if (!candidates.length) break; // cannot happen: with every non-zero entry hidden nothing is derivable
    const pick = candidates.reduce((best, c) => (m[c[0]]![c[1]]! < m[best[0]]![best[1]]! ? c : best));
    hidden[pick[0]]![pick[1]] = true;
  }
  const shown = (i: number, j: number) => (hidden[i]![j] ? null : m[i]![j]!);
  return {
    cells: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => shown(i, j))),
    rowTotals: Array.from({ length: rows }, (_, i) => shown(i, cols)),
    columnTotals: Array.from({ length: cols }, (_, j) => shown(rows, j)),
    total: shown(rows, cols),
  };
}
