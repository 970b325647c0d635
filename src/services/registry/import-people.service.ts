/**
 * Imports people read from a file (CSV or XLSX, parsed by domain/registry/import) into one
 * organisation: batches of rows, each batch one transaction (all or nothing), every row
 * checked by the same rules as the API. Re-running an interrupted import creates nothing
 * twice: a row with a DNI finds the person already registered with it, and a row without one
 * gets an id derived from the organisation and the row's identity (name, sex, birth date).
 */
import { PersonUpdate } from '../../contracts/registry.ts';
import { zodDetails } from '../../domain/zod-problems.ts';
import { peruDate } from '../../domain/shared/peru-date.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation } from './people-access.ts';
import { importNewPeople, type ImportRow, type ImportSummary } from './import-batch.ts';
import type { KnownPeople } from './import-duplicates.ts';

export type { ImportSummary } from './import-batch.ts';
import { checkPersonFields, toNewPerson } from './person-record.ts';


export interface ImportOptions {
  organisationId: string;
  rows: ImportRow[];
  dryRun: boolean;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** The file's header for a field, so rejects name the column as the user wrote it. */
  columnOf?: (field: string) => string;
}

class DryRunRollback extends Error {}


/** A row whose DNI is already registered updates that person with the columns the file has. */
async function updateFromRow(repos: Repos, ctx: CallContext, at: Date, row: ImportRow, summary: ImportSummary): Promise<void> {
  const parsed = PersonUpdate.omit({ version: true }).safeParse(row.input);
  if (!parsed.success) throw new AppError('VALIDATION_FAILED', 'invalid row', { details: zodDetails(parsed.error) });
  const before = (await repos.people.findActiveByDni(row.input.id_number!))!;
  const fields = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  const changed = Object.entries(fields).some(([k, v]) => JSON.stringify(v) !== JSON.stringify((before as Record<string, unknown>)[k]));
  if (!changed) return void summary.unchanged++;
  const merged = { ...before, ...fields };
  await checkPersonFields(repos, merged, { today: peruDate(at), selfId: before.id });
  const after = await repos.people.update(before.id, before.version, toNewPerson(before.id, merged, null));
  await recordAudit(repos, ctx, at, { action: 'update', entity: 'person', entityId: before.id, before, after });
  summary.updated++;
}

/** Large imports end with ANALYZE so searches plan on fresh statistics. */
const ANALYSE_AFTER_ROWS = 5000;

export async function importPeople(deps: ServiceDeps, ctx: CallContext, opts: ImportOptions): Promise<ImportSummary> {
  authorize(ctx.actor, 'people.import');
  await assertCanActInOrganisation(deps.store.repos, ctx.actor, opts.organisationId);
  if (!(await deps.store.repos.orgs.findById(opts.organisationId))) throw new AppError('VALIDATION_FAILED', 'No such organisation', { details: [{ path: 'org', message: 'no such organisation' }] });
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, possible_duplicates: 0, rejected: 0, dry_run: opts.dryRun, rejects: [] };
  const size = opts.batchSize ?? 2000;
  const known: KnownPeople = new Map();
  for (let start = 0; start < opts.rows.length; start += size) {
    const batch = opts.rows.slice(start, start + size);
    const before = { ...summary, rejects: [...summary.rejects] };
    try {
      await deps.store.transaction(async (repos) => {
        const at = deps.clock();
        const rejectsBefore = summary.rejects.length;
        const updates = await importNewPeople(repos, { ctx, at, organisationId: opts.organisationId, summary, known }, batch);
        for (const row of updates) await updateRowChecked(repos, ctx, at, row, summary);
        if (opts.columnOf) for (const r of summary.rejects.slice(rejectsBefore)) r.column = opts.columnOf(r.column);
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
  if (!opts.dryRun && opts.rows.length >= ANALYSE_AFTER_ROWS) await deps.store.repos.people.analyse();
  return summary;
}

/** An update that breaks a rule rejects that row only (nothing of it was written yet). */
async function updateRowChecked(repos: Repos, ctx: CallContext, at: Date, row: ImportRow, summary: ImportSummary): Promise<void> {
  try {
    await updateFromRow(repos, ctx, at, row, summary);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
    summary.rejects.push(...err.details.map((d) => ({ line: row.line, column: d.path, message: d.message, ...(d.code ? { code: d.code } : {}), ...(d.params ? { params: d.params } : {}) })));
    summary.rejected++;
  }
}
