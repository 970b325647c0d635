/**
 * The share-out at the end of a cycle: each member receives her shares × (loan fund ÷ all
 * shares), in whole céntimos, and the payouts add up to the fund exactly.
 *
 * Remainder rule (largest remainder): every member first gets the céntimos of her exact
 * share rounded down; the céntimos left over (fewer than the number of members with shares)
 * go one each to the members whose exact share had the largest fraction cut off, ties to the
 * member who appears first in the ledger. Integer arithmetic throughout (BigInt for the
 * products), so the result never depends on float rounding. Pure.
 */

export interface Holding {
  member: string;
  shares: number;
}

export interface Payout extends Holding {
  /** Céntimos. */
  payout: number;
}

/**
 * Splits `fund` céntimos over the holdings, in their order; an empty split when there are no
 * shares (the caller refuses a share-out of money that no share can claim).
 * @example shareOut([{ member: 'ana', shares: 1 }, { member: 'eva', shares: 2 }], 100)
 *   // ana 33, eva 67: exact shares 33.33 and 66.67; the one céntimo left goes to eva's .67
 */
export function shareOut(holdings: readonly Holding[], fund: number): Payout[] {
  const total = BigInt(holdings.reduce((sum, h) => sum + h.shares, 0));
  if (total === 0n) return holdings.map((h) => ({ ...h, payout: 0 }));
  const big = BigInt(fund);
  const parts = holdings.map((h, order) => {
    const product = BigInt(h.shares) * big;
    return { order, floor: product / total, fraction: product % total };
  });
  let left = big - parts.reduce((sum, p) => sum + p.floor, 0n);
  const byFraction = [...parts].sort((a, b) => (a.fraction === b.fraction ? a.order - b.order : a.fraction > b.fraction ? -1 : 1));
  for (const part of byFraction) {
    if (left === 0n) break;
    if (part.fraction === 0n) continue;
    part.floor += 1n;
    left -= 1n;
  }
  return holdings.map((h, i) => ({ ...h, payout: Number(parts[i]!.floor) }));
}
