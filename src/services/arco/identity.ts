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

/** Said in every copy, whether or not she has a referral, so a copy seen by someone else reveals nothing. */
export const REFERRALS_NOTICE =
  'Confidential referrals to protection services are never included in this copy, whether or not any exist: ' +
  'the case file is held under its own confidentiality rules. You can ask your case worker for it.';
