/** `pallay org add|list`: set up the network tree from the server's shell (the first associations, say). */
import { OrganisationInput } from '../../contracts/registry.ts';
import { AppError } from '../../domain/errors.ts';
import { createOrganisation, listOrganisations } from '../../services/registry/organisations.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';

export const ORG_USAGE = 'pallay org add --kind KIND --name NAME [--parent UUID] [--ruc RUC] [--district UBIGEO] | list [--format json]';

export async function orgCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    const { values } = parseFlags(rest, { kind: { type: 'string' }, name: { type: 'string' }, parent: { type: 'string' }, ruc: { type: 'string' }, district: { type: 'string' } });
    const parsed = OrganisationInput.safeParse({ kind: values.kind, name: values.name, parent_id: values.parent ?? null, ruc: values.ruc ?? null, district: values.district ?? null });
    if (!parsed.success) {
      throw new AppError('VALIDATION_FAILED', 'The organisation is not valid', { details: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    }
    const org = await withContext('pallay org add', (ctx) => createOrganisation(ctx.services, CLI_CONTEXT, parsed.data));
    process.stdout.write(`Created ${org.kind} "${org.name}" (${org.id}).\n`);
    return 0;
  }
  if (sub === 'list') {
    const { values } = parseFlags(rest, { format: { type: 'string' } });
    const orgs = await withContext('pallay org list', (ctx) => listOrganisations(ctx.services, CLI_CONTEXT, {}));
    if (values.format === 'json') printJson(orgs);
    else printTable(orgs.map((o) => ({ id: o.id, kind: o.kind, name: o.name, parent: o.parent_id })));
    return 0;
  }
  throw new UsageError(`expected: ${ORG_USAGE}`);
}
