/**
 * Number wording of the production screens: soles, grams, kilograms and percentages as a
 * Peruvian reader expects them, and the parsing of what she types (a comma works as the
 * decimal mark, as on many phone keyboards).
 */
const soles = new Intl.NumberFormat('es-PE', { style: 'currency', currency: 'PEN', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('es-PE', { maximumFractionDigits: 3 });

export const formatSoles = (amount: number): string => soles.format(amount);
export const formatNumber = (n: number): string => plain.format(n);
/** A fraction (0.2869) as a whole-ish percentage (28.7 %). */
export const formatPercent = (fraction: number): string => `${plain.format(Math.round(fraction * 1000) / 10)} %`;

/** What she typed as a number; null when empty or not a number (the server then names the field). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Today's date in Peru (UTC−5, no daylight saving) as YYYY-MM-DD, the default sale date. */
export function peruToday(now: Date = new Date()): string {
  return new Date(now.getTime() - 5 * 3_600_000).toISOString().slice(0, 10);
}
