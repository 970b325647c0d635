/**
 * Soles as the treasurer types them ("12.50", "12,50", "12") and as the screens show them
 * ("S/ 12.50"). Amounts are integer céntimos everywhere else, as on the server (docs/savings.md),
 * so no float reaches a balance: the text is parsed digit by digit, never multiplied.
 */

/**
 * Céntimos of a typed amount: `undefined` when the field is empty, `null` when it is not an
 * amount (more than two decimals, letters, a minus sign).
 * @example parseSoles('12,5') // 1250
 */
export function parseSoles(text: string): number | null | undefined {
  const clean = text.trim().replace(/\s/g, '');
  if (clean === '') return undefined;
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(clean);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** `S/ 1,234.50`-style text of céntimos (negative with a minus sign). */
export function formatSoles(cents: number): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}S/ ${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** The amount as the field shows it again ("12.50"), or empty for none. */
export const solesText = (cents: number | undefined) => (cents === undefined ? '' : `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
