/**
 * Opens the database: PGlite (embedded, file-backed in the data folder, locked to this
 * process) by default, or a PostgreSQL server when DATABASE_URL is set. Both expose the same
 * Drizzle database, so every query, migration and test runs on both.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import * as schema from './schema/index.ts';
import { acquireDataDirLock } from './lock.ts';
import { createPool } from './pg-pool.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'pglite' | 'postgres';

export interface Database {
  kind: DbKind;
  db: Db;
  /** The PGlite instance in embedded mode (for dumps and COPY from blobs). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent, fuzzystrmatch };

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** A short description of the opener, written into the data-folder lock. */
  command?: string;
  /** Use this PGlite instance as is (tests: a clone of a migrated template). */
  pglite?: PGlite;
  /** Size of the PostgreSQL connection pool. */
  poolSize?: number;
}

export function embeddedDbDir(dataDir: string): string {
  return path.join(dataDir, 'db');
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  if (opts.pglite) return wrapPglite(opts.pglite, async () => opts.pglite!.close());
  if (!opts.dataDir) throw new Error('openDatabase needs a dataDir or a databaseUrl');
  const lock = acquireDataDirLock(opts.dataDir, opts.command ?? 'pallay');
  try {
    const client = await PGlite.create(embeddedDbDir(opts.dataDir), { extensions: PGLITE_EXTENSIONS });
    return wrapPglite(client, async () => {
      await client.close();
      lock.release();
    });
  } catch (err) {
    lock.release();
    throw err;
  }
}

function wrapPglite(client: PGlite, close: () => Promise<void>): Database {
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { kind: 'pglite', db, pglite: client, close };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = createPool(url, poolSize);
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return { kind: 'postgres', db, close: () => pool.end() };
}
