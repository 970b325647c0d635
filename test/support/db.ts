/**
 * A fresh, migrated database for one test file: a copy of the run's template, on PGlite by
 * default or on the PostgreSQL server named by DATABASE_URL.
 */
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { PGLITE_EXTENSIONS } from '../../src/db/client.ts';
import { withDatabaseName } from './global-setup.ts';

export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  pglite?: PGlite;
  databaseUrl?: string;
  /** Drops the copy (PostgreSQL); PGlite copies vanish with the process. */
  drop(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `pallay_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
    await admin.end();
    return {
      kind: 'postgres',
      databaseUrl: withDatabaseName(url, name),
      drop: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  const pglite = await PGlite.create({ loadDataDir: blob, extensions: PGLITE_EXTENSIONS });
  return { kind: 'pglite', pglite, drop: async () => {} };
}
