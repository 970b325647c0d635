/**
 * Everything scorePair needs from one person, folded and coded once: in a full pass each person
 * meets dozens of candidates, and re-folding her names for every pair would cost ten times the
 * comparison itself. Memoised per object in a WeakMap, so it is invisible to callers and freed
 * with the person; MatchablePerson is readonly, so a cached entry cannot go stale.
 */
import { nameTokens, surnameCore } from './normalise.ts';
import { birthParts, canonicalIdNumber, canonicalPhone, type BirthParts, type MatchablePerson } from './person.ts';
import { phoneticKey } from './phonetic.ts';

export interface Surname {
  /** Folded, particles dropped; '' when absent. */
  core: string;
  phonetic: string;
}

export interface PersonFeatures {
  givenWords: string[];
  /** The given words joined by spaces, in order and sorted, and with no space at all. */
  given: { inOrder: string; sorted: string; squashed: string };
  paternal: Surname;
  maternal: Surname;
  sex: MatchablePerson['sex'];
  idType: MatchablePerson['idType'];
  idNumber: string | null;
  birth: BirthParts | null;
  /** The birth date as eight digits, for typo distance. */
  birthDigits: string;
  district: string | null;
  phone: string | null;
}

const cache = new WeakMap<MatchablePerson, PersonFeatures>();

export function featuresOf(p: MatchablePerson): PersonFeatures {
  let found = cache.get(p);
  if (!found) cache.set(p, (found = computeFeatures(p)));
  return found;
}

function computeFeatures(p: MatchablePerson): PersonFeatures {
  const surname = (text: string): Surname => ({ core: surnameCore(text), phonetic: phoneticKey(text) });
  const givenWords = nameTokens(p.givenNames);
  return {
    givenWords,
    given: { inOrder: givenWords.join(' '), sorted: [...givenWords].sort().join(' '), squashed: givenWords.join('') },
    paternal: surname(p.paternalSurname),
    maternal: surname(p.maternalSurname),
    sex: p.sex,
    idType: p.idType,
    idNumber: canonicalIdNumber(p),
    birth: birthParts(p.birthDate),
    birthDigits: (p.birthDate ?? '').replace(/\D/g, ''),
    district: p.district,
    phone: canonicalPhone(p.phone),
  };
}
