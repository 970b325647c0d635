/**
 * `pallay serve` (what `npm start` runs): opens and migrates the database, serves the API and
 * the web app, prints the one-time setup link while no user exists, keeps rotating backups
 * in embedded mode, and shuts down cleanly on Ctrl-C or SIGTERM.
 */
import path from 'node:path';
import { serve } from '@hono/node-server';
import { loadConfig, type Config } from '../../config.ts';
import { createContext, createHttpApp, VERSION, type AppContext } from '../../context.ts';
import { startBackupRotation } from '../../jobs/backup-rotation.ts';
import { startHousekeeping } from '../../jobs/housekeeping.ts';
import { issueSetupToken } from '../../services/accounts/setup.service.ts';

export interface RunningServer {
  ctx: AppContext;
  url: string;
  stop(): Promise<void>;
}

function describeDatabase(ctx: AppContext): string {
  return ctx.database.kind === 'pglite'
    ? `embedded PGlite in ${ctx.config.dataDir} (no fsync: for production data use DATABASE_URL and PostgreSQL)`
    : 'PostgreSQL (DATABASE_URL)';
}

export async function startServer(config: Config, command: string): Promise<RunningServer> {
  const started = performance.now();
  const ctx = await createContext(config, { command });
  const app = createHttpApp(ctx);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  }).catch(async (err: NodeJS.ErrnoException) => {
    await ctx.close();
    if (err.code === 'EADDRINUSE') throw new Error(`Port ${config.port} is already in use; set PORT to another port`);
    throw err;
  });
  const stopBackups =
    ctx.database.kind === 'pglite'
      ? startBackupRotation({ dir: path.join(config.dataDir, 'backups'), keep: config.backupKeep, intervalHours: config.backupIntervalHours, port: ctx.backups, logger: ctx.logger })
      : () => {};
  const stopHousekeeping = startHousekeeping(ctx.services, ctx.logger);
  const url = config.publicUrl;
  process.stdout.write(`Pallay ${VERSION} is running at ${url} (ready in ${Math.round(performance.now() - started)} ms)\n`);
  process.stdout.write(`Database: ${describeDatabase(ctx)}\n`);
  const stop = async () => {
    stopBackups();
    stopHousekeeping();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await ctx.close();
  };
  return { ctx, url, stop };
}

export async function printSetupLinkIfNeeded(running: RunningServer): Promise<void> {
  const token = await issueSetupToken(running.ctx.services);
  if (!token) return;
  process.stdout.write(
    `\nNo administrator exists yet. Open this one-time link (valid 24 hours) to create the first one:\n` +
      `  ${running.url}/setup#token=${token}\n` +
      `or create one from the command line (with the server stopped):\n` +
      `  npx pallay user add --role admin --username YOUR_NAME --name "Your Name"\n\n`,
  );
}

export function stopOnSignals(running: RunningServer): void {
  const shutdown = () => {
    process.stdout.write('\nStopping Pallay…\n');
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

export async function serveCommand(): Promise<number> {
  const running = await startServer(loadConfig(), 'pallay serve');
  await printSetupLinkIfNeeded(running);
  stopOnSignals(running);
  return new Promise<number>(() => {});
}
