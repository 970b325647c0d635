/**
 * Synthetic registries for the registry benchmarks: seeded people from generatePeople, turned
 * into the rows the app stores (toNewPerson derives full_name_key exactly as a create does,
 * blockingKeys gives the person_match_keys rows), and into the semicolon CSV a promoter would
 * import. Same seed, same people, on every machine; both engines load identical data.
 */
import { blockingKeys, generatePeople, toPersonImport, type MatchablePerson } from '../../src/domain/registry/duplicates/index.ts';
import type { NewPerson } from '../../src/services/registry/ports.ts';
import { toMatchable, toNewPerson } from '../../src/services/registry/person-record.ts';

export const REGISTRY_SEED = 2025;

/** The people columns a bulk load fills; the rest take their defaults, as after a create. */
export const PERSON_COLUMNS = [
  'id', 'id_type', 'id_number', 'id_none_reason', 'given_names', 'paternal_surname', 'maternal_surname', 'sex',
  'birth_date', 'phone', 'languages', 'district', 'profiles', 'full_name_key',
] as const satisfies readonly (keyof NewPerson)[];

export type PersonRow = Record<(typeof PERSON_COLUMNS)[number], string | string[] | null>;

export interface Registry {
  /** One object per person, as the duplicate pass keeps them. */
  people: MatchablePerson[];
  /** What the app stores for each person, in the same order. */
  rows: PersonRow[];
  /** Each person's match keys (blockingKeys, without repeats), in the same order. */
  keys: string[][];
}

/** What the app would store for this person (toNewPerson), restricted to PERSON_COLUMNS. */
export function toPersonRow(p: MatchablePerson, index: number): PersonRow {
  const stored = toNewPerson(p.id, toPersonImport(p, index), null);
  return Object.fromEntries(PERSON_COLUMNS.map((c) => [c, stored[c]])) as PersonRow;
}

/**
 * `count` people with their rows and match keys.
 * @example buildRegistry(100_000) // about 2 s
 */
export function buildRegistry(count: number, seed = REGISTRY_SEED): Registry {
  const people = generatePeople(seed, count);
  const rows = people.map(toPersonRow);
  const keys = rows.map((row) => [...new Set(blockingKeys(toMatchable(row as unknown as NewPerson)))]);
  return { people, rows, keys };
}

const CSV_HEADER = ['Tipo de documento', 'DNI', 'Nombres', 'Apellido paterno', 'Apellido materno', 'Sexo', 'Fecha de nacimiento', 'Celular', 'Ubigeo', 'Perfil'];

/** The people as a semicolon-separated file, the way Spanish-locale Excel saves it. */
export function peopleCsv(people: readonly MatchablePerson[]): string {
  const docType = { dni: 'DNI', ce: 'CE', none: '' } as const;
  const lines = people.map((p, i) => {
    const input = toPersonImport(p, i);
    const profile = input.profiles[0] === 'pallaquera' ? 'pallaquera' : p.sex === 'female' ? 'minera' : 'minero';
    return [docType[p.idType], p.idNumber ?? '', p.givenNames, p.paternalSurname, p.maternalSurname, p.sex === 'female' ? 'F' : 'M',
      p.birthDate ?? '', p.phone ?? '', p.district ?? '', profile].join(';');
  });
  return `${CSV_HEADER.join(';')}\r\n${lines.join('\r\n')}\r\n`;
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? `{${value.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}` : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows as COPY … WITH (FORMAT csv) text: every value quoted, so only an unquoted empty is NULL. */
export function copyCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return rows.map((row) => columns.map((c) => csvField(row[c])).join(',')).join('\n') + '\n';
}
