/**
 * `pallay plan import FILE.json [--format json]` and `pallay plan list`: load an action plan
 * (the shipped template is data/study/action-plan.json). The same file again updates that plan;
 * a file with problems is refused whole, each problem named by its path in the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importPlan } from '../../services/plans/plan-import.service.ts';
import { listPlans } from '../../services/plans/plans.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';

export const PLAN_USAGE = 'pallay plan import FILE.json [--format json] | list [--format json]';

export async function planCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseFlags(rest, { format: { type: 'string' } });
  if (values.format !== undefined && values.format !== 'json') throw new UsageError('--format takes only json');
  if (sub === 'import') {
    if (!positionals[0]) throw new UsageError(`expected: ${PLAN_USAGE}`);
    const source = path.resolve(positionals[0]);
    if (!fs.existsSync(source)) throw new UsageError(`${source}: no such file`);
    const bytes = new Uint8Array(fs.readFileSync(source));
    const result = await withContext('pallay plan import', (ctx) => importPlan(ctx.services, CLI_CONTEXT, { bytes, fileName: path.basename(source) }));
    if (values.format === 'json') printJson(result);
    else {
      process.stdout.write(`${result.created ? 'Imported' : 'Updated'} plan "${result.title}" (key ${result.key}): ${result.objectives} objectives, ` +
        `${result.results} results, ${result.actions} actions, ${result.indicators} indicators` +
        `${result.progress_added ? `, ${result.progress_added} progress entries added` : ''}${result.archived ? `, ${result.archived} no longer in the file (archived)` : ''}. Its id: ${result.plan_id}\n`);
    }
    return 0;
  }
  if (sub === 'list') {
    const plans = await withContext('pallay plan list', (ctx) => listPlans(ctx.services, CLI_CONTEXT));
    if (values.format === 'json') printJson(plans);
    else printTable(plans.map((p) => ({ id: p.id, key: p.key, title: p.title, objectives: p.objectives, results: p.results, actions: p.actions, indicators: p.indicators })));
    return 0;
  }
  throw new UsageError(`expected: ${PLAN_USAGE}`);
}
