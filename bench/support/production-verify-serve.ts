/**
 * The load-test target of the verify-page figure, in its own process so the load generator does
 * not share its event loop: the real Pallay app (composition root, every middleware) on a
 * file-backed PGlite in a temporary folder, as `pallay serve` runs it, holding a small ledger
 * and one income statement issued through issueStatement. The statement's code is written to
 * $PALLAY_BENCH_VERIFY_CODE_FILE before the server listens, so once /health answers the parent
 * can load GET /verify/CODE (with the per-address verify limit off: the load is one address). Stops on SIGTERM and removes its folder.
 * Run as: node --import tsx bench/support/production-verify-serve.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { uuidv7 } from 'uuidv7';
import { loadConfig } from '../../src/config.ts';
import { createContext, createHttpApp } from '../../src/context.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { issueStatement } from '../../src/services/production/statements.service.ts';
import { loadLedger } from './production-load.ts';
import { STATEMENT_PERIOD } from './production-ops.ts';
import { stopOnSigterm } from './stop-target.ts';

/** Enough for a woman with a year of sales; the page reads one statement by its unique code. */
const LEDGER_SALES = 2_000;

async function main(): Promise<void> {
  const codeFile = process.env.PALLAY_BENCH_VERIFY_CODE_FILE;
  if (!codeFile) throw new Error('PALLAY_BENCH_VERIFY_CODE_FILE is not set');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-bench-verify-'));
  const ctx = await createContext({ ...loadConfig({ PALLAY_DATA_DIR: dataDir, PALLAY_VERIFY_RATE_PER_MINUTE: '0' }), logLevel: 'silent' }, { command: 'bench' });
  const pglite = ctx.database.pglite;
  if (!pglite) throw new Error('the verify target expects the embedded database');
  const ledger = await loadLedger({ database: ctx.database, raw: (text, params) => pglite.query(text, params) }, { sales: LEDGER_SALES, pool: 0 });
  const statement = await issueStatement(ctx.services, { actor: CLI_ACTOR, requestId: null }, {
    id: uuidv7(), person_id: ledger.statementWoman, ...STATEMENT_PERIOD, recipient_organisation_id: ledger.caja, language: 'es',
  });
  fs.writeFileSync(codeFile, statement.code);

  const server = serve({ fetch: createHttpApp(ctx).fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
  stopOnSigterm(server, ctx, dataDir);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
