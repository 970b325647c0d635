/**
 * Properties of the fair-value function that a woman comparing a buyer's offer relies on:
 * céntimos are whole, the floor is 95% of the reference, more gold or a higher price is never
 * worth less, and paying exactly the net reference is no discount.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fairValue, GRAMS_PER_TROY_OUNCE, isUnfair, type FairValueInput } from './fair-value.ts';

const positive = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const ore = fc.record({
  oreKg: positive(1, 100_000),
  gradeGPerT: positive(0.1, 1000),
  recovery: positive(0.01, 1),
  goldUsdPerOz: positive(100, 10_000),
  penPerUsd: positive(1, 10),
  deductionsPenCents: fc.integer({ min: 0, max: 10_000_000 }),
});

describe('fairValue', () => {
  it('matches the worked example of docs/fair-value.md (1,000 kg at 10 g/t, 90% recovery)', () => {
    const value = fairValue({ oreKg: 1000, gradeGPerT: 10, recovery: 0.9, goldUsdPerOz: 4228, penPerUsd: 3.4046, deductionsPenCents: 30_000, paidPenCents: 250_000 });
    expect(value).toEqual({
      fineGoldG: 9, referenceValueUsdCents: 122_340, referenceValuePenCents: 416_519, netReferencePenCents: 386_519,
      floor95PenCents: 395_693, paidPenCents: 250_000, discount: 0.3532,
    });
    const fair = value;
    expect(isUnfair(fair.discount, 0.2)).toBe(true);
  });

  it('gives whole céntimos and grams to 3 decimals', () => {
    fc.assert(fc.property(ore, fc.integer({ min: 1, max: 100_000_000 }), (input, paid) => {
      const v = fairValue({ ...input, paidPenCents: paid });
      for (const cents of [v.referenceValueUsdCents, v.referenceValuePenCents, v.netReferencePenCents, v.floor95PenCents]) expect(Number.isInteger(cents)).toBe(true);
      expect(Math.round(v.fineGoldG * 1000) / 1000).toBe(v.fineGoldG);
    }));
  });

  it('sets the floor at 95% of the reference before deductions (within a céntimo of rounding)', () => {
    fc.assert(fc.property(ore, (input) => {
      const v = fairValue(input);
      expect(Math.abs(v.floor95PenCents - 0.95 * v.referenceValuePenCents)).toBeLessThanOrEqual(1);
      expect(v.netReferencePenCents).toBe(v.referenceValuePenCents - input.deductionsPenCents);
    }));
  });

  it('finds no discount when the buyer paid exactly the net reference, and a negative one above it', () => {
    fc.assert(fc.property(ore, (input) => {
      const net = fairValue(input).netReferencePenCents;
      fc.pre(net > 0);
      expect(fairValue({ ...input, paidPenCents: net }).discount).toBe(0);
      expect(fairValue({ ...input, paidPenCents: net * 2 }).discount).toBe(-1);
    }));
  });

  it('has no discount without a payment or without a positive net reference', () => {
    fc.assert(fc.property(ore, (input) => {
      expect(fairValue(input).discount).toBeNull();
      const ref = fairValue(input).referenceValuePenCents;
      expect(fairValue({ ...input, deductionsPenCents: ref, paidPenCents: 100 }).discount).toBeNull();
    }));
  });

  it('is never worth less with more ore, a higher grade or recovery, or a higher price', () => {
    const bigger = fc.tuple(ore, positive(1, 3));
    const grows = (change: (i: FairValueInput, f: number) => FairValueInput) =>
      fc.assert(fc.property(bigger, ([input, factor]) => {
        const before = fairValue(input);
        const after = fairValue(change(input, factor));
        expect(after.referenceValuePenCents).toBeGreaterThanOrEqual(before.referenceValuePenCents);
        expect(after.fineGoldG).toBeGreaterThanOrEqual(before.fineGoldG);
      }));
    grows((i, f) => ({ ...i, oreKg: i.oreKg! * f }));
    grows((i, f) => ({ ...i, gradeGPerT: i.gradeGPerT! * f }));
    grows((i, f) => ({ ...i, recovery: Math.min(1, i.recovery! * f) }));
    grows((i, f) => ({ ...i, goldUsdPerOz: i.goldUsdPerOz * f }));
    grows((i, f) => ({ ...i, penPerUsd: i.penPerUsd * f }));
  });

  it('a lower payment is never a smaller discount', () => {
    fc.assert(fc.property(ore, fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (input, a, b) => {
      fc.pre(fairValue(input).netReferencePenCents > 0);
      const [low, high] = a < b ? [a, b] : [b, a];
      expect(fairValue({ ...input, paidPenCents: low }).discount!).toBeGreaterThanOrEqual(fairValue({ ...input, paidPenCents: high }).discount!);
    }));
  });

  it('uses fine gold grams given directly instead of ore, grade and recovery', () => {
    fc.assert(fc.property(ore, positive(0.001, 10_000), (input, grams) => {
      const direct = fairValue({ ...input, fineGoldG: grams });
      const alone = fairValue({ goldUsdPerOz: input.goldUsdPerOz, penPerUsd: input.penPerUsd, deductionsPenCents: input.deductionsPenCents, fineGoldG: grams });
      expect(direct).toEqual(alone);
      expect(direct.referenceValueUsdCents).toBe(Math.round((grams / GRAMS_PER_TROY_OUNCE) * input.goldUsdPerOz * 100));
    }));
  });
});
