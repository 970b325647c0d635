/**
 * Imports people read from a file (CSV or XLSX, parsed by domain/registry/import) into one
 * organisation: batches of rows, each batch one transaction (all or nothing), every row
 * checked by the same rules as the API. Re-running an interrupted import creates nothing
 * twice: a row with a DNI finds the person already registered with it, and a row without one
 * gets an id derived from the organisation and the row's identity (name, sex, birth date).
 */
import { createHash } from 'node:crypto';
import { PersonInput } from '../../contracts/registry.ts';
import { peruDate } from '../../domain/shared/peru-date.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { fullNameKey } from '../../domain/registry/duplicates/index.ts';
import type { PersonImport, RowProblem } from '../../domain/registry/import/people-values.ts';
import { AppError } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation } from './people-access.ts';
import { insertPerson } from './people.service.ts';
import { checkPersonFields, toMatchable, toNewPerson } from './person-record.ts';

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  possible_duplicates: number;
  rejected: number;
  dry_run: boolean;
  rejects: RowProblem[];
}

export interface ImportOptions {
  organisationId: string;
  rows: { line: number; input: PersonImport }[];
  dryRun: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** The file's header for a field, so rejects name the column as the user wrote it. */
  columnOf?: (field: string) => string;
}

class DryRunRollback extends Error {}

/** A stable UUID (version 8 layout) for a row without a DNI, so a re-run finds the same person. */
export function importRowId(organisationId: string, row: PersonImport): string {
  const identity = [organisationId, row.id_type, row.id_number ?? '', row.sex, row.birth_date ?? '',
    fullNameKey(toMatchable({ ...toNewPerson('x', row, null), id: 'x' }))].join('|');
  const hex = createHash('sha256').update(identity).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

async function importRow(repos: Repos, ctx: CallContext, at: Date, organisationId: string, row: { line: number; input: PersonImport }, summary: ImportSummary) {
  const parsed = PersonInput.safeParse({ ...row.input, organisation_id: organisationId });
  if (!parsed.success) {
    summary.rejects.push(...parsed.error.issues.map((i) => ({ line: row.line, column: i.path.join('.') || '(row)', message: i.message })));
    summary.rejected++;
    return;
  }
  const input = parsed.data;
  const byDni = input.id_type === 'dni' && input.id_number ? await repos.people.findActiveByDni(input.id_number) : undefined;
  if (byDni) return updateFromRow(repos, ctx, at, byDni.id, input, summary);
  const result = await insertPerson(repos, ctx, at, { ...input, id: importRowId(organisationId, row.input) });
  if (!result.created) summary.unchanged++;
  else summary.created++;
  if (result.possible_duplicates.length > 0) summary.possible_duplicates++;
}

async function updateFromRow(repos: Repos, ctx: CallContext, at: Date, id: string, input: PersonInput, summary: ImportSummary) {
  const before = (await repos.people.findById(id))!;
  const fields = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== 'id' && k !== 'organisation_id'));
  const changed = Object.entries(fields).some(([k, v]) => JSON.stringify(v) !== JSON.stringify((before as Record<string, unknown>)[k]));
  if (!changed) return void summary.unchanged++;
  const merged = { ...before, ...fields };
  await checkPersonFields(repos, merged, { today: peruDate(at), selfId: id });
  const after = await repos.people.update(id, before.version, toNewPerson(id, merged, null));
  await recordAudit(repos, ctx, at, { action: 'update', entity: 'person', entityId: id, before, after });
  summary.updated++;
}

export async function importPeople(deps: ServiceDeps, ctx: CallContext, opts: ImportOptions): Promise<ImportSummary> {
  authorize(ctx.actor, 'people.import');
  await assertCanActInOrganisation(deps.store.repos, ctx.actor, opts.organisationId);
  if (!(await deps.store.repos.orgs.findById(opts.organisationId))) throw new AppError('VALIDATION_FAILED', 'No such organisation', { details: [{ path: 'org', message: 'no such organisation' }] });
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, possible_duplicates: 0, rejected: 0, dry_run: opts.dryRun, rejects: [] };
  const size = opts.batchSize ?? 500;
  for (let start = 0; start < opts.rows.length; start += size) {
    const batch = opts.rows.slice(start, start + size);
    const before = { ...summary, rejects: [...summary.rejects] };
    try {
      await deps.store.transaction(async (repos) => {
        for (const row of batch) await importRowChecked(repos, ctx, deps.clock(), opts, row, summary);
        if (opts.dryRun) throw new DryRunRollback();
      });
    } catch (err) {
      if (!(err instanceof DryRunRollback)) {
        Object.assign(summary, before);
        throw err;
      }
    }
    opts.onProgress?.(Math.min(start + size, opts.rows.length), opts.rows.length);
  }
  return summary;
}

/** One row; a rule it breaks rejects that row only (nothing of it was written yet). */
async function importRowChecked(repos: Repos, ctx: CallContext, at: Date, opts: ImportOptions, row: { line: number; input: PersonImport }, summary: ImportSummary) {
  const rejectsBefore = summary.rejects.length;
  try {
    await importRow(repos, ctx, at, opts.organisationId, row, summary);
  } catch (err) {
    if (!(err instanceof AppError) || !['VALIDATION_FAILED', 'CONFLICT'].includes(err.code)) throw err;
    const details = err.details.length ? err.details : [{ path: '(row)', message: err.message }];
    summary.rejects.push(...details.map((d) => ({ line: row.line, column: d.path, message: d.message })));
    summary.rejected++;
  }
  const columnOf = opts.columnOf;
  if (columnOf) for (const reject of summary.rejects.slice(rejectsBefore)) reject.column = columnOf(reject.column);
}
