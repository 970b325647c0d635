/**
 * Reads a services-directory CSV (columns in docs/services-directory.md) into validated service
 * points, or the full list of problems, each naming its line and column, so an import is
 * all-or-nothing and a person can fix every bad cell in one pass. Pure: no IO.
 */
import { ServicePointInput } from '../../contracts/services-directory.ts';
import type { FieldProblem } from '../errors.ts';
import { parseCsv } from '../shared/csv.ts';

export const SERVICE_CSV_COLUMNS = [
  'id', 'name', 'kind', 'address', 'address_confidential', 'district', 'lat', 'lon', 'phones', 'hours', 'languages',
  'notes', 'last_verified_on', 'source',
] as const;
const REQUIRED = ['name', 'kind'] as const;

const blankToNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());
const list = (v: string | undefined) => (v ?? '').split(/[/;|]/).map((s) => s.trim()).filter((s) => s !== '');
const number = (v: string | undefined) => {
  const text = blankToNull(v);
  return text === null ? null : Number.isFinite(Number(text)) ? Number(text) : text;
};
const flag = (v: string | undefined) => /^(yes|true|1|sí|si)$/i.test((v ?? '').trim());

/** One row's cells as the contract's input shape (types are checked by the contract). */
function rowToInput(v: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {
    name: v.name, kind: blankToNull(v.kind), address: blankToNull(v.address), address_confidential: flag(v.address_confidential),
    district: blankToNull(v.district), lat: number(v.lat), lon: number(v.lon), phones: list(v.phones),
    hours: blankToNull(v.hours), notes: blankToNull(v.notes), last_verified_on: blankToNull(v.last_verified_on),
  };
  if (blankToNull(v.id)) input.id = v.id!.trim();
  if (list(v.languages).length) input.languages = list(v.languages);
  if (blankToNull(v.source)) input.source = v.source!.trim();
  return input;
}

export type ServicesCsvResult = { ok: true; points: ServicePointInput[] } | { ok: false; problems: FieldProblem[] };

/**
 * @example readServicesCsv('name,kind,district,phones\nCEM Ananea,cem,211002,994834149\n') // { ok: true, points: [...] }
 */
export function readServicesCsv(text: string): ServicesCsvResult {
  const table = parseCsv(text);
  const problems: FieldProblem[] = [];
  for (const column of REQUIRED) {
    if (!table.header.includes(column)) problems.push({ path: `line 1, column ${column}`, code: 'csv.missing_column', message: 'required column is missing' });
  }
  for (const column of table.header) {
    if (!(SERVICE_CSV_COLUMNS as readonly string[]).includes(column)) {
      problems.push({ path: `line 1, column ${column}`, code: 'csv.unknown_column', message: `unknown column; expected some of ${SERVICE_CSV_COLUMNS.join(', ')}` });
    }
  }
  if (problems.length) return { ok: false, problems };
  const points: ServicePointInput[] = [];
  for (const row of table.rows) {
    const parsed = ServicePointInput.safeParse(rowToInput(row.values));
    if (parsed.success) points.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        problems.push({ path: `line ${row.line}, column ${String(issue.path[0] ?? 'row')}`, code: issue.code, message: issue.message });
      }
    }
  }
  if (table.rows.length === 0) problems.push({ path: 'line 2', code: 'csv.empty', message: 'the file has no service points' });
  return problems.length ? { ok: false, problems } : { ok: true, points };
}
