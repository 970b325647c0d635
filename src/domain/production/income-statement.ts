/**
 * A woman's income statement for a period, computed from her lots and sales: what a caja or a
 * cooperative needs to judge a loan (totals, monthly average, the months she sold in) and how
 * often she was paid far below the reference. Pure: the service stores the result as a
 * snapshot, so a statement says tomorrow what it said the day it was issued.
 */

export interface StatementLot {
  season_from: string;
  season_to: string | null;
  weight_kg: number;
}

export interface StatementSale {
  sold_on: string;
  weight_kg: number;
  fine_gold_g: number;
  paid_cents: number;
  reference_pen_cents: number;
  net_reference_pen_cents: number;
  discount: number | null;
}

export interface StatementTotals {
  period_from: string;
  period_to: string;
  months: number;
  lots: number;
  lots_weight_kg: number;
  sales: number;
  sold_weight_kg: number;
  fine_gold_g: number;
  paid_pen: number;
  reference_pen: number;
  net_reference_pen: number;
  monthly_average_income_pen: number;
  discount_threshold: number;
  sales_above_threshold: number;
  /** Share of her sales (by count) paid further below the reference than the threshold. */
  share_above_threshold: number | null;
  by_month: { month: string; sales: number; paid_pen: number }[];
  /**
   * What she saved in savings groups within the period (shares bought × the cycle's share value,
   * across her cycles and groups); null when she belongs to no savings group.
   */
  savings_pen: number | null;
}

const soles = (cents: number): number => Math.round(cents) / 100;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Calendar months the period touches, counting partial months (Jan 15 – Mar 10 is 3). */
export function monthsInPeriod(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

const overlaps = (lot: StatementLot, from: string, to: string): boolean => lot.season_from <= to && (lot.season_to ?? lot.season_from) >= from;

export function statementTotals(input: {
  from: string;
  to: string;
  lots: readonly StatementLot[];
  sales: readonly StatementSale[];
  discountThreshold: number;
  /** Céntimos saved in the period (savings groups), or null when she is in no group. */
  savingsCents?: number | null;
}): StatementTotals {
  const { from, to, discountThreshold } = input;
  const lots = input.lots.filter((l) => overlaps(l, from, to));
  const sales = input.sales.filter((s) => s.sold_on >= from && s.sold_on <= to);
  const sum = (f: (s: StatementSale) => number) => sales.reduce((acc, s) => acc + f(s), 0);
  const paidCents = sum((s) => s.paid_cents);
  const months = monthsInPeriod(from, to);
  const above = sales.filter((s) => s.discount !== null && s.discount > discountThreshold).length;
  const byMonth = new Map<string, { sales: number; paid: number }>();
  for (const s of sales) {
    const month = byMonth.get(s.sold_on.slice(0, 7)) ?? { sales: 0, paid: 0 };
    byMonth.set(s.sold_on.slice(0, 7), { sales: month.sales + 1, paid: month.paid + s.paid_cents });
  }
  return {
    period_from: from,
    period_to: to,
    months,
    lots: lots.length,
    lots_weight_kg: round3(lots.reduce((acc, l) => acc + l.weight_kg, 0)),
    sales: sales.length,
    sold_weight_kg: round3(sum((s) => s.weight_kg)),
    fine_gold_g: round3(sum((s) => s.fine_gold_g)),
    paid_pen: soles(paidCents),
    reference_pen: soles(sum((s) => s.reference_pen_cents)),
    net_reference_pen: soles(sum((s) => s.net_reference_pen_cents)),
    monthly_average_income_pen: soles(paidCents / months),
    discount_threshold: discountThreshold,
    sales_above_threshold: above,
    share_above_threshold: sales.length ? Math.round((above / sales.length) * 10_000) / 10_000 : null,
    by_month: [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) => ({ month, sales: m.sales, paid_pen: soles(m.paid) })),
    savings_pen: input.savingsCents === undefined || input.savingsCents === null ? null : soles(input.savingsCents),
  };
}

/** "Rosa Elena Quispe Mamani" → "R. E. Q. M.": what the public verification page shows. */
export function initialsOf(person: { given_names: string; paternal_surname: string; maternal_surname: string }): string {
  return [person.given_names, person.paternal_surname, person.maternal_surname]
    .join(' ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && !/^(de|del|la|las|los|y)$/i.test(word))
    .map((word) => `${word[0]!.toLocaleUpperCase('es')}.`)
    .join(' ');
}
