/**
 * A Spanish-aware phonetic key for one surname, so spellings of one sound meet in one blocking
 * key: b/v, soft c/s/z, hard c/k/q/qu, ll/y, silent h, gu/g, j/x/soft g, and the Andean
 * transcription variants of Quechua and Aymara names — Huamán/Guamán/Wamán (hu, gu + a/o → w),
 * Ccama/Cama (cc), Quishpe/Quispe (sh). Vowels are dropped because Quechua's three vowels are
 * written with all five Spanish ones (Quispe/Quispi, Condori/Cunduri).
 *
 * Must hold: the key is upper-case A–Z, deterministic, and empty only for an empty name.
 * @example phoneticKey("Quispe") === "KSP"; phoneticKey("Mamani") === "MMN"; phoneticKey("Huamán") === phoneticKey("Guaman")
 */
import { nameTokens } from './normalise.ts';

/** Ordered rewrites; upper-case output letters are final codes that later rules leave alone. */
const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ch/g, 'C'],
  [/sh/g, 's'],
  [/cc/g, 'K'],
  [/qu?/g, 'K'],
  [/c(?=[ei])/g, 'S'],
  [/c/g, 'K'],
  [/k/g, 'K'],
  [/[zs]/g, 'S'],
  [/x/g, 'J'],
  [/gu(?=[ei])/g, 'G'],
  [/g(?=[ei])/g, 'J'],
  [/j/g, 'J'],
  [/(?:hu|gu)(?=[aeio])/g, 'W'],
  [/w/g, 'W'],
  [/h/g, ''],
  [/[bv]/g, 'B'],
  [/n(?=[BpP])/g, 'M'],
  [/y(?=[aeiou])/g, 'Y'],
];

/**
 * The phonetic code of a surname (all its words, particles dropped).
 * Repeated sounds collapse before the vowels go, so "Mamani" keeps both m's ("MMN") while
 * "Mammani" gives the same code.
 */
export function phoneticKey(name: string): string {
  const folded = nameTokens(name).join('');
  if (folded === '') return '';
  let code = folded.replace(/ll/g, 'Y').replace(/(.)\1+/g, '$1');
  for (const [pattern, replacement] of REWRITES) code = code.replace(pattern, replacement);
  code = code.replace(/(.)\1+/g, '$1').replace(/[aeiouy]/g, '').toUpperCase();
  return code === '' ? folded.slice(0, 1).toUpperCase() : code;
}
