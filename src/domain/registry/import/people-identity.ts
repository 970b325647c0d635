/**
 * Reads who a row is about: her names (from separate columns, one "Apellidos" column, or one
 * "Apellidos y nombres" column) and her identity document (DNI, carné de extranjería or none).
 *
 * Must hold: a DNI is exactly 8 digits and is never zero-padded ("DNI must have 8 digits; got 7");
 * with no Tipo de documento column the type is inferred (digits → DNI, letters and digits up to
 * 12 → CE, empty → none with "not recorded at import"). Surnames written in one column are split
 * after the first surname, keeping particles with it ("De la Cruz Mamani" → "De la Cruz" +
 * "Mamani"). Pure.
 */
import type { PersonInput } from '../../../contracts/registry.ts';
import type { FieldCells, ImportField } from './people-columns.ts';
import { ID_TYPE_WORDS, normaliseWord } from './people-vocabulary.ts';
import { isBlank, parseText, type Failure } from './parse-values.ts';

type Report = (field: ImportField, problem: Failure) => void;
type Names = Pick<PersonInput, 'given_names' | 'paternal_surname' | 'maternal_surname'>;
type Identity = Pick<PersonInput, 'id_type' | 'id_number' | 'id_none_reason'>;

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'san', 'santa', 'da', 'di', 'van', 'von']);

/**
 * Splits "both surnames" into paternal and maternal: the first surname (with any leading
 * particles) and the rest.
 * @example splitSurnames('Quispe Mamani') // ['Quispe', 'Mamani']
 * @example splitSurnames('de la Cruz Huamán') // ['de la Cruz', 'Huamán']
 */
export function splitSurnames(surnames: string): [string, string] {
  const words = surnames.trim().split(/\s+/).filter(Boolean);
  let end = 0;
  while (end < words.length - 1 && PARTICLES.has((words[end] ?? '').toLowerCase())) end++;
  return [words.slice(0, end + 1).join(' '), words.slice(end + 1).join(' ')];
}

function cellText(cells: FieldCells, field: ImportField): string {
  const value = cells[field]?.value ?? '';
  return isBlank(value) ? '' : value.replace(/\s+/g, ' ').trim();
}

/** Given names and surnames, or undefined after reporting what is missing or too long. */
export function readNames(cells: FieldCells, report: Report): Names | undefined {
  let given = cellText(cells, 'given_names');
  let [paternal, maternal] = [cellText(cells, 'paternal_surname'), cellText(cells, 'maternal_surname')];
  const combined = cellText(cells, 'surnames_and_names');
  if (combined && (!given || !paternal)) {
    const comma = combined.indexOf(',');
    if (comma < 0) report('surnames_and_names', { message: 'write it as "SURNAMES, NAMES" with a comma, or use separate columns', code: 'import.names.no_comma' });
    else {
      given ||= combined.slice(comma + 1).trim();
      if (!paternal) [paternal, maternal] = splitSurnames(combined.slice(0, comma));
    }
  }
  const surnames = cellText(cells, 'surnames');
  if (surnames && !paternal) [paternal, maternal] = splitSurnames(surnames);
  const isValid = (field: ImportField, value: string, max: number, what: string): boolean => {
    const parsed = parseText(value, max);
    if (value && parsed.ok) return true;
    if (!value) report(field, { message: `${what} is empty`, code: 'import.value.empty' });
    else if (!parsed.ok) report(field, { ...parsed, message: `${what}: ${parsed.message}` });
    return false;
  };
  const givenOk = isValid(cells.given_names ? 'given_names' : 'surnames_and_names', given, 80, 'given names');
  const paternalField = cells.paternal_surname ? 'paternal_surname' : cells.surnames ? 'surnames' : 'surnames_and_names';
  const paternalOk = isValid(paternalField, paternal, 60, 'paternal surname');
  const maternalOk = maternal === '' || isValid(cells.maternal_surname ? 'maternal_surname' : paternalField, maternal, 60, 'maternal surname');
  if (!givenOk || !paternalOk || !maternalOk) return undefined;
  return { given_names: given, paternal_surname: paternal, maternal_surname: maternal };
}

/** Placeholders people write for "has no document"; the words are kept as the reason. */
const NO_DOCUMENT = new Set(['sin dni', 'sin documento', 'no tiene', 'ninguno', 'ninguna', 'en tramite', 'tramite']);

/** id_type, id_number and id_none_reason, or undefined after reporting the problem. */
export function readIdentity(cells: FieldCells, report: Report): Identity | undefined {
  const typeText = cellText(cells, 'id_type');
  const written = typeText ? ID_TYPE_WORDS.lookup(typeText) : undefined;
  if (typeText && !written) {
    return void report('id_type', { message: `unknown document type "${typeText}"; write ${ID_TYPE_WORDS.hint}`, code: 'import.word.unknown', params: { value: typeText, words: ID_TYPE_WORDS.words } });
  }
  const number = cellText(cells, 'id_number');
  const reason = cellText(cells, 'id_none_reason');
  if (!number || NO_DOCUMENT.has(normaliseWord(number))) {
    if (written && written !== 'none') return void report('id_number', { message: `${written.toUpperCase()} number is empty`, code: 'import.id_number.empty', params: { type: written.toUpperCase() } });
    return { id_type: 'none', id_number: null, id_none_reason: reason || number || 'not recorded at import' };
  }
  if (written === 'none') return void report('id_type', { message: `document type is "${typeText}" but a number is given`, code: 'import.id_type.none_with_number', params: { value: typeText } });
  const compact = number.replace(/[\s.]/g, '');
  const type = written ?? (/^\d+(?:-[0-9A-Ka-k])?$/.test(compact) ? 'dni' : 'ce');
  if (type === 'dni') {
    // A DNI card prints a check character after a dash ("40123456-7"); it is not part of the number.
    const digits = /^(\d+)(?:-[0-9A-Ka-k])?$/.exec(compact)?.[1];
    if (!digits) return void report('id_number', { message: `DNI must be 8 digits; got "${number}"`, code: 'import.dni.not_digits', params: { value: number } });
    if (digits.length === 8) return { id_type: 'dni', id_number: digits, id_none_reason: null };
    const mayBeCe = digits.length > 8 && !written;
    const hint = mayBeCe ? ' (a carné de extranjería? add a Tipo de documento column with CE)' : '';
    return void report('id_number', { message: `DNI must have 8 digits; got ${digits.length}${hint}`, code: mayBeCe ? 'import.dni.length_ce' : 'dni.length', params: { count: digits.length } });
  }
  if (!/^[A-Za-z0-9]{1,12}$/.test(compact)) {
    return void report('id_number', { message: `CE number must be up to 12 letters and digits; got "${number}"`, code: 'ce.format', params: { value: number } });
  }
  return { id_type: 'ce', id_number: compact.toUpperCase(), id_none_reason: null };
}
