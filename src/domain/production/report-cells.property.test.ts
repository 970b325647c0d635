/**
 * Property tests of the one-line small-cell rule that production, training-reach and mercury
 * reports share (and referral tables build on): whatever the counts, every cell under the
 * minimum is hidden; a published total minus the visible cells never pins down a single hidden
 * cell (it is never alone, unless the others are kept zeros and the total is then itself small),
 * nor the sum of small hidden cells (one cell that is not small is hidden with them whenever
 * there is one, and only that one). Buyers are split,
 * never lost; the pooled discount stays within its bounds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsToSuppress, pooledDiscount, poolSmallBuyers } from './report-cells.ts';

const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 500 }));
const line = fc.array(count, { minLength: 1, maxLength: 12 });
const min = fc.integer({ min: 1, max: 11 });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('cellsToSuppress (random lines)', () => {
  it('hides every small cell, and zeros only when they are not kept', () => {
    fc.assert(fc.property(line, min, fc.boolean(), (counts, k, keepZeros) => {
      const hidden = cellsToSuppress(counts.map((c) => ({ count: c })), k, { keepZeros });
      counts.forEach((c, i) => {
        if (c < k && !(keepZeros && c === 0)) expect(hidden.has(i)).toBe(true);
        if (keepZeros && c === 0) expect(hidden.has(i)).toBe(false);
      });
    }), { numRuns: 500 });
  });

  it('never leaves a hidden cell that the total minus the visible cells gives away', () => {
    fc.assert(fc.property(line, min, fc.boolean(), (counts, k, keepZeros) => {
      const hidden = cellsToSuppress(counts.map((c) => ({ count: c })), k, { keepZeros });
      if (hidden.size !== 1 || counts.length === 1) return;
      // A lone hidden cell is only possible when every other cell is a kept zero: the total is
      // then the hidden cell itself, small, and suppressed wherever it is published.
      const [alone] = [...hidden];
      expect(counts.every((c, i) => i === alone || (keepZeros && c === 0))).toBe(true);
      expect(sum(counts)).toBeLessThan(k);
    }), { numRuns: 500 });
  });

  it('hides with the small cells exactly one that is not small, the smallest visible one, whenever there is one', () => {
    fc.assert(fc.property(line, min, fc.boolean(), (counts, k, keepZeros) => {
      const isSmall = (c: number) => c < k && !(keepZeros && c === 0);
      const eligible = (c: number) => !isSmall(c) && !(keepZeros && c === 0);
      const hidden = cellsToSuppress(counts.map((c) => ({ count: c })), k, { keepZeros });
      const complements = [...hidden].filter((i) => !isSmall(counts[i]!));
      // Small cells alone would leave their sum to the total, and 4 + 4 = 8 names both.
      const expected = counts.some(isSmall) && counts.some(eligible) ? 1 : 0;
      expect(complements.length).toBe(expected);
      for (const i of complements) {
        const visible = counts.filter((_, j) => !hidden.has(j) && !(keepZeros && counts[j] === 0));
        for (const v of visible) expect(counts[i]!).toBeLessThanOrEqual(v);
      }
    }), { numRuns: 500 });
  });

  it('does not depend on the order of the cells (same counts hidden)', () => {
    fc.assert(fc.property(line, min, (counts, k) => {
      const hiddenCounts = (cs: number[]) => [...cellsToSuppress(cs.map((c) => ({ count: c })), k)].map((i) => cs[i]!).sort((a, b) => a - b);
      expect(hiddenCounts([...counts].reverse())).toEqual(hiddenCounts(counts));
    }), { numRuns: 300 });
  });
});

describe('poolSmallBuyers and pooledDiscount', () => {
  it('puts every buyer in exactly one of named and pooled, keeping the sales total', () => {
    fc.assert(fc.property(fc.array(fc.nat(40), { maxLength: 20 }), fc.integer({ min: 1, max: 10 }), (sales, k) => {
      const buyers = sales.map((s, id) => ({ id, sales: s }));
      const { named, pooled } = poolSmallBuyers(buyers, k);
      expect([...named, ...pooled].map((b) => b.id).sort((a, b) => a - b)).toEqual(buyers.map((b) => b.id));
      expect(sum(named.map((b) => b.sales)) + sum(pooled.map((b) => b.sales))).toBe(sum(sales));
      expect(named.every((b) => b.sales >= k) && pooled.every((b) => b.sales < k)).toBe(true);
    }));
  });

  it('is at most 1 for a payment of zero or more, and falls as the payment rises', () => {
    fc.assert(fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.integer({ min: 1, max: 10_000_000 }), (a, b, ref) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(pooledDiscount(low, ref)!).toBeLessThanOrEqual(1);
      expect(pooledDiscount(high, ref)!).toBeLessThanOrEqual(pooledDiscount(low, ref)!);
      expect(pooledDiscount(low, 0)).toBeNull();
    }));
  });
});
