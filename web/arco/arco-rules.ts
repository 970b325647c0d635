/**
 * The ARCO screens' own checks, as plain functions so they are tested without a browser: where
 * a copy of her data downloads from (only her record id in the URL, plus the date of her
 * written request), whether that date may be sent, and what staff must type to confirm a
 * cancellation. The confirmation is the last four digits of her document when she has one (so
 * the person at the desk checks it is the right woman), else the word CANCELAR. The server
 * checks every rule again; these only stop an obvious slip before an irreversible request.
 */
import { withFormat } from '../ui/download-links.tsx';

export type CopyFormat = 'json' | 'pdf';

/** The word typed to confirm a cancellation when she has no document number. */
export const CONFIRM_WORD = 'CANCELAR';

/** `/api/people/<id>/data-copy?format=pdf[&requested_on=YYYY-MM-DD]`. */
export function dataCopyHref(personId: string, format: CopyFormat, requestedOn?: string): string {
  const path = `/api/people/${encodeURIComponent(personId)}/data-copy`;
  return requestedOn ? withFormat(`${path}?requested_on=${encodeURIComponent(requestedOn)}`, format) : withFormat(path, format);
}

export type DateCheck = 'required' | 'not_real' | 'future';

/** Why a request date cannot be sent yet, or null when it can (`today` as YYYY-MM-DD). */
export function requestDateProblem(value: string, today: string): DateCheck | null {
  if (!value) return 'required';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'not_real';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'not_real';
  return value > today ? 'future' : null;
}

export type Confirmation = { kind: 'digits'; value: string } | { kind: 'word'; value: string };

/** What staff must type: her document's last 4 digits, or CANCELAR when it has fewer than 4. */
export function confirmationFor(person: { id_number: string | null }): Confirmation {
  const digits = (person.id_number ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? { kind: 'digits', value: digits.slice(-4) } : { kind: 'word', value: CONFIRM_WORD };
}

/** Whether `typed` confirms: spaces around it and letter case do not matter. */
export function isConfirmed(expected: Confirmation, typed: string): boolean {
  return typed.trim().toUpperCase() === expected.value;
}

