/**
 * Property tests of the mercury screening rules: a higher result never gets a milder class, a
 * woman is flagged for follow-up exactly when she is above the reference, a worse class is never
 * seen again later than a milder one, and a due date is a real day in the right month, never
 * after the same day-of-month (month ends are clamped, e.g. 31 Aug + 6 months = 28/29 Feb).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, classify, needsFollowUp, nextDueDate } from './classify.ts';

const RANK = { below_reference: 0, above_reference: 1, above_alert: 2 } as const;
const value = fc.double({ min: 0, max: 100_000, noNaN: true });
const thresholds = fc.tuple(fc.double({ min: 0, max: 1_000, noNaN: true }), fc.double({ min: 0, max: 1_000, noNaN: true }))
  .map(([a, b]) => ({ reference: Math.min(a, b), alert: Math.max(a, b) }));
const day = fc.integer({ min: 0, max: 20 * 365 }).map((d) => new Date(Date.UTC(2015, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

describe('classify (random results and thresholds)', () => {
  it('never gives a higher result a milder class', () => {
    fc.assert(fc.property(value, value, thresholds, (a, b, t) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(RANK[classify(high, t)]).toBeGreaterThanOrEqual(RANK[classify(low, t)]);
    }));
  });

  it('flags for follow-up exactly the results above the reference', () => {
    fc.assert(fc.property(value, thresholds, (v, t) => {
      expect(needsFollowUp(classify(v, t))).toBe(v > t.reference);
    }));
  });

  it('asks to see a worse result again no later than a milder one', () => {
    fc.assert(fc.property(day, value, value, thresholds, (sampled, a, b, t) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(nextDueDate(sampled, classify(high, t)) <= nextDueDate(sampled, classify(low, t))).toBe(true);
      expect(nextDueDate(sampled, classify(high, t)) > sampled).toBe(true);
    }));
  });
});

describe('addMonths (random dates)', () => {
  it('lands on a real day of the target month, clamped to its end', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 36 }), (date, months) => {
      const out = addMonths(date, months);
      expect(new Date(`${out}T00:00:00Z`).toISOString().slice(0, 10)).toBe(out);
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const monthIndex = y * 12 + (m - 1) + months;
      expect(out.slice(0, 7)).toBe(`${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`);
      const outDay = Number(out.slice(8, 10));
      expect(outDay).toBeLessThanOrEqual(d);
      if (outDay < d) expect(addMonths(out, 0)).toBe(out); // clamped: it is the month's last day
      if (outDay < d) expect(new Date(Date.UTC(Number(out.slice(0, 4)), Number(out.slice(5, 7)) - 1, outDay + 1)).getUTCDate()).toBe(1);
    }));
  });

  it('never goes back in time as months are added', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 24 }), (date, a, b) => {
      const [few, many] = a <= b ? [a, b] : [b, a];
      expect(addMonths(date, few) <= addMonths(date, many)).toBe(true);
    }));
  });
});
