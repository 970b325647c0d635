/**
 * Name folding for duplicate detection. Names are stored as written, accents and ñ kept
 * (ARCHITECTURE.md §6); they are compared only in this folded form.
 *
 * ñ folds to n like every other diacritic (NFKD splits it into n + combining tilde). The errors
 * we must forgive — keyboards and spreadsheets without ñ, upper-case exports of older systems —
 * write "NAUPARI" for "Ñaupari"; names that differ only by ñ/n (Peña/Pena, Muñoz/Munoz) are
 * spellings of one name far more often than two names, and the date, DNI and other fields still
 * separate two different people.
 *
 * Must hold: the output contains only a–z and single spaces, and folding is idempotent.
 */
import type { MatchablePerson } from './person.ts';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Joining words inside Spanish names: "María del Carmen", "De la Cruz". */
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'da', 'do', 'dos', 'di', 'van', 'von']);

/**
 * Lower-case, accents and ñ folded, apostrophes dropped, any other non-letter a single space.
 * @example normaliseName("  María  Ñaupari-D'Ávila ") === "maria naupari davila"
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/**
 * The meaningful words of a name: folded, without joining particles (unless the name is
 * nothing but particles). "María del Carmen" → ["maria", "carmen"].
 */
export function nameTokens(text: string): string[] {
  const words = normaliseName(text).split(' ').filter((w) => w !== '');
  const meaningful = words.filter((w) => !PARTICLES.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/** A surname folded and without particles, words joined by a space: "De la Cruz" → "cruz". */
export function surnameCore(text: string): string {
  return nameTokens(text).join(' ');
}

/**
 * The folded full name, "given paternal maternal", for trigram (pg_trgm) neighbour search.
 * pg_trgm ignores word order, so swapped surnames stay close neighbours.
 * @example fullNameKey({ givenNames: 'María Rosa', paternalSurname: 'Ñaupari', maternalSurname: '', … }) === "maria rosa naupari"
 */
export function fullNameKey(p: MatchablePerson): string {
  return [p.givenNames, p.paternalSurname, p.maternalSurname].map(normaliseName).filter((s) => s !== '').join(' ');
}
