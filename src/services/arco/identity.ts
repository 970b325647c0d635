/**
 * The strings that identify her outside her own record (DNI, other document number, phone):
 * what the copy looks for in survey answers and what a cancellation erases from them and from
 * the audit log. Short values are skipped: a 3-digit string would match unrelated numbers.
 */
import type { PersonOutput } from '../../contracts/registry.ts';

const MIN_LENGTH = 6;

export function identifyingStrings(person: Pick<PersonOutput, 'id_number' | 'phone'>): string[] {
  return [person.id_number, person.phone].filter((s): s is string => typeof s === 'string' && s.length >= MIN_LENGTH);
}

const fold = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** True when `text` holds one of her names (3+ letters), her document number or her phone. */
export function namesHer(text: string, person: Pick<PersonOutput, 'given_names' | 'paternal_surname' | 'maternal_surname'>, needles: readonly string[]): boolean {
  const words = new Set(fold(text).split(/[^a-zñ0-9]+/));
  const names = [person.given_names, person.paternal_surname, person.maternal_surname].flatMap((n) => fold(n).split(/[^a-zñ]+/)).filter((w) => w.length >= 3);
  return names.some((n) => words.has(n)) || needles.some((n) => text.includes(n));
}

/** Said in every copy, whether or not she has a referral, so a copy seen by someone else reveals nothing. */
export const REFERRALS_NOTICE =
  'Confidential referrals to protection services are never included in this copy, whether or not any exist: ' +
  'the case file is held under its own confidentiality rules. You can ask your case worker for it.';
