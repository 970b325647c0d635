/**
 * A child process for the PGlite fault tests, so the test can SIGKILL a process that holds the
 * embedded data folder while it writes. It opens the folder as the CLI does (createContext:
 * lock, PGlite, migrations), makes the test organisation if it is missing, says `ready`, and:
 * - `hold`: keeps the folder open until killed;
 * - `import COUNT BATCH`: imports COUNT generated people (test/support/faults.ts) in batches
 *   of BATCH, printing `committed N` after each batch's transaction returned, and at the end
 *   `done` with the registry's health (registryHealth) as JSON.
 * Run: node --import tsx test/support/faults-pglite-writer.ts DATA_DIR ORG_ID hold|import [COUNT BATCH]
 */
import { loadConfig } from '../../src/config.ts';
import { createContext } from '../../src/context.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { importPeople } from '../../src/services/registry/import-people.service.ts';
import { importRows, registryHealth } from './faults.ts';

const [dataDir, organisationId, mode, count, batch] = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);

const ctx = await createContext({ ...loadConfig({ PALLAY_DATA_DIR: dataDir! }), logLevel: 'silent' }, { command: `faults-writer ${mode}` });
const orgs = ctx.services.store.repos.organisations;
if (!(await orgs.findById(organisationId!))) await orgs.insert({ id: organisationId!, name: 'Asociación de prueba', kind: 'selectors_association', parentId: null });
say('ready');

if (mode === 'hold') {
  setInterval(() => {}, 60_000);
} else {
  const rows = importRows(Number(count));
  await importPeople(ctx.services, { actor: CLI_ACTOR, requestId: null }, {
    organisationId: organisationId!, rows, dryRun: false, batchSize: Number(batch), onProgress: (done) => say(`committed ${done}`),
  });
  const health = await registryHealth(ctx.database.db);
  await ctx.close();
  say(`done ${JSON.stringify(health)}`);
}
