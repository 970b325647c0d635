/**
 * `pallay export people|organisations|memberships --format csv|xlsx|json [--out FILE]
 * [--org UUID] [--district CODE] [--profile P] [--q TEXT]`: to standard output unless --out.
 */
import fs from 'node:fs';
import { PersonSearch } from '../../contracts/registry.ts';
import { toCsv, toExportTable } from '../../domain/registry/export-table.ts';
import { EXPORT_KINDS, exportRegistry, type ExportKind } from '../../services/registry/export.service.ts';
import { writeXlsx } from '../../services/files/write-table.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, withContext } from '../runtime.ts';

export const EXPORT_USAGE = 'pallay export people|organisations|memberships --format csv|xlsx|json [--out FILE] [--org UUID] [--district CODE] [--profile P] [--q TEXT]';

export async function exportCommand(args: string[]): Promise<number> {
  const [kind, ...rest] = args;
  if (!EXPORT_KINDS.includes(kind as ExportKind)) throw new UsageError(`expected: ${EXPORT_USAGE}`);
  const { values } = parseFlags(rest, { format: { type: 'string' }, out: { type: 'string' }, org: { type: 'string' }, district: { type: 'string' }, profile: { type: 'string' }, q: { type: 'string' } });
  const format = values.format ?? 'csv';
  if (!['csv', 'xlsx', 'json'].includes(format)) throw new UsageError('--format must be csv, xlsx or json');
  if (format === 'xlsx' && !values.out) throw new UsageError('an xlsx export needs --out FILE');
  const filters = PersonSearch.partial().safeParse({ organisation_id: values.org, district: values.district, profile: values.profile, q: values.q });
  if (!filters.success) throw new UsageError(filters.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const data = await withContext('pallay export', (ctx) => exportRegistry(ctx.services, CLI_CONTEXT, kind as ExportKind, filters.data));
  const table = toExportTable(data.records, data.header);
  const body = format === 'xlsx' ? await writeXlsx(table, kind!) : format === 'json' ? JSON.stringify(data.records, null, 2) + '\n' : toCsv(table);
  if (values.out) {
    fs.writeFileSync(values.out, body);
    process.stderr.write(`Exported ${table.rows.length} ${kind} to ${values.out}\n`);
  } else process.stdout.write(body);
  return 0;
}
