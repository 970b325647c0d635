/**
 * The errors a second registration of the same woman typically carries, each as a function that
 * damages a copy of her record — or returns null when it cannot apply (no accent to drop, a
 * single given name to shorten, a day above 12 that cannot swap with the month). Used by the
 * labelled test set so precision and recall are measured per kind of error.
 */
import type { PersonFactory } from './generate-people.ts';
import type { MatchablePerson } from './person.ts';

export const ERROR_KINDS = [
  'accent_dropped', 'enye_to_n', 'case_changed', 'surnames_swapped', 'maternal_missing', 'compound_given_shortened',
  'one_letter_typo', 'letters_transposed', 'day_month_swapped', 'dni_missing', 'phone_differs',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

type NameField = 'givenNames' | 'paternalSurname' | 'maternalSurname';
const NAME_FIELDS: readonly NameField[] = ['givenNames', 'paternalSurname', 'maternalSurname'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function injectError(kind: ErrorKind, p: MatchablePerson, factory: PersonFactory): MatchablePerson | null {
  const { random } = factory;
  switch (kind) {
    case 'accent_dropped': return mapNames(p, (s) => s.replace(/[áéíóúÁÉÍÓÚ]/g, (c) => c.normalize('NFD')[0]!));
    case 'enye_to_n': return mapNames(p, (s) => s.replace(/ñ/g, 'n').replace(/Ñ/g, 'N'));
    case 'case_changed': return mapNames(p, (s) => s.toUpperCase());
    case 'surnames_swapped':
      return p.maternalSurname === '' || p.maternalSurname === p.paternalSurname ? null : { ...p, paternalSurname: p.maternalSurname, maternalSurname: p.paternalSurname };
    case 'maternal_missing': return p.maternalSurname === '' ? null : { ...p, maternalSurname: '' };
    case 'compound_given_shortened': {
      const words = p.givenNames.split(' ');
      return words.length < 2 ? null : { ...p, givenNames: random.pick(words) };
    }
    case 'one_letter_typo': return editName(p, factory, typo);
    case 'letters_transposed': return editName(p, factory, transpose);
    case 'day_month_swapped': {
      const found = p.birthDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(p.birthDate) : null;
      return !found || found[2] === found[3] || Number(found[3]) > 12 ? null : { ...p, birthDate: `${found[1]}-${found[3]}-${found[2]}` };
    }
    case 'dni_missing': return p.idType !== 'dni' ? null : { ...p, idType: 'none', idNumber: null };
    case 'phone_differs': return { ...p, phone: p.phone !== null && random.chance(0.3) ? null : factory.phone() };
  }
}

/** Applies `change` to every name field; null when nothing changed (nothing to damage). */
function mapNames(p: MatchablePerson, change: (s: string) => string): MatchablePerson | null {
  const changed = { ...p, givenNames: change(p.givenNames), paternalSurname: change(p.paternalSurname), maternalSurname: change(p.maternalSurname) };
  return NAME_FIELDS.some((f) => changed[f] !== p[f]) ? changed : null;
}

/** Edits one name field at a letter other than the first (people rarely get a first letter wrong). */
function editName(p: MatchablePerson, factory: PersonFactory, edit: (s: string, at: number, factory: PersonFactory) => string): MatchablePerson | null {
  const fields = NAME_FIELDS.filter((f) => p[f].length >= 4);
  if (fields.length === 0) return null;
  const field = factory.random.pick(fields);
  const value = p[field];
  const at = factory.random.int(1, value.length - 2);
  if (value[at] === ' ' || value[at + 1] === ' ') return null;
  const edited = edit(value, at, factory);
  return edited === value ? null : { ...p, [field]: edited };
}

/** Substitutes, deletes or inserts one letter at `at`. */
function typo(s: string, at: number, { random }: PersonFactory): string {
  const letter = random.pick([...LETTERS]);
  const draw = random.int(0, 2);
  if (draw === 0) return s.slice(0, at) + letter + s.slice(at + 1);
  if (draw === 1) return s.slice(0, at) + s.slice(at + 1);
  return s.slice(0, at) + letter + s.slice(at);
}

function transpose(s: string, at: number): string {
  return s.slice(0, at) + s[at + 1]! + s[at]! + s.slice(at + 2);
}
