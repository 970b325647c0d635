/**
 * Migrated databases for benchmarks, opened the way the app opens them: PGlite file-backed in a
 * temporary data folder, or a scratch database on the PostgreSQL server with a raw pg.Client
 * beside it for the hand-written-SQL baselines. `close` removes what was made.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { createScratchDatabase } from './postgres.ts';

export interface MigratedPglite {
  database: Database;
  client: PGlite;
  close(): Promise<void>;
}

export interface MigratedPostgres {
  database: Database;
  client: pg.Client;
  close(): Promise<void>;
}

export async function openMigratedPglite(folderPrefix: string): Promise<MigratedPglite> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
  const database = await openDatabase({ dataDir, command: 'bench' });
  await migrateDatabase(database);
  return {
    database,
    client: database.pglite!,
    close: async () => {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function openMigratedPostgres(serverUrl: string): Promise<MigratedPostgres> {
  const scratch = await createScratchDatabase(serverUrl);
  let database: Database | undefined;
  const client = new pg.Client({ connectionString: scratch.url });
  try {
    database = await openDatabase({ databaseUrl: scratch.url });
    await migrateDatabase(database);
    await client.connect();
  } catch (err) {
    await database?.close();
    await scratch.drop();
    throw err;
  }
  const opened = database;
  return {
    database: opened,
    client,
    close: async () => {
      await client.end();
      await opened.close();
      await scratch.drop();
    },
  };
}
