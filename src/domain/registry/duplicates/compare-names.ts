/**
 * Name comparisons for scorePair. Names are compared folded (accents, ñ and case ignored) and
 * word by word, because the errors of hand-typed registers are word-shaped: a compound given
 * name cut to one word ("María Rosa" → "Rosa"), surnames entered in the other order, a missing
 * maternal surname, one mistyped or transposed letter. Agreeing on a very common name (Quispe,
 * María) weighs less. Both functions are symmetric in their arguments (property-tested).
 */
import { isTypo } from './edit-distance.ts';
import type { PersonFeatures, Surname } from './features.ts';
import { COMMON_GIVEN_NAMES, COMMON_SURNAMES, WEIGHTS } from './weights.ts';

export interface FieldComparison {
  weight: number;
  reasons: string[];
}

export type GivenLevel = Exclude<keyof typeof WEIGHTS.given, 'exactCommon'>;
type WordLevel = 'exact' | 'typo' | 'differ';
type SurnameComparison = FieldComparison & { agrees: boolean };

const GIVEN_REASONS: Record<GivenLevel, string> = {
  exact: 'given_names_equal', reordered: 'given_names_reordered', typo: 'given_name_typo',
  compound: 'compound_given_name', partial: 'given_names_partly_differ', differ: 'given_names_differ',
};

export function compareGivenNames(a: PersonFeatures, b: PersonFeatures): FieldComparison & { level: GivenLevel | 'missing' } {
  const level = givenLevel(a, b);
  if (level === 'missing') return { level, weight: 0, reasons: [] };
  const isCommon = level === 'exact' && a.givenWords.length === 1 && COMMON_GIVEN_NAMES.has(a.givenWords[0]!);
  return { level, weight: isCommon ? WEIGHTS.given.exactCommon : WEIGHTS.given[level], reasons: [GIVEN_REASONS[level]] };
}

function givenLevel(a: PersonFeatures, b: PersonFeatures): GivenLevel | 'missing' {
  const [left, right] = [a.givenWords, b.givenWords];
  if (left.length === 0 || right.length === 0) return 'missing';
  if (a.given.inOrder === b.given.inOrder) return 'exact';
  if (a.given.sorted === b.given.sorted) return 'reordered';
  // Align the shorter list (at equal length, the alphabetically first) into the other, so the result is symmetric.
  const [short, long] = left.length < right.length || (left.length === right.length && a.given.inOrder < b.given.inOrder) ? [left, right] : [right, left];
  const { matched, fuzzy } = alignWords(short, long);
  if (matched === short.length) return short.length === long.length ? (fuzzy > 0 ? 'typo' : 'exact') : 'compound';
  if (isTypo(a.given.squashed, b.given.squashed)) return 'typo';
  return matched > 0 ? 'partial' : 'differ';
}

/** Matches each word of `short` to a distinct word of `long`: exact first, then typos or initials. */
function alignWords(short: string[], long: string[]): { matched: number; fuzzy: number } {
  const free = [...long];
  const pending: string[] = [];
  for (const word of short) {
    const at = free.indexOf(word);
    if (at >= 0) free.splice(at, 1);
    else pending.push(word);
  }
  let fuzzy = 0;
  for (const word of pending) {
    const at = free.findIndex((other) => isTypo(word, other) || (word.length === 1 && other.startsWith(word)) || (other.length === 1 && word.startsWith(other)));
    if (at < 0) continue;
    free.splice(at, 1);
    fuzzy++;
  }
  return { matched: short.length - pending.length + fuzzy, fuzzy };
}

function wordLevel(a: Surname, b: Surname): WordLevel {
  if (a.core === b.core) return 'exact';
  if (isTypo(a.core, b.core)) return 'typo';
  return a.phonetic.length >= 3 && a.phonetic === b.phonetic ? 'typo' : 'differ';
}

/** How much less an exact agreement on this surname weighs because it is common (0 for most). */
function commonness(s: Surname, field: 'paternal' | 'maternal'): number {
  return COMMON_SURNAMES.has(s.core) ? WEIGHTS[field].exact - WEIGHTS[field].exactCommon : 0;
}

/**
 * Both surnames together: as written, crosswise (swapped), or a lone surname that is the other
 * record's maternal one. The arrangement with the highest weight wins.
 */
export function compareSurnames(a: PersonFeatures, b: PersonFeatures): SurnameComparison {
  const [pa, ma, pb, mb] = [a.paternal, a.maternal, b.paternal, b.maternal];
  if (pa.core === '' || pb.core === '') return { weight: 0, reasons: [], agrees: false };
  const [hasMa, hasMb] = [ma.core !== '', mb.core !== ''];
  const options = [asWritten([pa, pb], hasMa && hasMb ? [ma, mb] : null, hasMa !== hasMb)];
  if (hasMa && hasMb) options.push(crosswise([pa, mb], [ma, pb]));
  if (hasMa !== hasMb) options.push(loneIsMaternal(hasMa ? [pb, ma] : [pa, mb]));
  return options.reduce((best, option) => (option.weight > best.weight ? option : best));
}

function asWritten(paternals: [Surname, Surname], maternals: [Surname, Surname] | null, isMaternalMissing: boolean): SurnameComparison {
  const paternal = wordLevel(...paternals);
  const maternal = maternals ? wordLevel(...maternals) : null;
  let weight = paternal === 'exact' ? WEIGHTS.paternal.exact - commonness(paternals[0], 'paternal') : WEIGHTS.paternal[paternal];
  if (maternals && maternal) weight += maternal === 'exact' ? WEIGHTS.maternal.exact - commonness(maternals[0], 'maternal') : WEIGHTS.maternal[maternal];
  const reasons: string[] = [];
  if (paternal === 'exact' && (maternal === 'exact' || (maternal === null && !isMaternalMissing))) reasons.push('surnames_equal');
  if (paternal !== 'exact') reasons.push(paternal === 'typo' ? 'paternal_surname_typo' : 'paternal_surname_differs');
  if (maternal === 'typo' || maternal === 'differ') reasons.push(maternal === 'typo' ? 'maternal_surname_typo' : 'maternal_surname_differs');
  if (isMaternalMissing) reasons.push('maternal_surname_missing');
  return { weight, reasons, agrees: paternal !== 'differ' || maternal === 'exact' || maternal === 'typo' };
}

const NO_ARRANGEMENT: SurnameComparison = { weight: Number.NEGATIVE_INFINITY, reasons: [], agrees: false };

/** Penalty for the agreeing pairs of an arrangement: typos and common names weigh less than a plain exact agreement. */
function arrangementPenalty(pairs: Array<[Surname, Surname]>): { penalty: number; typos: number } | null {
  let penalty = 0;
  let typos = 0;
  for (const [x, y] of pairs) {
    const level = wordLevel(x, y);
    if (level === 'differ') return null;
    if (level === 'typo') typos++;
    penalty += level === 'typo' ? WEIGHTS.paternal.exact - WEIGHTS.paternal.typo : commonness(x, 'paternal');
  }
  return { penalty, typos };
}

function crosswise(first: [Surname, Surname], second: [Surname, Surname]): SurnameComparison {
  const found = arrangementPenalty([first, second]);
  if (!found) return NO_ARRANGEMENT;
  const reasons = ['surnames_swapped', ...(found.typos > 0 ? ['surname_typo'] : [])];
  return { weight: WEIGHTS.surnameOrder.swapped - found.penalty, reasons, agrees: true };
}

function loneIsMaternal(pair: [Surname, Surname]): SurnameComparison {
  const found = arrangementPenalty([pair]);
  if (!found) return NO_ARRANGEMENT;
  const reasons = ['maternal_surname_missing', 'surnames_swapped', ...(found.typos > 0 ? ['surname_typo'] : [])];
  return { weight: WEIGHTS.surnameOrder.loneIsMaternal - found.penalty, reasons, agrees: true };
}
