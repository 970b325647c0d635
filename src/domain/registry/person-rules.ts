/**
 * Rules a person record must meet beyond its shape: a coherent identity document, a plausible
 * birth date, a valid RUC, a known district, and miner details only for miners.
 * Pure: the caller passes today's date and whether the district exists.
 */
import type { FieldProblem } from '../errors.ts';
import { idDocumentProblem, rucFieldProblem } from './identity.ts';

export interface PersonFacts {
  id_type: 'dni' | 'ce' | 'none';
  id_number?: string | null;
  id_none_reason?: string | null;
  birth_date?: string | null;
  ruc?: string | null;
  profiles: readonly string[];
  miner_position?: string | null;
  single_parent?: boolean | null;
}

export const EARLIEST_BIRTH_DATE = '1900-01-01';

/** True when `text` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

export function dateProblem(path: string, value: string | null | undefined, opts: { today: string; earliest?: string }): FieldProblem | undefined {
  if (!value) return undefined;
  if (!isCalendarDate(value)) return { path, code: 'date.not_real', message: 'is not a real calendar date' };
  if (value > opts.today) return { path, code: 'date.in_future', message: 'cannot be in the future' };
  if (opts.earliest && value < opts.earliest) return { path, code: 'date.too_early', params: { earliest: opts.earliest }, message: `cannot be before ${opts.earliest}` };
  return undefined;
}

export function personProblems(person: PersonFacts, opts: { today: string; districtExists: boolean | undefined }): FieldProblem[] {
  const problems: (FieldProblem | undefined)[] = [
    idDocumentProblem(person.id_type, person.id_number),
    person.id_type === 'none' && !person.id_none_reason ? { path: 'id_none_reason', code: 'id_none_reason.required', message: 'say why there is no identity document' } : undefined,
    dateProblem('birth_date', person.birth_date, { today: opts.today, earliest: EARLIEST_BIRTH_DATE }),
    person.ruc ? rucFieldProblem('ruc', person.ruc) : undefined,
    opts.districtExists === false ? { path: 'district', code: 'district.unknown', message: 'is not a UBIGEO district code' } : undefined,
    person.miner_position && !person.profiles.some((p) => p === 'woman_miner' || p === 'man_miner')
      ? { path: 'miner_position', code: 'miner_position.not_miner', message: 'applies only to women and men miners' }
      : undefined,
  ];
  return problems.filter((p): p is FieldProblem => p !== undefined);
}

/** A period is valid when it ends on or after the day it starts. */
export function periodProblem(fromPath: string, toPath: string, from: string, to: string | null | undefined): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(from)) problems.push({ path: fromPath, code: 'date.not_real', message: 'is not a real calendar date' });
  if (to && !isCalendarDate(to)) problems.push({ path: toPath, code: 'date.not_real', message: 'is not a real calendar date' });
  if (problems.length === 0 && to && to < from) problems.push({ path: toPath, code: 'period.ends_before_start', message: 'cannot be before the start date' });
  return problems;
}
