/**
 * The import wizard's rules that do not draw anything: who may import, the fields a column can
 * feed and their names in words, the `map` parameter built from the wizard's choices, and the
 * file facts and ignored-column reasons of a report put into the reader's language.
 *
 * The field list mirrors IMPORT_FIELDS of src/domain/registry/import/people-synonyms.ts, which
 * the web may not import (it sees src/contracts only); a field missing here simply cannot be
 * chosen in the mapping, and a recognised column with an unknown field shows its code.
 */
import type { Role } from '../api/types.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { ImportReport } from './registry-api.ts';

/** Roles allowed `people.import` on the server (src/domain/auth/roles.ts). */
const IMPORT_ROLES: readonly Role[] = ['admin', 'coordinator', 'association_leader'];

export function canImport(role: Role): boolean {
  return IMPORT_ROLES.includes(role);
}

/** Fields in the order the mapping offers them; the key order is the menu order. */
export const FIELD_LABELS = {
  given_names: 'import.field.given_names',
  paternal_surname: 'import.field.paternal_surname',
  maternal_surname: 'import.field.maternal_surname',
  surnames: 'import.field.surnames',
  surnames_and_names: 'import.field.surnames_and_names',
  id_type: 'import.field.id_type',
  id_number: 'import.field.id_number',
  id_none_reason: 'import.field.id_none_reason',
  sex: 'import.field.sex',
  birth_date: 'import.field.birth_date',
  phone: 'import.field.phone',
  languages: 'import.field.languages',
  district: 'import.field.district',
  profiles: 'import.field.profiles',
  miner_position: 'import.field.miner_position',
  head_of_household: 'import.field.head_of_household',
  single_parent: 'import.field.single_parent',
  dependants: 'import.field.dependants',
  literacy: 'import.field.literacy',
  education_level: 'import.field.education_level',
  reinfo_code: 'import.field.reinfo_code',
  reinfo_status: 'import.field.reinfo_status',
  recpo_code: 'import.field.recpo_code',
  selectors_registry_code: 'import.field.selectors_registry_code',
  selectors_registry_region: 'import.field.selectors_registry_region',
  ruc: 'import.field.ruc',
} as const satisfies Record<string, MessageKey>;

export type ImportField = keyof typeof FIELD_LABELS;
export const IMPORT_FIELDS = Object.keys(FIELD_LABELS) as ImportField[];

/** The wizard's choice for a column: a field, or `-` for "do not import". */
export type ColumnChoice = ImportField | '-';

export function fieldLabel(field: string): string {
  return field in FIELD_LABELS ? t(FIELD_LABELS[field as ImportField]) : field;
}

/**
 * A header as the server compares `map` entries (case, accents and punctuation ignored), which
 * also keeps commas, quotes and `=` of a header out of the parameter's syntax.
 * @example mapKey('N° de socia') // 'n de socia'
 */
export function mapKey(header: string): string {
  return header.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Whether a column can be named in `map` at all (a header of only punctuation cannot). */
export function isMappable(header: string): boolean {
  return mapKey(header) !== '';
}

/**
 * The `map` query parameter for the wizard's choices, or undefined when there are none.
 * @example buildMap({ 'Socia': 'given_names', 'Obs.': '-' }) // 'socia=given_names,obs=-'
 */
export function buildMap(choices: Readonly<Record<string, ColumnChoice>>): string | undefined {
  const pairs = Object.entries(choices)
    .filter(([column]) => isMappable(column))
    .map(([column, choice]) => `${mapKey(column)}=${choice}`);
  return pairs.length > 0 ? pairs.join(',') : undefined;
}

/** Why a column is not imported, in words; the server's own text when it is a reason we do not know. */
export function ignoredReason(reason: string): string {
  if (reason.startsWith('not a known column')) return t('import.ignored.unknown');
  if (reason.startsWith('a full name in one column')) return t('import.ignored.fullName');
  const repeated = /already read from "(.*)"/.exec(reason);
  if (repeated) return t('import.ignored.repeated', { column: repeated[1] ?? '' });
  return reason;
}

/** Ignored columns the wizard offers to map: not the echo of a `map` entry that matched nothing. */
export function isOfferedForMapping(ignored: { column: string; reason: string }): boolean {
  return !ignored.reason.startsWith('--map') && isMappable(ignored.column);
}

/** Columns to show a mapping choice for: those chosen already, then newly ignored ones, in order. */
export function mappableColumns(previous: readonly string[], report: ImportReport): string[] {
  const found = report.ignored_columns.filter(isOfferedForMapping).map((c) => c.column);
  return [...previous, ...found.filter((c) => !previous.includes(c))];
}

const ENCODINGS: Record<string, MessageKey> = {
  'utf-8': 'import.encoding.utf-8',
  'windows-1252': 'import.encoding.windows-1252',
  'utf-16le': 'import.encoding.utf-16le',
  'utf-16be': 'import.encoding.utf-16be',
};

const SEPARATORS: Record<string, MessageKey> = {
  ',': 'import.separator.comma',
  ';': 'import.separator.semicolon',
  '\t': 'import.separator.tab',
};

/** The report's file facts as label/value pairs, leaving out what does not apply (a workbook has no separator). */
export function fileFacts(file: ImportReport['file']): [label: string, value: string][] {
  const facts: [string, string][] = [
    [t('import.format'), file.format === 'xlsx' ? t('import.format.xlsx') : file.format === 'text' ? t('import.format.text') : file.format],
  ];
  if (file.encoding) facts.push([t('import.encoding'), ENCODINGS[file.encoding] ? t(ENCODINGS[file.encoding]!) : file.encoding]);
  if (file.separator) facts.push([t('import.separator'), SEPARATORS[file.separator] ? t(SEPARATORS[file.separator]!) : file.separator]);
  facts.push([t('import.rows'), String(file.rows)]);
  return facts;
}
