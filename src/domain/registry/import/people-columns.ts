/**
 * Decides which column of an uploaded people list feeds which PersonInput field, from the header
 * names alone, so a promoter's own spreadsheet can be imported without renaming its columns.
 *
 * Rules that must hold: an unknown column is reported and ignored, never fatal; when two columns
 * mean the same field the first one wins and the other is reported; `--map` overrides beat the
 * synonyms table; the required columns (names, paternal surname, sex, profile) are listed when
 * missing so the whole file can be refused with one clear message. Pure.
 */
import { AppError } from '../../errors.ts';
import { HEADER_SYNONYMS, IMPORT_FIELDS, REQUIRED_COLUMNS, normaliseHeader, type ImportField } from './people-synonyms.ts';

export { IMPORT_FIELDS, normaliseHeader, type ImportField } from './people-synonyms.ts';

/** A cell of a recognised column: its value and the header as written in the file (for messages). */
export interface FieldCell {
  column: string;
  value: string;
}
export type FieldCells = Partial<Record<ImportField, FieldCell>>;

/** `--map` overrides keyed by `compareKey(header)`; `null` means "ignore this column". */
export type ColumnMap = ReadonlyMap<string, ImportField | null>;

export interface ColumnPlan {
  /** Recognised columns, in file order. */
  columns: { column: string; field: ImportField }[];
  /** Columns that will not be imported, and why (unknown, or a second column for one field). */
  ignored: { column: string; reason: string }[];
  /** Required fields with no column: importing cannot start until they are supplied. */
  missing: { what: string; message: string }[];
  /** `--map` entries that matched no column (probably a typo). */
  unmatchedMap: string[];
}

/** Headers of a full name written names-first, which has no reliable split. */
const FULL_NAME = new Set(['nombre completo', 'nombres completos', 'nombres apellidos', 'full name']);

const SYNONYM_INDEX: ReadonlyMap<string, ImportField> = buildIndex();

function buildIndex(): Map<string, ImportField> {
  const index = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    for (const name of [field.replace(/_/g, ' '), ...HEADER_SYNONYMS[field]]) {
      const key = normaliseHeader(name);
      for (const form of [key, key.replace(/ /g, '')]) {
        const other = index.get(form);
        if (other && other !== field) throw new Error(`Header synonym "${name}" is listed for both ${other} and ${field}`);
        index.set(form, field);
      }
    }
  }
  return index;
}

/**
 * The field a header means, if any.
 * @example recogniseColumn('Apellido Paterno') // 'paternal_surname'
 * @example recogniseColumn('F. Nac.') // 'birth_date'
 */
export function recogniseColumn(header: string): ImportField | undefined {
  const key = normaliseHeader(header);
  return SYNONYM_INDEX.get(key) ?? SYNONYM_INDEX.get(key.replace(/ /g, ''));
}

/** Exact-but-forgiving form for `--map` keys: case, accents and spacing ignored, words kept. */
export function compareKey(header: string): string {
  return header.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Maps every header to a field (or not), applying `--map` overrides first. */
export function planColumns(header: readonly string[], overrides: ColumnMap = new Map()): ColumnPlan {
  const plan: ColumnPlan = { columns: [], ignored: [], missing: [], unmatchedMap: [] };
  const used = new Map<ImportField, string>();
  const matchedKeys = new Set<string>();
  for (const column of header) {
    const key = compareKey(column);
    const override = overrides.get(key);
    if (override !== undefined) matchedKeys.add(key);
    const field = override === undefined ? recogniseColumn(column) : override;
    if (field === null) continue;
    if (field === undefined) {
      const reason = FULL_NAME.has(normaliseHeader(column))
        ? 'a full name in one column cannot be split safely; use "Apellidos y nombres" written "SURNAMES, NAMES", or separate columns'
        : 'not a known column; ignored (use --map to import it)';
      plan.ignored.push({ column, reason });
    } else if (used.has(field)) {
      plan.ignored.push({ column, reason: `also means ${field}, already read from "${used.get(field)}"; ignored` });
    } else {
      used.set(field, column);
      plan.columns.push({ column, field });
    }
  }
  plan.unmatchedMap = [...overrides.keys()].filter((key) => !matchedKeys.has(key));
  for (const required of REQUIRED_COLUMNS) {
    if (required.fields.some((f) => used.has(f))) continue;
    const examples = HEADER_SYNONYMS[required.fields[0] ?? 'sex'].slice(0, 3).join('", "');
    plan.missing.push({ what: required.what, message: `no column for ${required.what} (e.g. "${examples}")` });
  }
  return plan;
}

/** Picks the recognised columns out of one row, keyed by field. */
export function toFieldCells(values: Readonly<Record<string, string>>, plan: ColumnPlan): FieldCells {
  const cells: FieldCells = {};
  for (const { column, field } of plan.columns) cells[field] = { column, value: values[column] ?? '' };
  return cells;
}

/**
 * Parses `--map` text: comma-separated `Header=field` pairs; a header containing a comma is
 * written in double quotes; the target is a field name or any known header name; `-` ignores
 * the column. Throws VALIDATION_FAILED listing every bad pair.
 * @example parseColumnMap('Col A=given_names,"Apellidos, nombres"=surnames_and_names,Notas=-')
 */
export function parseColumnMap(spec: string): ColumnMap {
  const map = new Map<string, ImportField | null>();
  const problems: string[] = [];
  for (const pair of splitOutsideQuotes(spec)) {
    if (pair.trim() === '') continue;
    const at = pair.lastIndexOf('=');
    const column = (at < 0 ? pair : pair.slice(0, at)).trim().replace(/^"(.*)"$/, '$1');
    const target = at < 0 ? '' : pair.slice(at + 1).trim();
    const field = target === '-' ? null : (IMPORT_FIELDS as readonly string[]).includes(target) ? (target as ImportField) : recogniseColumn(target);
    if (at < 0 || column === '') problems.push(`"${pair.trim()}" is not Header=field`);
    else if (field === undefined) problems.push(`"${target}" is not a field (fields: ${IMPORT_FIELDS.join(', ')})`);
    else map.set(compareKey(column), field);
  }
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', `--map: ${problems.join('; ')}`, {
      details: problems.map((message) => ({ path: 'map', code: 'map.invalid', message })),
    });
  }
  return map;
}

function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === ',' && !inQuotes) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  return [...parts, current];
}
