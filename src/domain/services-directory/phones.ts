/**
 * Splits a phone cell as public lists write it ("932862476 / 932975612", "940217257 - 940929533",
 * "994 839 886") into stored digit strings, keeping only Peruvian formats (see PERUVIAN_PHONE)
 * and naming what was dropped, so an import can report it instead of storing a wrong number.
 */
import { PERUVIAN_PHONE } from '../../contracts/services-directory.ts';

/** Digits of one written number: "+51", spaces, dots, brackets and hyphens removed. */
export const normalizePhone = (raw: string): string => raw.trim().replace(/^\+51/, '').replace(/[\s().-]/g, '');

export const isPeruvianPhone = (raw: string): boolean => PERUVIAN_PHONE.test(normalizePhone(raw));

/**
 * @example splitPhones('932862476 / 932975612') // { phones: ['932862476', '932975612'], rejected: [] }
 */
export function splitPhones(cell: string): { phones: string[]; rejected: string[] } {
  const parts = cell
    .split(/\/+|[,;]|\s+-\s+|\s+y\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const phones: string[] = [];
  const rejected: string[] = [];
  for (const part of parts) {
    const digits = normalizePhone(part);
    if (PERUVIAN_PHONE.test(digits)) {
      if (!phones.includes(digits)) phones.push(digits);
    } else rejected.push(part);
  }
  return { phones, rejected };
}
