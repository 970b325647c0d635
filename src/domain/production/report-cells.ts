/**
 * Small-cell rules for production reports. A cell about fewer than five people could point at
 * one woman's income, so its figures are hidden. The total would then give away what the hidden
 * cells add up to, and when all of them are small that sum can name them: one hidden cell is its
 * own sum, and two hidden cells adding up to 8 are 4 and 4. So a shown cell is hidden with them,
 * the smallest one, and the hidden sum always holds a cell of unknown size. Buyers with fewer
 * than five sales are pooled into one row rather than named.
 */

export interface CountedCell {
  /** How many distinct people (or sales, for buyers) the cell describes. */
  count: number;
}

/**
 * Indexes of the cells to hide: those under `min` (and `alreadyHidden`, for a line of a larger
 * table), plus the smallest of the others when the hidden ones are all small or just one: the
 * total must not give away a hidden cell nor the sum of small ones. With `keepZeros` a zero cell
 * is neither hidden nor picked as the complement (a zero points at nobody, and hiding it protects
 * nothing): referral statistics hide 1 to 10. When every cell is small there is no complement;
 * the total still gives their sum, which says nothing of one cell once there are several.
 */
export function cellsToSuppress(
  cells: readonly CountedCell[], min: number, opts: { keepZeros?: boolean; alreadyHidden?: ReadonlySet<number> } = {},
): Set<number> {
  const isSmall = (n: number) => n < min && !(opts.keepZeros && n === 0);
  const hidden = new Set(cells.flatMap((c, i) => (isSmall(c.count) || opts.alreadyHidden?.has(i) ? [i] : [])));
  const needsComplement = hidden.size === 1 || (hidden.size > 1 && [...hidden].every((i) => isSmall(cells[i]!.count)));
  if (needsComplement) {
    const complement = cells
      .map((c, i) => ({ count: c.count, i }))
      .filter(({ i, count }) => !hidden.has(i) && !(opts.keepZeros && count === 0))
      .sort((a, b) => a.count - b.count)[0];
    if (complement) hidden.add(complement.i);
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
