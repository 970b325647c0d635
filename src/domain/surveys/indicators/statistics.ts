/**
 * The 95% intervals of the indicator engine, written once for weighted data: an unweighted
 * estimate is the same code with every weight 1, so the two can never drift apart.
 *
 * - Proportions: Wilson score interval. With weights, n is replaced by Kish's effective sample
 *   size n_eff = (Σw)² / Σw² (equal weights give n_eff = n), so a few heavy respondents widen it.
 * - Means: normal approximation, mean ± z·SE with SE² = V / (n_eff − 1), V the weighted
 *   variance Σw(x − x̄)²/Σw; with weights of 1 this is the usual s²/n.
 * - Medians: distribution-free, from order statistics: the answers at cumulative shares
 *   0.5 ∓ z·0.5/√n_eff (ranks ⌊n/2 − z√n/2⌋ and ⌈n/2 + z√n/2⌉ + 1 unweighted), clamped to the
 *   smallest and largest answer, so with under ~6 answers it is the whole range.
 * Pure; no allocation beyond the median's sort.
 */

/** The 97.5% standard normal quantile. */
export const Z95 = 1.959963984540054;

export type Interval = [number, number];

/**
 * Kish's effective sample size of a set of weights.
 * @example kishEffectiveSize(4, 4) // 4 (four weights of 1)
 */
export function kishEffectiveSize(sumOfWeights: number, sumOfSquaredWeights: number): number {
  return sumOfSquaredWeights > 0 ? (sumOfWeights * sumOfWeights) / sumOfSquaredWeights : 0;
}

/**
 * Wilson score interval of a proportion observed on `n` (or n_eff) respondents; null when n is 0.
 * @example wilsonInterval(0.5, 10) // [0.2366, 0.7634]
 */
export function wilsonInterval(proportion: number, n: number): Interval | null {
  if (!(n > 0)) return null;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (proportion + z2 / (2 * n)) / denominator;
  const halfWidth = (Z95 / denominator) * Math.sqrt((proportion * (1 - proportion)) / n + z2 / (4 * n * n));
  // Rounding can push an end a hair past the estimate or out of [0, 1]; the interval must hold both.
  return [Math.max(0, Math.min(centre - halfWidth, proportion)), Math.min(1, Math.max(centre + halfWidth, proportion))];
}

/**
 * Normal-approximation interval of a (weighted) mean from its weighted variance V = Σw(x−x̄)²/Σw.
 * Null below an effective size of 2, where no spread can be estimated.
 */
export function meanInterval(mean: number, weightedVariance: number, nEffective: number): Interval | null {
  if (!(nEffective > 1.000001)) return null;
  const standardError = Math.sqrt(Math.max(0, weightedVariance) / (nEffective - 1));
  return [mean - Z95 * standardError, mean + Z95 * standardError];
}

export interface MedianEstimate {
  value: number;
  ci95: Interval;
}

/**
 * Weighted median and its order-statistic interval. `values` and `weights` run in parallel;
 * `values` is sorted in place together with its weights (callers pass scratch arrays).
 * Returns null when no positive weight is left.
 */
export function medianWithInterval(values: Float64Array, weights: Float64Array | null): MedianEstimate | null {
  const count = values.length;
  if (count === 0) return null;
  // Unweighted: the native numeric sort of a typed array, several times faster than sorting indexes.
  const order = weights ? sortedOrder(values) : identityOrder(values.sort());
  let total = 0;
  let totalSquared = 0;
  for (let i = 0; i < count; i++) {
    const w = weights ? weights[i]! : 1;
    total += w;
    totalSquared += w * w;
  }
  if (!(total > 0)) return null;
  const nEffective = kishEffectiveSize(total, totalSquared);
  const spread = (Z95 * 0.5) / Math.sqrt(nEffective);
  const lowShare = (0.5 - spread) * total;
  const highShare = (0.5 + spread) * total;
  const half = total / 2;
  let cumulative = 0;
  let low = values[order[0]!]!;
  let high = values[order[count - 1]!]!;
  let median = Number.NaN;
  let isHighSet = false;
  for (let rank = 0; rank < count; rank++) {
    const value = values[order[rank]!]!;
    const before = cumulative;
    cumulative += weights ? weights[order[rank]!]! : 1;
    if (cumulative <= lowShare) low = value;
    if (!isHighSet && before >= highShare) {
      high = value;
      isHighSet = true;
    }
    if (Number.isNaN(median) && cumulative >= half) {
      // Exactly half the weight below: the midpoint of this answer and the next (the even-n median).
      median = cumulative === half && rank + 1 < count ? (value + values[order[rank + 1]!]!) / 2 : value;
    }
  }
  return { value: median, ci95: [Math.min(low, median), Math.max(high, median)] };
}

function identityOrder(values: Float64Array): Uint32Array {
  const order = new Uint32Array(values.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order;
}

/** Indexes of `values` in ascending order (a typed-array sort, no per-element objects). */
function sortedOrder(values: Float64Array): Uint32Array {
  return identityOrder(values).sort((a, b) => values[a]! - values[b]! || a - b);
}
