/** `pallay duplicates scan [--format json]`: the full duplicate pass over the registry. */
import { scanDuplicates } from '../../services/registry/duplicate-scan.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, withContext } from '../runtime.ts';

export async function duplicatesCommand(args: string[]): Promise<number> {
  if (args[0] !== 'scan') throw new UsageError('expected: pallay duplicates scan [--format json]');
  const { values } = parseFlags(args.slice(1), { format: { type: 'string' } });
  const started = performance.now();
  const summary = await withContext('pallay duplicates scan', (ctx) => scanDuplicates(ctx.services, CLI_CONTEXT));
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  if (values.format === 'json') printJson({ ...summary, seconds });
  else process.stdout.write(`Scanned ${summary.people} people, ${summary.pairs} candidate pairs in ${seconds} s; ${summary.queued} likely duplicates await review.\n`);
  return 0;
}
