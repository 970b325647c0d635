/**
 * Which hidden entries of a table with margins could be worked back from what is published.
 * Every row and column is an equation (its cells sum to its total); with the published values
 * moved to the right-hand side, a hidden entry is determined exactly when its unit vector lies in
 * the span of the equations, i.e. when the reduced row-echelon form holds a row equal to it.
 * Used by suppress-table.ts to add complements until nothing can be derived.
 */

/** `hidden` is the extended matrix mask (rows+1 × cols+1, totals last); returns the derivable hidden entries. */
export function derivableHidden(hidden: readonly (readonly boolean[])[]): [number, number][] {
  const rows = hidden.length - 1;
  const cols = (hidden[0]?.length ?? 1) - 1;
  const unknowns: [number, number][] = [];
  hidden.forEach((r, i) => r.forEach((h, j) => { if (h) unknowns.push([i, j]); }));
  if (!unknowns.length) return [];
  const index = new Map(unknowns.map(([i, j], k) => [i * (cols + 1) + j, k]));
  const equations: number[][] = [];
  const addLine = (members: [number, number][]) => {
    const eq = new Array<number>(unknowns.length).fill(0);
    members.forEach(([i, j], n) => {
      const k = index.get(i * (cols + 1) + j);
      if (k !== undefined) eq[k] = n === members.length - 1 ? -1 : 1; // the last member is the total
    });
    if (eq.some((v) => v !== 0)) equations.push(eq);
  };
  for (let i = 0; i <= rows; i++) addLine(Array.from({ length: cols + 1 }, (_, j) => [i, j]));
  for (let j = 0; j <= cols; j++) addLine(Array.from({ length: rows + 1 }, (_, i) => [i, j]));
  const pivots = reducedRowEchelon(equations, unknowns.length);
  return pivots.filter(({ row }) => row.filter((v) => Math.abs(v) > 1e-9).length === 1).map(({ column }) => unknowns[column]!);
}

function reducedRowEchelon(matrix: number[][], width: number): { column: number; row: number[] }[] {
  const a = matrix.map((r) => [...r]);
  const pivots: { column: number; row: number[] }[] = [];
  let r = 0;
  for (let c = 0; c < width && r < a.length; c++) {
    const p = a.findIndex((row, k) => k >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [a[r], a[p]] = [a[p]!, a[r]!];
    const lead = a[r]![c]!;
    a[r] = a[r]!.map((v) => v / lead);
    for (let k = 0; k < a.length; k++) {
      if (k === r || Math.abs(a[k]![c]!) < 1e-9) continue;
      const f = a[k]![c]!;
      a[k] = a[k]!.map((v, x) => v - f * a[r]![x]!);
    }
    pivots.push({ column: c, row: a[r]! });
    r++;
  }
  return pivots.map((p, n) => ({ column: p.column, row: a[n]! }));
}
