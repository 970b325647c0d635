/**
 * The calendar date in Peru (UTC−5 all year: Peru keeps no daylight saving time). Date rules
 * ("not in the future"), consents and memberships use the date a woman in Puno sees on her
 * phone, not the UTC date, which is already tomorrow from 19:00 in Lima.
 */
const PERU_OFFSET_MS = -5 * 3_600_000;

export function peruDate(at: Date): string {
  return new Date(at.getTime() + PERU_OFFSET_MS).toISOString().slice(0, 10);
}
