/**
 * `pallay demo` (`npm run demo`): starts Pallay on its own data folder (./pallay-demo-data,
 * or PALLAY_DEMO_DIR) filled with synthetic demo data, and prints a login for every role.
 */
import path from 'node:path';
import { loadConfig } from '../../config.ts';
import { DEMO_PASSWORD, loadDemoData } from '../../services/demo.service.ts';
import { needsSetup } from '../../services/accounts/setup.service.ts';
import { printTable } from '../runtime.ts';
import { startServer, stopOnSignals } from './serve.ts';

export async function demoCommand(): Promise<number> {
  const base = loadConfig();
  const config = { ...base, dataDir: path.resolve(process.env.PALLAY_DEMO_DIR ?? './pallay-demo-data') };
  if (config.databaseUrl) {
    process.stderr.write('pallay demo uses its own embedded database; unset DATABASE_URL to run it.\n');
    return 2;
  }
  const running = await startServer(config, 'pallay demo');
  if (await needsSetup(running.ctx.services)) await loadDemoData(running.ctx.services);
  process.stdout.write(`\nDEMO DATA — synthetic people and organisations, not real records. Data folder: ${config.dataDir}\n`);
  process.stdout.write('The [DEMO] survey (854 generated respondents answering near the study baseline) is on the dashboard: /dashboard\n');
  process.stdout.write(`Sign in at ${running.url} with any of these (password for all: ${DEMO_PASSWORD}):\n\n`);
  const users = await running.ctx.services.store.repos.users.list({});
  printTable(users.map((u) => ({ role: u.role, username: u.username, name: u.displayName })));
  process.stdout.write('\n');
  stopOnSignals(running);
  return new Promise<number>(() => {});
}
