/**
 * The composition root: config → database → store → services → HTTP app. Only this module
 * and test support import src/db; everything above receives what it needs from here.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { openDatabase, type Database, type OpenOptions } from './db/client.ts';
import { translateDbError } from './db/errors.ts';
import { migrateDatabase } from './db/migrate.ts';
import { createStore } from './db/store.ts';
import { createApp } from './http/app.ts';
import { backupPort } from './db/backup.ts';
import type { BackupPort } from './services/maintenance.service.ts';

import type { ServiceDeps } from './services/deps.ts';

export const VERSION: string = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));

export interface AppContext {
  config: Config;
  database: Database;
  services: ServiceDeps;
  backups: BackupPort;
  logger: Logger;
  close(): Promise<void>;
}

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: ['password', '*.password', 'token', '*.token', 'secret', '*.secret'], censor: '[redacted]' } });
}

/** Opens and migrates the database and wires the services. */
export async function createContext(config: Config, opts: Pick<OpenOptions, 'command' | 'pglite'> & { logger?: Logger; clock?: () => Date } = {}): Promise<AppContext> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command: opts.command, pglite: opts.pglite });
  try {
    await migrateDatabase(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  const services: ServiceDeps = {
    store: createStore(database.db),
    clock: opts.clock ?? (() => new Date()),
    settings: { sessionIdleMinutes: config.sessionIdleMinutes, production: config.production, publicUrl: config.publicUrl },
  };
  return { config, database, services, backups: backupPort(database.db), logger, close: () => database.close() };
}

export function createHttpApp(ctx: AppContext, webDir: string | undefined = DEFAULT_WEB_DIR) {
  return createApp({
    services: ctx.services,
    dbKind: ctx.database.kind,
    version: VERSION,
    logger: ctx.logger,
    secureCookies: ctx.config.secureCookies,
    trustProxy: ctx.config.trustProxy,
    httpsOnly: ctx.config.publicUrl.startsWith('https://'),
    verifyRatePerMinute: ctx.config.verifyRatePerMinute,
    webDir: webDir && fs.existsSync(webDir) ? webDir : undefined,
    translateError: translateDbError,
  });
}
