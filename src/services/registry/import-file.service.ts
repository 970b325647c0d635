/**
 * One use case shared by `pallay import people` and the web import wizard: read a CSV or XLSX
 * file, plan its columns, import (or dry-run) the rows, and report every reject with the line
 * and the column as the file names it.
 */
import type { PeopleImportReport } from '../../contracts/people-import.ts';
import { parseColumnMap } from '../../domain/registry/import/people-columns.ts';
import { readPeopleTable } from '../../domain/registry/import/people-import.ts';
import { readTableFile } from '../files/read-table.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import { importPeople } from './import-people.service.ts';

export interface ImportFileOptions {
  bytes: Uint8Array;
  fileName: string;
  organisationId: string;
  dryRun: boolean;
  map?: string | undefined;
  onProgress?: (done: number, total: number) => void;
}

export async function importPeopleFile(deps: ServiceDeps, ctx: CallContext, opts: ImportFileOptions): Promise<PeopleImportReport> {
  const table = await readTableFile(opts.bytes, opts.fileName);
  const read = readPeopleTable(table, opts.map ? { map: parseColumnMap(opts.map) } : {});
  const columnOf = (field: string) => read.plan.columns.find((c) => c.field === field)?.column ?? field;
  const summary = await importPeople(deps, ctx, { organisationId: opts.organisationId, rows: read.people, dryRun: opts.dryRun, onProgress: opts.onProgress, columnOf });
  const rejects = [...read.problems, ...summary.rejects].sort((a, b) => a.line - b.line);
  return {
    created: summary.created, updated: summary.updated, unchanged: summary.unchanged, possible_duplicates: summary.possible_duplicates,
    rejected: new Set(rejects.map((r) => r.line)).size, dry_run: summary.dry_run, rejects,
    columns: read.plan.columns.map((c) => ({ column: c.column, field: c.field })),
    ignored_columns: [...read.plan.ignored, ...read.plan.unmatchedMap.map((m) => ({ column: m, reason: '--map entry that matched no column' }))],
    file: { format: table.format, encoding: table.encoding ?? null, separator: table.separator ?? null, rows: table.rows.length },
  };
}
