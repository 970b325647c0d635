/**
 * Property tests of a woman's income statement (what a caja reads to judge a loan): over random
 * lots and sales, the totals are conserved (months add up to the period, sales outside it count
 * for nothing), nothing is negative, shares stay in [0, 1], and splitting a period in two gives
 * the same sales and money as the whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthsInPeriod, statementTotals, type StatementSale } from './income-statement.ts';

const day = fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const sale: fc.Arbitrary<StatementSale> = fc.record({
  sold_on: day,
  weight_kg: fc.integer({ min: 1, max: 5_000_000 }).map((g) => g / 1000),
  fine_gold_g: fc.integer({ min: 0, max: 1_000_000 }).map((mg) => mg / 1000),
  paid_cents: fc.nat(50_000_000),
  reference_pen_cents: fc.nat(60_000_000),
  net_reference_pen_cents: fc.nat(60_000_000),
  discount: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }),
});
const lot = fc.record({ season_from: day, season_to: fc.option(day, { nil: null }), weight_kg: fc.integer({ min: 1, max: 5_000_000 }).map((g) => g / 1000) });
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
const input = fc.record({ period, lots: fc.array(lot, { maxLength: 15 }), sales: fc.array(sale, { maxLength: 30 }), threshold: fc.double({ min: 0, max: 0.5, noNaN: true }) });
const cents = (pen: number) => Math.round(pen * 100);

describe('statementTotals (random lots and sales)', () => {
  it('adds the months up to the whole: sales and money', () => {
    fc.assert(fc.property(input, ({ period: [from, to], lots, sales, threshold }) => {
      const s = statementTotals({ from, to, lots, sales, discountThreshold: threshold });
      expect(s.by_month.reduce((a, m) => a + m.sales, 0)).toBe(s.sales);
      expect(s.by_month.reduce((a, m) => a + cents(m.paid_pen), 0)).toBe(cents(s.paid_pen));
      expect(s.by_month.every((m) => m.month >= from.slice(0, 7) && m.month <= to.slice(0, 7))).toBe(true);
      expect(s.by_month.map((m) => m.month)).toEqual([...new Set(s.by_month.map((m) => m.month))].sort());
    }));
  });

  it('counts only what falls in the period, and never a negative figure', () => {
    fc.assert(fc.property(input, ({ period: [from, to], lots, sales, threshold }) => {
      const s = statementTotals({ from, to, lots, sales, discountThreshold: threshold });
      const inside = sales.filter((x) => x.sold_on >= from && x.sold_on <= to);
      expect(s.sales).toBe(inside.length);
      expect(cents(s.paid_pen)).toBe(inside.reduce((a, x) => a + x.paid_cents, 0));
      for (const v of [s.lots, s.lots_weight_kg, s.sold_weight_kg, s.fine_gold_g, s.paid_pen, s.reference_pen, s.monthly_average_income_pen, s.sales_above_threshold]) expect(v).toBeGreaterThanOrEqual(0);
      expect(s.months).toBeGreaterThanOrEqual(1);
      expect(s.sales_above_threshold).toBeLessThanOrEqual(s.sales);
      if (s.share_above_threshold !== null) expect(s.share_above_threshold).toBeGreaterThanOrEqual(0);
      if (s.share_above_threshold !== null) expect(s.share_above_threshold).toBeLessThanOrEqual(1);
      expect(s.share_above_threshold === null).toBe(s.sales === 0);
      // The monthly average times the months gives back what she was paid, to the céntimo per month.
      expect(Math.abs(cents(s.monthly_average_income_pen) * s.months - cents(s.paid_pen))).toBeLessThanOrEqual(s.months);
    }));
  });

  it('gives the same sales and money for a period as for its two halves', () => {
    fc.assert(fc.property(input, ({ period: [from, to], lots, sales, threshold }) => {
      const all = statementTotals({ from, to, lots, sales, discountThreshold: threshold });
      const months = [...new Set(sales.map((x) => x.sold_on.slice(0, 7)))].filter((m) => m > from.slice(0, 7) && m <= to.slice(0, 7));
      fc.pre(months.length > 0);
      const split = `${months[0]}-01`;
      const before = new Date(Date.parse(split) - 86_400_000).toISOString().slice(0, 10);
      const a = statementTotals({ from, to: before, lots, sales, discountThreshold: threshold });
      const b = statementTotals({ from: split, to, lots, sales, discountThreshold: threshold });
      expect(a.sales + b.sales).toBe(all.sales);
      expect(cents(a.paid_pen) + cents(b.paid_pen)).toBe(cents(all.paid_pen));
      expect(a.sales_above_threshold + b.sales_above_threshold).toBe(all.sales_above_threshold);
      expect(a.months + b.months).toBe(all.months);
    }));
  });

  it('counts partial months: a period within one month is 1, a year from January is 12', () => {
    fc.assert(fc.property(period, ([from, to]) => {
      expect(monthsInPeriod(from, to)).toBeGreaterThanOrEqual(1);
      expect(monthsInPeriod(from, from)).toBe(1);
      expect(monthsInPeriod(`${from.slice(0, 4)}-01-01`, `${from.slice(0, 4)}-12-31`)).toBe(12);
    }));
  });
});
