/**
 * `pallay import people FILE --org UUID [--dry-run] [--map "Header=field,..."] [--format json]
 * [--rejects FILE]`: imports a CSV or XLSX list of people with a progress bar on a terminal,
 * prints a summary, and writes rejected rows (line, column, reason) to a rejects file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rejectsCsv } from '../../domain/registry/import/people-import.ts';
import { importPeopleFile } from '../../services/registry/import-file.service.ts';
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
  const report = await withContext('pallay import', (ctx) =>
    importPeopleFile(ctx.services, CLI_CONTEXT, {
      bytes: new Uint8Array(fs.readFileSync(source)), fileName: path.basename(source), organisationId: values.org!,
      dryRun: values['dry-run'] ?? false, map: values.map, onProgress: progressBar,
    }),
  );
  const rejectsFile = report.rejects.length ? path.resolve(values.rejects ?? `${source}.rejects.csv`) : null;
  if (rejectsFile) fs.writeFileSync(rejectsFile, rejectsCsv(report.rejects));
  const { created, updated, unchanged, possible_duplicates, rejected, dry_run } = report;
  if (values.format === 'json') {
    printJson({ created, updated, unchanged, possible_duplicates, rejected, dry_run, rejects_file: rejectsFile, ignored_columns: report.ignored_columns });
    return 0;
  }
  for (const ignored of report.ignored_columns) process.stderr.write(`Column "${ignored.column}" is not imported: ${ignored.reason}\n`);
  const verb = dry_run ? 'Dry run (nothing was written)' : 'Imported';
  process.stdout.write(`${verb} ${report.file.rows} rows: ${created} created, ${updated} updated, ${unchanged} unchanged, ` +
    `${possible_duplicates} possible duplicates for review, ${rejected} rejected.\n`);
  if (rejectsFile) process.stdout.write(`Rejected rows and why: ${rejectsFile}\n`);
  return 0;
}
