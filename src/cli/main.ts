/**
 * The `pallay` command line: one command per job. Commands call services directly (never the
 * HTTP API) and print errors as one clear line with a non-zero exit code.
 */
import { demoCommand } from './commands/demo.ts';
import { apiKeyCommand, auditCommand, backupCommand, migrateCommand, restoreCommand } from './commands/operations.ts';
import { serveCommand } from './commands/serve.ts';
import { USER_USAGE, userCommand } from './commands/users.ts';
import { reportError, UsageError } from './runtime.ts';

const USAGE = `Usage: npx pallay COMMAND

  serve                 start the server (what npm start runs)
  demo                  start with synthetic demo data in ./pallay-demo-data
  migrate               apply database migrations and load reference data
  ${USER_USAGE.split('\n').join('\n  ')}
  apikey add --name NAME [--role partner] [--scope PERMISSION]... | list | revoke ID
  audit verify          recompute the audit hash chain; names the first broken row
  backup FILE           write the whole database to FILE
  restore FILE          replace the whole database with FILE

Environment: PORT (3000), PALLAY_DATA_DIR (./pallay-data), DATABASE_URL (PostgreSQL), PALLAY_LANG (es)
`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  serve: () => serveCommand(),
  demo: () => demoCommand(),
  migrate: () => migrateCommand(),
  user: userCommand,
  apikey: apiKeyCommand,
  audit: auditCommand,
  backup: backupCommand,
  restore: restoreCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => process.exit(reportError(err)),
);
