/**
 * Turns one row of an uploaded people list (cells already matched to fields by people-columns)
 * into an object the PersonInput contract schema can parse, or into problems that name the line
 * and the column as written in the file, for the rejects file.
 *
 * What must hold: nothing is guessed silently (a 7-digit DNI, an impossible date, an unknown
 * profile or an ambiguous "M" are problems); a row with any problem yields no input; optional
 * fields appear in the output only when their column exists, so an import never blanks data it
 * was not given. Zod and the registry rules still run after this (in the service). Pure.
 */
import type { PersonInput } from '../../../contracts/registry.ts';
import type { FieldCells, ImportField } from './people-columns.ts';
import { readIdentity, readNames } from './people-identity.ts';
import {
  EDUCATION_WORDS, LANGUAGE_WORDS, LITERACY_WORDS, POSITION_WORDS, PROFILE_WORDS, REINFO_STATUS_WORDS, SEX_WORDS, normaliseWord,
} from './people-vocabulary.ts';
import {
  fail, isBlank, ok, parseCount, parseDate, parseDigits, parsePhone, parseText, parseWord, parseWordList, parseYesNo, type Failure, type Parsed,
} from './parse-values.ts';

/** A person as read from a file: PersonInput without the ids the service assigns. */
export type PersonImport = Omit<PersonInput, 'id' | 'organisation_id'>;

export interface RowProblem {
  /** Line of a text file or row of a spreadsheet, as the user sees it. */
  line: number;
  /** The column header as written in the file (or the field name when the column is missing). */
  column: string;
  message: string;
  /** The rule that failed, when it has a code (see FieldProblem). */
  code?: string;
  params?: Record<string, string | number>;
}

/**
 * How a lone "M" in the sex column reads: "FM" (F = mujer, M = masculino, the default), "HM"
 * (H = hombre, M = mujer) or "ambiguous" (a problem). Decide per file with `detectSexLetters`.
 */
export type SexLetters = 'FM' | 'HM' | 'ambiguous';

/**
 * Which letters a sex column uses: F present → FM; H present → HM; both, or only M → ambiguous.
 * @example detectSexLetters(['H', 'M', 'M']) // 'HM'
 */
export function detectSexLetters(values: readonly string[]): SexLetters {
  const words = new Set(values.map(normaliseWord));
  const [hasF, hasH, hasM] = [words.has('f'), words.has('h'), words.has('m')];
  if (hasF && hasH) return 'ambiguous';
  if (hasH) return 'HM';
  if (hasF || !hasM) return 'FM';
  return 'ambiguous';
}

function parseSex(written: string, letters: SexLetters): Parsed<PersonImport['sex']> {
  if (normaliseWord(written) !== 'm') return parseWord(written, SEX_WORDS, 'sex');
  if (letters === 'FM') return ok('male');
  if (letters === 'HM') return ok('female');
  return fail('"M" is ambiguous in this file (Mujer or Masculino?); write F/M or Mujer/Hombre', 'import.sex.ambiguous_m');
}

type OptionalField = Exclude<keyof PersonImport & ImportField, 'id_type' | 'id_number' | 'id_none_reason' | 'given_names' | 'paternal_surname' | 'maternal_surname' | 'sex' | 'profiles'>;

const OPTIONAL_PARSERS: { [K in OptionalField]: (written: string) => Parsed<NonNullable<PersonImport[K]>> } = {
  birth_date: parseDate,
  phone: parsePhone,
  languages: (v) => parseWordList(v, LANGUAGE_WORDS, 'language'),
  district: (v) => parseDigits(v, 6, 'UBIGEO'),
  miner_position: (v) => parseWord(v, POSITION_WORDS, 'position'),
  head_of_household: parseYesNo,
  single_parent: parseYesNo,
  dependants: (v) => parseCount(v, 0, 30),
  literacy: (v) => parseWord(v, LITERACY_WORDS, 'literacy'),
  education_level: (v) => parseWord(v, EDUCATION_WORDS, 'education level'),
  reinfo_code: (v) => parseText(v, 40),
  reinfo_status: (v) => parseWord(v, REINFO_STATUS_WORDS, 'REINFO status'),
  recpo_code: (v) => parseText(v, 40),
  selectors_registry_code: (v) => parseText(v, 40),
  selectors_registry_region: (v) => parseDigits(v, 2, 'department code'),
  ruc: (v) => parseDigits(v, 11, 'RUC'),
};

export interface RowResult {
  /** Present only when the row has no problems. */
  input?: PersonImport;
  problems: RowProblem[];
}

/**
 * Normalises one row. Blank optional cells become null (languages: []); fields whose column the
 * file lacks are left out, so an update from the file never touches them.
 * @example rowToPersonInput({ given_names: { column: 'Nombres', value: 'Rosa' }, … }, 7)
 */
export function rowToPersonInput(cells: FieldCells, line: number, options: { sexLetters?: SexLetters } = {}): RowResult {
  const problems: RowProblem[] = [];
  const report = (field: ImportField, { message, code, params }: Failure) =>
    problems.push({ line, column: cells[field]?.column ?? field, message, code, ...(params ? { params } : {}) });
  const read = <T>(field: ImportField, parse: (written: string) => Parsed<T>): T | null | undefined => {
    const cell = cells[field];
    if (!cell) return undefined;
    if (isBlank(cell.value)) return null;
    const parsed = parse(cell.value);
    if (!parsed.ok) report(field, parsed);
    return parsed.ok ? parsed.value : undefined;
  };

  const names = readNames(cells, report);
  const identity = readIdentity(cells, report);
  const sex = read('sex', (v) => parseSex(v, options.sexLetters ?? 'FM'));
  if (sex === null || (sex === undefined && !cells.sex)) report('sex', { message: 'sex is empty; write F or M (Mujer/Hombre)', code: 'import.value.empty', params: { words: SEX_WORDS.words } });
  const profiles = read('profiles', (v) => parseWordList(v, PROFILE_WORDS, 'profile'));
  if (profiles === null || profiles?.length === 0 || (profiles === undefined && !cells.profiles)) {
    report('profiles', { message: `profile is empty; write ${PROFILE_WORDS.hint}`, code: 'import.value.empty', params: { words: PROFILE_WORDS.words } });
  }

  const optional: Partial<Record<OptionalField, unknown>> = {};
  for (const field of Object.keys(OPTIONAL_PARSERS) as OptionalField[]) {
    const value = read(field, OPTIONAL_PARSERS[field] as (written: string) => Parsed<unknown>);
    if (value !== undefined) optional[field] = field === 'languages' ? (value ?? []) : value;
  }
  if (problems.length > 0 || !names || !identity || !sex || !profiles) return { problems };
  return { input: { ...identity, ...names, sex, profiles, ...optional } as PersonImport, problems };
}
