/**
 * Referral tables hide every count of 1 to 10, show zeros, and no hidden value can be worked back
 * from the published cells and totals: checked by linear algebra (a hidden entry is determined
 * exactly when its unit vector lies in the span of the line equations) on fixed and random tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable, type SuppressedTable } from './suppress-table.ts';

/** Entries of the extended matrix (cells, row totals, column totals, grand total) that are hidden and can be derived. */
function derivableHidden(cells: number[][], t: SuppressedTable): string[] {
  const rows = cells.length;
  const cols = cells[0]!.length;
  const value = (i: number, j: number) => (i < rows ? (j < cols ? t.cells[i]![j] : t.rowTotals[i]) : j < cols ? t.columnTotals[j] : t.total);
  const unknowns: [number, number][] = [];
  for (let i = 0; i <= rows; i++) for (let j = 0; j <= cols; j++) if (value(i, j) === null) unknowns.push([i, j]);
  const index = new Map(unknowns.map(([i, j], k) => [`${i},${j}`, k]));
  // Each line: sum of its members minus its total = 0, restricted to the unknowns.
  const equations: number[][] = [];
  const line = (members: [number, number][], total: [number, number]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (const [i, j] of members) if (index.has(`${i},${j}`)) eq[index.get(`${i},${j}`)!] = 1;
    if (index.has(`${total[0]},${total[1]}`)) eq[index.get(`${total[0]},${total[1]}`)!] = -1;
    equations.push(eq);
  };
  for (let i = 0; i <= rows; i++) line(Array.from({ length: cols }, (_, j) => [i, j]), [i, cols]);
  for (let j = 0; j <= cols; j++) line(Array.from({ length: rows }, (_, i) => [i, j]), [rows, j]);
  const rank = (mat: number[][]) => {
    const a = mat.map((r) => [...r]);
    let r = 0;
    for (let c = 0; c < unknowns.length && r < a.length; c++) {
      const p = a.findIndex((row, k) => k >= r && Math.abs(row[c]!) > 1e-9);
      if (p < 0) continue;
      [a[r], a[p]] = [a[p]!, a[r]!];
      for (let k = 0; k < a.length; k++) {
        if (k === r) continue;
        const f = a[k]![c]! / a[r]![c]!;
        a[k] = a[k]!.map((v, x) => v - f * a[r]![x]!);
      }
      r++;
    }
    return r;
  };
  const base = rank(equations);
  return unknowns.filter((_, k) => rank([...equations, unknowns.map((__, x) => (x === k ? 1 : 0))]) === base).map(([i, j]) => `${i},${j}`);
}

describe('suppressTable', () => {
  it('hides 1 to 10, shows zeros and large counts, and hides complements so nothing follows from the totals', () => {
    const cells = [
      [0, 30, 5],
      [12, 40, 25],
      [0, 0, 0],
    ];
    const t = suppressTable(cells);
    expect(t.cells[0]![0]).toBe(0);
    expect(t.cells[0]![2]).toBeNull();
    expect(t.cells[2]).toEqual([0, 0, 0]);
    expect(t.cells.flat().filter((c) => c === null).length).toBeGreaterThanOrEqual(4);
    expect(derivableHidden(cells, t)).toEqual([]);
  });

  it('hides a row total that is itself 1 to 10', () => {
    const t = suppressTable([[3, 0], [20, 30]]);
    expect(t.rowTotals[0]).toBeNull();
    expect(t.cells[0]![0]).toBeNull();
  });

  it('never lets a hidden count be derived, and never hides a zero (random tables)', () => {
    const table = fc.integer({ min: 1, max: 5 }).chain((rows) =>
      fc.integer({ min: 1, max: 5 }).chain((cols) => fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 11, max: 60 })), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })),
    );
    fc.assert(
      fc.property(table, (cells) => {
        const t = suppressTable(cells);
        cells.forEach((r, i) => r.forEach((v, j) => {
          if (v >= 1 && v <= 10) expect(t.cells[i]![j]).toBeNull();
          if (v === 0) expect(t.cells[i]![j]).toBe(0);
        }));
        expect(derivableHidden(cells, t)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
