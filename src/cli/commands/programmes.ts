/**
 * `pallay programmes load-templates | list`: load the training programmes shipped in
 * data/programmes (loading again updates them rather than adding copies), and list programmes.
 */
import { listProgrammes, loadProgrammeTemplates } from '../../services/trainings/programmes.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';

export const PROGRAMMES_USAGE = 'pallay programmes load-templates [--format json] | list [--format json]';

export async function programmesCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseFlags(rest, { format: { type: 'string' } });
  if (sub === 'load-templates') {
    const loaded = await withContext('pallay programmes load-templates', (ctx) => loadProgrammeTemplates(ctx.services, CLI_CONTEXT));
    if (values.format === 'json') printJson({ created: loaded.created, updated: loaded.updated, programmes: loaded.programmes.map((p) => ({ id: p.id, template_key: p.template_key, name: p.name })) });
    else process.stdout.write(`Programmes from the templates: ${loaded.created} created, ${loaded.updated} updated.\n`);
    return 0;
  }
  if (sub === 'list') {
    const programmes = await withContext('pallay programmes list', (ctx) => listProgrammes(ctx.services, CLI_CONTEXT));
    if (values.format === 'json') printJson(programmes);
    else printTable(programmes.map((p) => ({ id: p.id, name: p.name, modules: p.modules.length, rule: p.min_module_share, enrolled: p.enrolled, certified: p.certified })));
    return 0;
  }
  throw new UsageError(`usage: ${PROGRAMMES_USAGE}`);
}
