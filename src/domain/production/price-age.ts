/**
 * Whether a reference price is too old for the sale it measures. A sale takes the price of its
 * date or the latest before it; a price more than a week older is shown as a warning, never
 * used silently. A monthly average (dated on the 1st) counts as current for its own month.
 */
export const MAX_PRICE_AGE_DAYS = 7;

const DAY_MS = 86_400_000;

export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / DAY_MS);
}

export function isPriceStale(price: { date: string; period: 'day' | 'month' }, saleDate: string): boolean {
  if (price.period === 'month' && price.date.slice(0, 7) === saleDate.slice(0, 7)) return false;
  return daysBetween(price.date, saleDate) > MAX_PRICE_AGE_DAYS;
}
