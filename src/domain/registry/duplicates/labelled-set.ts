/**
 * A seeded, labelled test set for duplicate detection: a synthetic population (with households
 * of siblings), plus injected duplicates — every error kind of inject-errors.ts in equal shares,
 * often with a second error, a dropped DNI or a new phone on top — plus hard negatives that must
 * stay apart: sisters (same surnames and district, different given names and birth dates) and
 * namesakes (same full name, different DNIs and birth dates). truePairs lists every duplicate.
 */
import { seededRandom } from '../../demo/random.ts';
import { createPersonFactory, type PersonFactory } from './generate-people.ts';
import { ERROR_KINDS, injectError, type ErrorKind } from './inject-errors.ts';
import type { MatchablePerson } from './person.ts';

export interface LabelledSet {
  people: MatchablePerson[];
  /** Ids of records of the same person (original first). */
  truePairs: Array<[string, string]>;
  /** The errors injected into each true pair, parallel to truePairs. */
  errorKinds: ErrorKind[][];
  /** Sister and namesake pairs: distinct people built to look alike. */
  hardNegatives: Array<[string, string]>;
}

const DUPLICATE_SHARE = 0.07;
const SISTER_SHARE = 0.04;
const NAMESAKE_SHARE = 0.02;
/** Kinds that may come second on top of the main one. */
const SECOND_KINDS: readonly ErrorKind[] = ['accent_dropped', 'enye_to_n', 'case_changed', 'surnames_swapped', 'maternal_missing', 'compound_given_shortened', 'one_letter_typo', 'day_month_swapped'];

/**
 * About `size` people, 7 % of them injected duplicates, 6 % hard negatives.
 * @example generateLabelledSet(42, 5000) // ~350 true pairs, ~300 hard negatives
 */
export function generateLabelledSet(seed: number, size: number): LabelledSet {
  const factory = createPersonFactory(seededRandom(seed));
  const base: MatchablePerson[] = [];
  const baseCount = Math.round(size * (1 - DUPLICATE_SHARE - SISTER_SHARE - NAMESAKE_SHARE));
  for (let i = 0; i < baseCount; i++) base.push(i > 0 && factory.random.chance(0.2) ? factory.sibling(base[i - 1]!) : factory.person());
  const set: LabelledSet = { people: [...base], truePairs: [], errorKinds: [], hardNegatives: [] };
  const duplicated = new Set<string>();
  for (let i = 0; i < Math.round(size * DUPLICATE_SHARE); i++) addDuplicate(set, base, ERROR_KINDS[i % ERROR_KINDS.length]!, factory, duplicated);
  for (let i = 0; i < Math.round(size * SISTER_SHARE); i++) addLookalike(set, factory.random.pick(base), makeSister, factory);
  for (let i = 0; i < Math.round(size * NAMESAKE_SHARE); i++) addLookalike(set, factory.random.pick(base.filter((p) => p.idType === 'dni')), makeNamesake, factory);
  shuffle(set.people, factory);
  return set;
}

function addDuplicate(set: LabelledSet, base: MatchablePerson[], kind: ErrorKind, factory: PersonFactory, duplicated: Set<string>): void {
  const { random } = factory;
  for (let attempt = 0; attempt < 200; attempt++) {
    const original = random.pick(base);
    if (duplicated.has(original.id)) continue;
    let copy = injectError(kind, { ...original, id: factory.id() }, factory);
    if (copy === null) continue;
    const kinds: ErrorKind[] = [kind];
    const second = random.chance(0.2) ? random.pick(SECOND_KINDS.filter((k) => k !== kind)) : null;
    const twice = second ? injectError(second, copy, factory) : null;
    if (second && twice) [copy, kinds[1]] = [twice, second];
    // Imports and second registrations often lack the DNI; keeping it would make most pairs trivial.
    if (copy.idType === 'dni' && kind !== 'dni_missing' && random.chance(0.5)) copy = { ...copy, idType: 'none', idNumber: null };
    if (random.chance(0.2)) copy = { ...copy, phone: factory.phone() };
    if (random.chance(0.05)) copy = { ...copy, district: factory.person().district };
    duplicated.add(original.id);
    set.people.push(copy);
    set.truePairs.push([original.id, copy.id]);
    set.errorKinds.push(kinds);
    return;
  }
}

type Lookalike = (of: MatchablePerson, factory: PersonFactory) => MatchablePerson;

function addLookalike(set: LabelledSet, of: MatchablePerson | undefined, make: Lookalike, factory: PersonFactory): void {
  if (!of) return;
  const other = make(of, factory);
  set.people.push(other);
  set.hardNegatives.push([of.id, other.id]);
}

/** Same surnames, district, often phone; her own given names, birth date and DNI. */
function makeSister(of: MatchablePerson, factory: PersonFactory): MatchablePerson {
  const sister = factory.sibling(of);
  // Born up to ten years apart, sometimes in the same year (so she shares the `ps` blocking key).
  const year = Number(of.birthDate?.slice(0, 4) ?? 1980) + factory.random.int(-10, 10);
  let birthDate = `${year}${factory.birthDate().slice(4)}`;
  while (birthDate === of.birthDate || birthDate.endsWith('-02-29')) birthDate = `${year}${factory.birthDate().slice(4)}`;
  return { ...sister, sex: 'female', givenNames: factory.givenNames('female', of.givenNames.split(' ')[0]), birthDate };
}

/** Same full name and sex, different DNI and birth date; half the time the same district. */
function makeNamesake(of: MatchablePerson, factory: PersonFactory): MatchablePerson {
  const stranger = factory.person();
  let birthDate = factory.birthDate();
  while (birthDate === of.birthDate) birthDate = factory.birthDate();
  return {
    ...stranger, givenNames: of.givenNames, paternalSurname: of.paternalSurname, maternalSurname: of.maternalSurname,
    sex: of.sex, birthDate, idType: 'dni', idNumber: factory.dni(), district: factory.random.chance(0.5) ? of.district : stranger.district,
  };
}

function shuffle<T>(items: T[], { random }: PersonFactory): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
