/**
 * Seeded synthetic people for tests and the duplicate-detection benchmark: realistic Peruvian
 * names with skewed frequencies, three in four women, births 1950–2008 (peaking around 1980,
 * a few unknown or entered as 1 January), a DNI for about 80 %, and households of sisters and
 * brothers who share both surnames, district and often a phone — the collisions a registry
 * really has. Same seed, same people, on every machine.
 */
import { type Random, seededRandom } from '../../demo/random.ts';
import type { PersonImport } from '../import/people-values.ts';
import type { MatchablePerson } from './person.ts';
import { DISTRICTS, MEN, SURNAMES, WOMEN, weightedPicker } from './peruvian-names.ts';

const pickSurname = weightedPicker(SURNAMES);
const pickWoman = weightedPicker(WOMEN);
const pickMan = weightedPicker(MEN);
const pickDistrict = weightedPicker(DISTRICTS);
const SIBLING_RATE = 0.2;

/** Makes people one at a time from one random stream; DNIs are unique within a factory. */
export interface PersonFactory {
  random: Random;
  person(): MatchablePerson;
  sibling(of: MatchablePerson): MatchablePerson;
  id(): string;
  dni(): string;
  phone(): string;
  birthDate(): string;
  givenNames(sex: MatchablePerson['sex'], avoid?: string): string;
}

export function createPersonFactory(random: Random): PersonFactory {
  const usedDnis = new Set<string>();
  const hex = () => Math.floor(random.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  const factory: PersonFactory = {
    random,
    id() {
      const digits = hex() + hex() + hex() + hex();
      const variant = '89ab'[random.int(0, 3)]!;
      return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-${variant}${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
    },
    dni() {
      let dni: string;
      do dni = String(random.int(10_000_000, 79_999_999));
      while (usedDnis.has(dni));
      usedDnis.add(dni);
      return dni;
    },
    phone: () => `9${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
    birthDate: () => randomBirthDate(random),
    givenNames: (sex, avoid) => randomGivenNames(random, sex, avoid),
    person: () => newPerson(factory),
    sibling: (of) => newSibling(factory, of),
  };
  return factory;
}

/**
 * `count` people from `seed`, with households of siblings but no duplicates.
 * @example generatePeople(1, 100_000) // about 0.5 s
 */
export function generatePeople(seed: number, count: number): MatchablePerson[] {
  const factory = createPersonFactory(seededRandom(seed));
  const people: MatchablePerson[] = [];
  for (let i = 0; i < count; i++) {
    const previous = people[people.length - 1];
    people.push(previous && factory.random.chance(SIBLING_RATE) ? factory.sibling(previous) : factory.person());
  }
  return people;
}

function newPerson(factory: PersonFactory): MatchablePerson {
  const { random } = factory;
  const sex = random.chance(0.75) ? 'female' : 'male';
  const paternalSurname = pickSurname(random);
  let maternalSurname = pickSurname(random);
  if (maternalSurname === paternalSurname && random.chance(0.8)) maternalSurname = pickSurname(random);
  const idDraw = random.next();
  const idType = idDraw < 0.8 ? 'dni' : idDraw < 0.81 ? 'ce' : 'none';
  return {
    id: factory.id(),
    givenNames: factory.givenNames(sex),
    paternalSurname,
    maternalSurname,
    sex,
    birthDate: random.chance(0.03) ? null : factory.birthDate(),
    idType,
    idNumber: idType === 'dni' ? factory.dni() : idType === 'ce' ? `00${random.int(1_000_000, 9_999_999)}` : null,
    district: random.chance(0.95) ? pickDistrict(random) : null,
    phone: random.chance(0.65) ? factory.phone() : null,
  };
}

/** A sister or brother: both surnames, district and often the household phone in common. */
function newSibling(factory: PersonFactory, of: MatchablePerson): MatchablePerson {
  const { random } = factory;
  const fresh = newPerson(factory);
  const firstGiven = of.givenNames.split(' ')[0];
  return {
    ...fresh,
    givenNames: factory.givenNames(fresh.sex, firstGiven),
    paternalSurname: of.paternalSurname,
    maternalSurname: of.maternalSurname,
    district: of.district,
    phone: of.phone !== null && random.chance(0.5) ? of.phone : fresh.phone,
  };
}

function randomGivenNames(random: Random, sex: MatchablePerson['sex'], avoid?: string): string {
  const pick = sex === 'female' ? pickWoman : pickMan;
  let first = pick(random);
  while (first === avoid) first = pick(random);
  if (!random.chance(sex === 'female' ? 0.4 : 0.3)) return first;
  let second = pick(random);
  while (second === first) second = pick(random);
  return `${first} ${second}`;
}

function randomBirthDate(random: Random): string {
  const year = 1950 + Math.floor(((random.next() + random.next()) / 2) * 59);
  if (random.chance(0.02)) return `${year}-01-01`;
  const month = random.int(1, 12);
  const day = random.int(1, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A generated person as the people import reads her: the contract fields, one profile (every fifth a miner), no languages. */
export function toPersonImport(p: MatchablePerson, index: number): PersonImport {
  return {
    id_type: p.idType, id_number: p.idNumber, id_none_reason: p.idType === 'none' ? 'not recorded at import' : null,
    given_names: p.givenNames, paternal_surname: p.paternalSurname, maternal_surname: p.maternalSurname,
    sex: p.sex, birth_date: p.birthDate, phone: p.phone, languages: [], district: p.district,
    profiles: [index % 5 === 0 ? (p.sex === 'female' ? 'woman_miner' : 'man_miner') : 'pallaquera'],
  };
}
