/**
 * Small-cell rules for production reports. A cell about fewer than five people could point at
 * one woman's income, so its figures are hidden; when exactly one cell is hidden, the next
 * smallest is hidden too, or the total would give it away. Buyers with fewer than five sales
 * are pooled into one row rather than named.
 */

export interface CountedCell {
  /** How many distinct people (or sales, for buyers) the cell describes. */
  count: number;
}

/**
 * Indexes of the cells to hide: those under `min`, plus one more when a lone hidden cell could be
 * derived. With `keepZeros` a zero cell is neither hidden nor picked as the complement (a zero
 * points at nobody, and hiding it protects nothing): referral statistics hide 1 to 10.
 */
export function cellsToSuppress(cells: readonly CountedCell[], min: number, opts: { keepZeros?: boolean } = {}): Set<number> {
  const isSmall = (n: number) => n < min && !(opts.keepZeros && n === 0);
  const hidden = new Set(cells.flatMap((c, i) => (isSmall(c.count) ? [i] : [])));
  if (hidden.size === 1 && cells.length > 1) {
    const next = cells
      .map((c, i) => ({ count: c.count, i }))
      .filter(({ i, count }) => !hidden.has(i) && !(opts.keepZeros && count === 0))
      .sort((a, b) => a.count - b.count)[0];
    if (next) hidden.add(next.i);
  }
  return hidden;
}

/** Splits buyers into those shown by name and those pooled (fewer than `min` sales each). */
export function poolSmallBuyers<T extends { sales: number }>(buyers: readonly T[], min: number): { named: T[]; pooled: T[] } {
  return { named: buyers.filter((b) => b.sales >= min), pooled: buyers.filter((b) => b.sales < min) };
}

/** Weighted discount over many sales: 1 − Σ paid ÷ Σ net reference (null with no positive reference). */
export function pooledDiscount(paidCents: number, netReferenceCents: number): number | null {
  return netReferenceCents > 0 ? Math.round((1 - paidCents / netReferenceCents) * 10_000) / 10_000 : null;
}
