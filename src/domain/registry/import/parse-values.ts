/**
 * Reads single cell values as people type them in spreadsheets: dates in Peruvian order
 * (DD/MM/YYYY) or ISO, codes that must keep every digit, phone numbers with spaces and +51,
 * lists joined by commas or "y", yes/no in Spanish or English.
 *
 * Each parser returns a value or a short English message naming what was wrong, with the rule's
 * `code` and `params` so the web can say it in the reader's language; it never throws and never
 * guesses: a 7-digit code is reported, not zero-padded; a 2-digit year is reported, not
 * given a century. Pure: no clock, so "not in the future" is left to the domain rules.
 */
import { lookupBoolean, normaliseWord, type Vocabulary } from './people-vocabulary.ts';

/** Why a value was refused: English words for the CLI and the rejects file, a rule code for the web. */
export interface Failure {
  message: string;
  code: string;
  params?: Record<string, string | number>;
}

export type Parsed<T> = { ok: true; value: T } | ({ ok: false } & Failure);

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (message: string, code: string, params?: Failure['params']): Parsed<never> =>
  ({ ok: false, message, code, ...(params ? { params } : {}) });

/** What people write for "nothing here": "", "-", "S/N", "N/A", "sin dato"… */
const PLACEHOLDERS = new Set(['', 's n', 'n a', 'na', 'null', 'sin dato', 's d', 'sd', 'no registra']);

export function isBlank(written: string): boolean {
  return PLACEHOLDERS.has(normaliseWord(written));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar date as YYYY-MM-DD from DD/MM/YYYY, D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY or
 * YYYY-MM-DD (also with a time after it, as spreadsheets export).
 * @example parseDate('5/3/1985') // { ok: true, value: '1985-03-05' }
 */
export function parseDate(written: string): Parsed<string> {
  const value = written.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(value);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(value);
  if (iso) return checkDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), value);
  if (dmy?.[3]?.length === 2) return fail(`write the year with 4 digits (DD/MM/YYYY); got "${value}"`, 'import.date.short_year', { value });
  if (dmy) return checkDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), value);
  if (/^\d{5}$/.test(value)) return fail(`"${value}" looks like an Excel date number; format the column as a date or write DD/MM/YYYY`, 'import.date.excel_number', { value });
  return fail(`not a date; write DD/MM/YYYY; got "${value}"`, 'import.date.format', { value });
}

function checkDate(year: number, month: number, day: number, written: string): Parsed<string> {
  if (month < 1 || month > 12) return fail(`month ${month} does not exist (dates are DD/MM/YYYY); got "${written}"`, 'import.date.month', { month, value: written });
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && isLeap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > days) return fail(`"${written}" is not a real date (that month has ${days} days)`, 'import.date.not_real', { value: written, days });
  return ok(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * A code of exactly `length` digits (UBIGEO, RUC, department); spaces, dots and dashes between
 * digits are dropped. Never zero-padded: a leading zero lost in Excel is reported.
 * @example parseDigits('21102', 6, 'UBIGEO') // { ok: false, message: 'UBIGEO must have 6 digits; got 5' }
 */
export function parseDigits(written: string, length: number, what: string): Parsed<string> {
  const compact = written.trim().replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(compact)) return fail(`${what} must be ${length} digits; got "${written.trim()}"`, 'import.digits.not_digits', { length, value: written.trim() });
  if (compact.length !== length) return fail(`${what} must have ${length} digits; got ${compact.length}`, 'import.digits.length', { length, count: compact.length });
  return ok(compact);
}

/**
 * One phone number: digits with an optional leading +; spaces, dashes, dots and brackets dropped.
 * @example parsePhone('+51 987-654-321') // { ok: true, value: '+51987654321' }
 */
export function parsePhone(written: string): Parsed<string> {
  const value = written.trim();
  if (/\d\s*(?:[/,;|]|\sy\s|\so\s)\s*\+?\d/.test(value)) return fail(`write one phone number per row; got "${value}"`, 'import.phone.several', { value });
  const compact = value.replace(/[\s().-]/g, '');
  if (!/^\+?\d+$/.test(compact)) return fail(`phone must be digits (optional +51); got "${value}"`, 'import.phone.not_digits', { value });
  const digits = compact.replace('+', '').length;
  if (digits < 6 || digits > 15) return fail(`phone must have 6 to 15 digits; got ${digits}`, 'import.phone.length', { count: digits });
  return ok(compact);
}

/** A whole number between min and max ("3", "3.0" from a spreadsheet). */
export function parseCount(written: string, min: number, max: number): Parsed<number> {
  const value = written.trim();
  const n = /^\d+(?:\.0+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n)) return fail(`must be a whole number; got "${value}"`, 'import.count.not_whole', { value });
  if (n < min || n > max) return fail(`must be between ${min} and ${max}; got ${n}`, 'import.count.range', { min, max, value: n });
  return ok(n);
}

/** sí/si/yes/x → true, no → false. */
export function parseYesNo(written: string): Parsed<boolean> {
  const value = lookupBoolean(written);
  return value === undefined ? fail(`write sí or no; got "${written.trim()}"`, 'import.yes_no', { value: written.trim() }) : ok(value);
}

/** A word from a vocabulary ("Mujer" → 'female'). */
export function parseWord<T extends string>(written: string, words: Vocabulary<T>, what: string): Parsed<T> {
  const value = words.lookup(written);
  return value === undefined ? fail(`unknown ${what} "${written.trim()}"; write ${words.hint}`, 'import.word.unknown', { value: written.trim(), words: words.words }) : ok(value);
}

/**
 * Several words from a vocabulary, separated by commas, semicolons, slashes, "+" or "y"/"e"/"and";
 * repeats are dropped. Every unknown word is named in one message.
 * @example parseWordList('Pallaquera y minera', PROFILE_WORDS, 'profile') // { ok: true, value: ['pallaquera', 'woman_miner'] }
 */
export function parseWordList<T extends string>(written: string, words: Vocabulary<T>, what: string): Parsed<T[]> {
  const parts = written.split(/\s*(?:[,;/|+\n]|\s(?:y|e|and)\s)\s*/i).filter((p) => p.trim() !== '');
  const unknown = parts.filter((p) => words.lookup(p) === undefined);
  if (unknown.length > 0) {
    const value = unknown.map((u) => u.trim()).join(', ');
    return fail(`unknown ${what} ${unknown.map((u) => `"${u.trim()}"`).join(', ')}; write ${words.hint}`, 'import.word.unknown', { value, words: words.words });
  }
  return ok([...new Set(parts.map((p) => words.lookup(p) as T))]);
}

/** Free text: inner runs of spaces and line breaks become one space; bounded. */
export function parseText(written: string, max: number): Parsed<string> {
  const value = written.replace(/\s+/g, ' ').trim();
  return value.length > max ? fail(`too long: at most ${max} characters; got ${value.length}`, 'import.text.too_long', { max, length: value.length }) : ok(value);
}
