/**
 * How the engine reads one decoded answer: whether it counts as answered, whether it matches a
 * set of choice names, and its number. Kept in one place so proportions, filters, groups and
 * distributions agree on, say, the number 1 matching the value "1".
 *
 * Answered: anything but null, undefined and the empty string. A select_multiple answer is an
 * array; an empty array is an answer with nothing ticked (it counts in "answered").
 */
import type { AnswerValue } from '../form.ts';

/** One response as the engine reads it: answers by question name, plus any extra data columns. */
export type ResponseRow = Readonly<Record<string, AnswerValue | undefined>>;

export function isAnswered(value: AnswerValue | undefined): boolean {
  return value !== null && value !== undefined && value !== '';
}

/** A test of "the answer is one of these values" built once per indicator, run once per row. */
export type AnswerMatcher = (value: AnswerValue | undefined) => boolean;

/**
 * @example matcherOf(['yes'])(['no', 'yes']) // true (a select_multiple with "yes" ticked)
 * @example matcherOf(['1'])(1) // true
 */
export function matcherOf(values: readonly string[]): AnswerMatcher {
  const texts = new Set(values);
  const numbers = new Set(values.filter((v) => v.trim() !== '' && Number.isFinite(Number(v))).map(Number));
  const matchesOne = (value: string | number): boolean => (typeof value === 'number' ? numbers.has(value) : texts.has(value));
  return (value) => {
    if (value === null || value === undefined) return false;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (texts.has(value[i]!)) return true;
      return false;
    }
    return matchesOne(value);
  };
}

/** The answer as a number: numbers as they are, numeric text (calculate, extra columns) parsed; else null. */
export function numberOf(value: AnswerValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** The answer as group or category text (a select_multiple joined by spaces, as ODK writes it). */
export function textOf(value: AnswerValue | undefined): string | null {
  if (!isAnswered(value)) return null;
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}
