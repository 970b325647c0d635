// The layer directions of ARCHITECTURE.md §3, checked on every `npm test`:
//   contracts ← domain ← services ← http / cli / jobs;  db implements services' ports;
//   only src/context.ts (the composition root) wires db into the rest; web sees contracts only.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'contracts-import-only-zod',
      severity: 'error',
      from: { path: '^src/contracts/' },
      to: { pathNot: ['^src/contracts/', '^node_modules/zod/', 'zod'] },
    },
    {
      name: 'domain-is-pure',
      comment: 'Domain rules do no IO and know no framework: no services, db, http, cli, Hono, Drizzle, PGlite, pg or pino.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^src/(services|db|http|cli|jobs|context)', '^node_modules/(hono|@hono|drizzle-orm|@electric-sql|pg|pino)/', '^(fs|net|http|https|child_process)$'] },
    },
    {
      name: 'services-use-ports-not-db',
      severity: 'error',
      from: { path: '^src/services/' },
      to: { path: ['^src/(db|http|cli|jobs|context)', '^node_modules/(hono|@hono|drizzle-orm|@electric-sql|pg)/'] },
    },
    {
      name: 'db-below-transports',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/(http|cli|jobs|context)' },
    },
    {
      name: 'transports-do-not-touch-db',
      comment: 'HTTP handlers, CLI commands and jobs call services; only src/context.ts opens the database.',
      severity: 'error',
      from: { path: '^src/(http|cli|jobs)/' },
      to: { path: ['^src/db/', '^node_modules/(drizzle-orm|@electric-sql|pg)/'] },
    },
    {
      name: 'web-sees-only-contracts',
      severity: 'error',
      from: { path: '^web/' },
      // Pure domain modules allowed in the browser, because they must run offline exactly as the server runs them
      // (a copy in web/ could drift): the fair-value formula a woman sees as she types a sale, and the savings
      // ledger (rules, loans, postings, replay; no IO, no clock) the treasurer's phone checks a meeting with,
      // offline, before the server does (web/savings/meeting-checks.ts). Tests and file readers stay out.
      to: {
        path: '^src/',
        pathNot: [
          '^src/contracts/', '^src/domain/production/fair-value\\.ts$',
          // The price-age rule, so a sale's price taken from the prices kept on a field phone is stale exactly when the server says so.
          '^src/domain/production/price-age\\.ts$',
          '^src/domain/savings/(ledger|ledger-state|checks|loans|rules|share-out|stored|transactions)\\.ts$',
          // The nearest-service ranking over the directory saved on the phone (web/help/saved-directory.ts).
          '^src/domain/services-directory/(nearest|distance)\\.ts$',
        ],
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'dist'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
