/**
 * `pallay site add|list`: register mining sites from the server's shell (a first list from a
 * regional office, say) and list them. Every problem names the flag to fix (`--lon`, not `lon`).
 */
import { SiteInput } from '../../contracts/sites.ts';
import { AppError } from '../../domain/errors.ts';
import { createSite, listSites } from '../../services/registry/sites.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';

export const SITE_USAGE = 'pallay site add --name NAME [--district UBIGEO] [--lat DEG --lon DEG] [--concession CODE] [--operator UUID] | list [--district CODE] [--format json]';

const FLAG_OF: Record<string, string> = {
  name: '--name', district: '--district', lat: '--lat', lon: '--lon', concession_code: '--concession', operator_organisation_id: '--operator',
};

/** The same problems with each field path named as the flag that sets it. */
function byFlag(err: unknown): unknown {
  if (!(err instanceof AppError)) return err;
  return new AppError(err.code, err.message, { details: err.details.map((d) => ({ ...d, path: FLAG_OF[d.path] ?? d.path })) });
}

/** `--lat -14.62` as `--lat=-14.62`: every coordinate in Peru is negative, and a bare `-14.62` reads as a flag. */
function joinNegatives(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (/^--(lat|lon)$/.test(arg) && next !== undefined && /^-\d/.test(next)) out.push(`${arg}=${args[++i]}`);
    else out.push(arg);
  }
  return out;
}

/** A coordinate as typed; text that is not a number is left for the contract to refuse by name. */
const degrees = (text: string | undefined) => (text === undefined ? null : Number.isFinite(Number(text)) ? Number(text) : text);

export async function siteCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    const { values } = parseFlags(joinNegatives(rest), {
      name: { type: 'string' }, district: { type: 'string' }, lat: { type: 'string' }, lon: { type: 'string' },
      concession: { type: 'string' }, operator: { type: 'string' },
    });
    const parsed = SiteInput.safeParse({
      name: values.name, district: values.district ?? null, lat: degrees(values.lat), lon: degrees(values.lon),
      concession_code: values.concession ?? null, operator_organisation_id: values.operator ?? null,
    });
    if (!parsed.success) {
      throw byFlag(new AppError('VALIDATION_FAILED', 'The site is not valid', { details: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }));
    }
    const site = await withContext('pallay site add', (ctx) => createSite(ctx.services, CLI_CONTEXT, parsed.data)).catch((err: unknown) => {
      throw byFlag(err);
    });
    process.stdout.write(`Registered site "${site.name}" (${site.id}).\n`);
    return 0;
  }
  if (sub === 'list') {
    const { values } = parseFlags(rest, { district: { type: 'string' }, format: { type: 'string' } });
    const sites = await withContext('pallay site list', (ctx) => listSites(ctx.services, CLI_CONTEXT, { district: values.district }));
    if (values.format === 'json') printJson(sites);
    else printTable(sites.map((s) => ({ id: s.id, name: s.name, district: s.district, concession: s.concession_code })));
    return 0;
  }
  throw new UsageError(`expected: ${SITE_USAGE}`);
}
