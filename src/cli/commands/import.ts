/**
 * `pallay import people FILE [--org UUID] [--dry-run] [--map "Header=field,..."] [--format json]
 * [--rejects FILE]`: reads a CSV or XLSX list of people, imports it in batches with a progress
 * bar on a terminal, prints a summary, and writes rejected rows (line, column, reason) to a
 * rejects file beside the input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseColumnMap } from '../../domain/registry/import/people-columns.ts';
import { readPeopleTable, rejectsCsv } from '../../domain/registry/import/people-import.ts';
import { importPeople } from '../../services/registry/import-people.service.ts';
import { readTableFile } from '../../services/files/read-table.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, withContext } from '../runtime.ts';

export const IMPORT_USAGE = 'pallay import people FILE --org UUID [--dry-run] [--map "Header=field,..."] [--format json] [--rejects FILE]';
const MAX_FILE_BYTES = 50 * 1024 * 1024;

function progressBar(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
}

export async function importCommand(args: string[]): Promise<number> {
  const [what, file, ...rest] = args;
  if (what !== 'people' || !file) throw new UsageError(`expected: ${IMPORT_USAGE}`);
  const { values } = parseFlags(rest, { org: { type: 'string' }, 'dry-run': { type: 'boolean' }, map: { type: 'string' }, format: { type: 'string' }, rejects: { type: 'string' } });
  if (!values.org) throw new UsageError('import people needs --org: the organisation the people belong to');
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new UsageError(`${source}: no such file`);
  if (fs.statSync(source).size > MAX_FILE_BYTES) throw new UsageError(`${source} is larger than 50 MB; split it`);
  const table = await readTableFile(new Uint8Array(fs.readFileSync(source)), path.basename(source));
  const read = readPeopleTable(table, values.map ? { map: parseColumnMap(values.map) } : {});
  const asJson = values.format === 'json';
  if (!asJson) {
    for (const ignored of read.plan.ignored) process.stderr.write(`Column "${ignored.column}" is not imported: ${ignored.reason}\n`);
    for (const typo of read.plan.unmatchedMap) process.stderr.write(`--map entry "${typo}" matched no column\n`);
  }
  const columnOf = (field: string) => read.plan.columns.find((c) => c.field === field)?.column ?? field;
  const summary = await withContext('pallay import', (ctx) =>
    importPeople(ctx.services, CLI_CONTEXT, { organisationId: values.org!, rows: read.people, dryRun: values['dry-run'] ?? false, onProgress: progressBar, columnOf }),
  );
  const rejects = [...read.problems, ...summary.rejects].sort((a, b) => a.line - b.line);
  const rejectedRows = new Set(rejects.map((r) => r.line)).size;
  const rejectsFile = rejects.length ? path.resolve(values.rejects ?? `${source}.rejects.csv`) : null;
  if (rejectsFile) fs.writeFileSync(rejectsFile, rejectsCsv(rejects));
  const result = {
    created: summary.created, updated: summary.updated, unchanged: summary.unchanged, possible_duplicates: summary.possible_duplicates,
    rejected: rejectedRows, dry_run: summary.dry_run, rejects_file: rejectsFile,
  };
  if (asJson) printJson(result);
  else {
    const verb = summary.dry_run ? 'Dry run (nothing was written)' : 'Imported';
    process.stdout.write(`${verb}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged, ` +
      `${result.possible_duplicates} possible duplicates for review, ${result.rejected} rejected.\n`);
    if (rejectsFile) process.stdout.write(`Rejected rows and why: ${rejectsFile}\n`);
  }
  return 0;
}
