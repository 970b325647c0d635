import { describe, expect, it } from 'vitest';
import { initialsOf, monthsInPeriod, statementTotals, type StatementSale } from './income-statement.ts';

const sale = (sold_on: string, paid_cents: number, discount: number | null, extra: Partial<StatementSale> = {}): StatementSale => ({
  sold_on, weight_kg: 1000, fine_gold_g: 9, paid_cents, reference_pen_cents: 300_000, net_reference_pen_cents: 270_000, discount, ...extra,
});

describe('statementTotals', () => {
  it('counts only sales dated inside the period and lots whose season overlaps it', () => {
    const totals = statementTotals({
      from: '2026-01-15', to: '2026-03-10', discountThreshold: 0.2,
      lots: [{ season_from: '2025-12-01', season_to: '2026-01-20', weight_kg: 900 }, { season_from: '2026-03-11', season_to: null, weight_kg: 500 }],
      sales: [sale('2026-01-14', 100_000, 0.1), sale('2026-01-15', 250_000, 0.05), sale('2026-03-10', 150_000, 0.35), sale('2026-03-11', 1, 0)],
    });
    expect(totals).toMatchObject({ months: 3, lots: 1, lots_weight_kg: 900, sales: 2, paid_pen: 4000, monthly_average_income_pen: 1333.33, sales_above_threshold: 1, share_above_threshold: 0.5 });
    expect(totals.by_month).toEqual([{ month: '2026-01', sales: 1, paid_pen: 2500 }, { month: '2026-03', sales: 1, paid_pen: 1500 }]);
  });

  it('has no share above the threshold when she sold nothing, and a discount equal to the threshold is not above it', () => {
    expect(statementTotals({ from: '2026-01-01', to: '2026-01-31', discountThreshold: 0.2, lots: [], sales: [] }).share_above_threshold).toBeNull();
    expect(statementTotals({ from: '2026-01-01', to: '2026-01-31', discountThreshold: 0.2, lots: [], sales: [sale('2026-01-02', 10, 0.2)] }).sales_above_threshold).toBe(0);
  });
});

describe('monthsInPeriod', () => {
  it('counts calendar months touched, across a year end', () => {
    expect(monthsInPeriod('2026-01-31', '2026-01-31')).toBe(1);
    expect(monthsInPeriod('2025-11-20', '2026-02-01')).toBe(4);
  });
});

describe('initialsOf', () => {
  it('keeps one initial per name and surname, skips particles, and copes with an empty maternal surname', () => {
    expect(initialsOf({ given_names: 'Rosa Elena', paternal_surname: 'Quispe', maternal_surname: 'Mamani' })).toBe('R. E. Q. M.');
    expect(initialsOf({ given_names: 'María', paternal_surname: 'de la Cruz', maternal_surname: '' })).toBe('M. C.');
    expect(initialsOf({ given_names: 'ñusta', paternal_surname: 'Ñaupa', maternal_surname: ' ' })).toBe('Ñ. Ñ.');
  });
});
