/**
 * The `pallay` command line: one command per job. Commands call services directly (never the
 * HTTP API) and print errors as one clear line with a non-zero exit code.
 */
import { reportError, UsageError } from './errors.ts';

const USAGE = `Usage: npx pallay COMMAND

  serve                 start the server (what npm start runs)
  demo                  start with synthetic demo data in ./pallay-demo-data
  migrate               apply database migrations and load reference data
  user add --role ROLE --username NAME --name "Full Name" [--organisation UUID] [--person UUID] [--password-stdin]
  user list [--format json]
  user disable USERNAME
  user reset-totp USERNAME
  apikey add --name NAME [--role partner] [--scope PERMISSION]... | list | revoke ID
  org add --kind KIND --name NAME [--parent UUID] [--ruc RUC] [--district UBIGEO] | list [--format json]
  site add --name NAME [--district UBIGEO] [--lat DEG --lon DEG] [--concession CODE] [--operator UUID] | list [--district CODE] [--format json]
  import people FILE --org UUID [--dry-run] [--map "Header=field,..."] [--format json] [--rejects FILE]
                        register people from a CSV or XLSX file (see docs/import-people.md)
  export people|organisations|memberships --format csv|xlsx|json [--out FILE] [--org UUID] [--district CODE] [--profile P] [--q TEXT]
  duplicates scan       full duplicate pass over the registry; queues likely pairs for review
  price --ore-kg N --grade N --recovery N [--gold-usd-oz N | --date YYYY-MM-DD] [--pen-per-usd N]
        [--deductions-pen N] [--paid-pen N] [--format json]
                        what ore is worth at the reference prices, and the discount paid (docs/fair-value.md)
  prices import FILE.csv [--source TEXT] [--format json] | list [--series S] [--limit N] [--format json]
                        load reference gold prices and exchange rates (date,usd_per_oz and/or pen_per_usd)
  forms import FILE.xlsx [--org UUID] [--format json] | list [--format json]
                        load a questionnaire (XLSForm); the same form again updates it (docs/surveys.md)
  programmes load-templates [--format json] | list [--format json]
                        load the shipped training programmes (data/programmes); loading again updates them
  responses import --form ID FILE [--format json]
                        load a KoboToolbox or ODK Central export (CSV or XLSX); nothing is imported twice
  indicators --form FORM.xlsx --data RESPONSES.csv --spec SPEC.json [--by q1,q2] [--format json|csv|table]
                        survey indicators from files alone, no database (docs/indicators.md)
  plan import FILE.json [--format json] | list [--format json]
                        load an action plan (template: data/study/action-plan.json); the same plan key again updates it
  savings replay FILE.csv --share-value PEN [--interest-rate R] [--format json|table]
                        check a savings group's paper ledger for one cycle, from the file alone (docs/savings.md)
  savings import FILE.csv --cycle ID [--format json|table]
                        record a paper ledger into a cycle of the database; the first offending line exits 2
  services import FILE.csv | nearest (--ubigeo CODE | --lat N --lon N | --site UUID) [--kind cem] [--limit N] [--format json]
                        the services directory: load points from CSV (docs/services-directory.md); nearest first, Línea 100 always
  audit verify          recompute the audit hash chain; names the first broken row
  backup FILE           write the whole database to FILE
  restore FILE          replace the whole database with FILE

Environment: PORT (3000), PALLAY_DATA_DIR (./pallay-data), DATABASE_URL (PostgreSQL), PALLAY_LANG (es)
`;

/** Commands load on demand, so `pallay help` and a typo answer without loading the database. */
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  serve: async () => (await import('./commands/serve.ts')).serveCommand(),
  demo: async () => (await import('./commands/demo.ts')).demoCommand(),
  migrate: async () => (await import('./commands/operations.ts')).migrateCommand(),
  user: async (args) => (await import('./commands/users.ts')).userCommand(args),
  apikey: async (args) => (await import('./commands/operations.ts')).apiKeyCommand(args),
  audit: async (args) => (await import('./commands/operations.ts')).auditCommand(args),
  backup: async (args) => (await import('./commands/operations.ts')).backupCommand(args),
  restore: async (args) => (await import('./commands/operations.ts')).restoreCommand(args),
  org: async (args) => (await import('./commands/organisations.ts')).orgCommand(args),
  site: async (args) => (await import('./commands/sites.ts')).siteCommand(args),
  duplicates: async (args) => (await import('./commands/duplicates.ts')).duplicatesCommand(args),
  export: async (args) => (await import('./commands/export.ts')).exportCommand(args),
  import: async (args) => (await import('./commands/import.ts')).importCommand(args),
  price: async (args) => (await import('./commands/prices.ts')).priceCommand(args),
  prices: async (args) => (await import('./commands/prices.ts')).pricesCommand(args),
  indicators: async (args) => (await import('./commands/indicators.ts')).indicatorsCommand(args),
  forms: async (args) => (await import('./commands/surveys.ts')).formsCommand(args),
  programmes: async (args) => (await import('./commands/programmes.ts')).programmesCommand(args),
  responses: async (args) => (await import('./commands/surveys.ts')).responsesCommand(args),
  plan: async (args) => (await import('./commands/plans.ts')).planCommand(args),
  savings: async (args) => (await import('./commands/savings.ts')).savingsCommand(args),
  services: async (args) => (await import('./commands/services.ts')).servicesCommand(args),
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
