/**
 * The human-readable answer of `pallay price` (without --format json): a few lines a promoter
 * can read out to a woman, in the order the formula goes. Scripts use the JSON; this may change.
 */
import type { PriceQuote, QuoteInput } from '../../contracts/prices.ts';

const money = (amount: number, digits = 2) => amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

/** A price from the series is dated; a shipped monthly average is dated on the 1st of its month. */
const priceOrigin = (date: string | null) => (date === null ? 'as given' : `dated ${date}`);

export function formatQuote(q: PriceQuote, input: QuoteInput): string {
  const lines = [
    `Fine gold: ${q.fine_gold_g.toFixed(3)} g (${input.oreKg} kg × ${input.gradeGPerT} g/t × ${percent(input.recovery)} recovery)`,
    `Gold: US$ ${money(q.gold_usd_per_oz)} per troy ounce, ${priceOrigin(q.price_date)}`,
    `Exchange rate: S/ ${q.pen_per_usd} per US$, ${priceOrigin(q.pen_per_usd_date)}`,
    `Reference value: US$ ${money(q.reference_value_usd)} = S/ ${money(q.reference_value_pen)}`,
  ];
  if (q.deductions_pen) lines.push(`Deductions: S/ ${money(q.deductions_pen)}, net reference S/ ${money(q.net_reference_pen)}`);
  lines.push(`95% of the reference (Fairmined floor, before deductions): S/ ${money(q.floor_95_pen)}`);
  if (q.paid_pen !== null) {
    const verdict = q.discount === null ? 'no discount can be computed (the net reference is not above 0)'
      : q.discount < 0 ? `${percent(-q.discount)} above the net reference`
        : `a discount of ${percent(q.discount)}${q.flagged ? `, more than the ${percent(q.discount_threshold)} threshold` : ''}`;
    lines.push(`Paid: S/ ${money(q.paid_pen)}: ${verdict}`);
  }
  if (q.price_stale) lines.push(`Warning: a price is more than 7 days older than ${q.quote_date}; enter a newer one (pallay prices import) before relying on this.`);
  return lines.join('\n') + '\n';
}
