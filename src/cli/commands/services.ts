/**
 * `pallay services import FILE.csv | nearest (--ubigeo CODE | --lat N --lon N | --site UUID) [--kind K] [--limit N] --format json`.
 * The nearest answer is a stable contract for scripts: a JSON array, Línea 100 first (distance_km
 * null), then the nearest first, each with id, name, kind, distance_km (great-circle, 1 decimal)
 * and phones. Bad flags exit 2 naming the flag; an import with any bad row writes nothing and
 * names every bad cell by line and column (docs/services-directory.md).
 */
import fs from 'node:fs';
import { NearestQuery } from '../../contracts/services-directory.ts';
import { AppError } from '../../domain/errors.ts';
import { readServicesCsv } from '../../domain/services-directory/services-csv.ts';
import { importServicePoints, nearestServices } from '../../services/services-directory/directory.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';

export const SERVICES_USAGE = 'pallay services import FILE.csv | nearest (--ubigeo CODE | --lat N --lon N | --site UUID) [--kind cem] [--limit N] [--format json]';

/** `--lat -14.62` as `--lat=-14.62`: a bare negative number would read as a flag. */
function joinNegatives(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const next = args[i + 1];
    if (/^--(lat|lon)$/.test(args[i]!) && next !== undefined && /^-\d/.test(next)) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]!);
  }
  return out;
}

async function nearest(rest: string[]): Promise<number> {
  const { values } = parseFlags(joinNegatives(rest), {
    ubigeo: { type: 'string' }, site: { type: 'string' }, lat: { type: 'string' }, lon: { type: 'string' }, kind: { type: 'string' },
    limit: { type: 'string' }, format: { type: 'string' },
  });
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'table') throw new UsageError('--format: must be json or table');
  const parsed = NearestQuery.safeParse({ ubigeo: values.ubigeo, site_id: values.site, lat: values.lat, lon: values.lon, kind: values.kind, limit: values.limit });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? 'ubigeo');
    throw new UsageError(`--${field === 'site_id' ? 'site' : field}: ${issue.message}`);
  }
  const items = await withContext('pallay services nearest', (ctx) => nearestServices(ctx.services, parsed.data, CLI_CONTEXT)).catch((err: unknown) => {
    if (err instanceof AppError && (err.code === 'VALIDATION_FAILED' || err.code === 'NOT_FOUND')) {
      throw new UsageError(`${parsed.data.site_id ? '--site' : '--ubigeo'}: ${err.details[0]?.message ?? err.message}`);
    }
    throw err;
  });
  if (values.format === 'json') printJson(items);
  else printTable(items.map((s) => ({ km: s.distance_km, kind: s.kind, name: s.name, phones: s.phones.join(' / ') })));
  return 0;
}

async function importFile(rest: string[]): Promise<number> {
  const { positionals } = parseFlags(rest, {});
  const file = positionals[0];
  if (!file) throw new UsageError(`expected: ${SERVICES_USAGE}`);
  if (!fs.existsSync(file)) throw new UsageError(`FILE: no such file ${file}`);
  const result = readServicesCsv(fs.readFileSync(file, 'utf8'));
  if (!result.ok) throw new AppError('VALIDATION_FAILED', `${file}: nothing imported, ${result.problems.length} problem(s)`, { details: result.problems });
  const count = await withContext('pallay services import', (ctx) => importServicePoints(ctx.services, CLI_CONTEXT, result.points));
  process.stdout.write(`Imported ${count} service point(s) from ${file}.\n`);
  return 0;
}

export async function servicesCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'nearest') return nearest(rest);
  if (sub === 'import') return importFile(rest);
  throw new UsageError(`expected: ${SERVICES_USAGE}`);
}
