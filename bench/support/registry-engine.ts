/**
 * A migrated Pallay database for the registry benchmarks, on either engine, with the raw driver
 * beside it for baselines and fast set-up: PGlite file-backed in a temporary data folder (as
 * `pallay serve` runs it), PostgreSQL as a scratch database on the DATABASE_URL server.
 * Bulk loads use the fastest path each driver offers without extra packages: COPY from a blob on
 * PGlite; on PostgreSQL (pg-copy-streams is not installed) multi-row INSERT … SELECT FROM
 * json_populate_recordset in chunks of 5,000 rows.
 */
import type { Database } from '../../src/db/client.ts';
import { openMigratedPglite, openMigratedPostgres } from './migrated-db.ts';
import { hasPostgresBinaries } from './postgres.ts';
import { copyCsv } from './registry-data.ts';

export type EngineKey = 'pglite' | 'postgres';

export interface RawResult<T> {
  rows: T[];
}

export interface RegistryEngine {
  key: EngineKey;
  database: Database;
  /** One query on the raw driver (PGlite instance / a dedicated pg.Client), outside Drizzle. */
  raw<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<RawResult<T>>;
  /** The same, rows as arrays (less allocation for big results). */
  rawArrays<T extends unknown[] = unknown[]>(text: string, params?: unknown[]): Promise<RawResult<T>>;
  /** Loads rows into `table` by the engine's bulk path; returns milliseconds. */
  bulkLoad(table: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): Promise<number>;
  /** What bulkLoad is, for baseline names. */
  bulkName: string;
  close(): Promise<void>;
}

const JSON_CHUNK_ROWS = 5_000;

async function openPglite(): Promise<RegistryEngine> {
  const { database, client, close } = await openMigratedPglite('pallay-bench-registry-');
  return {
    key: 'pglite',
    database,
    raw: (text, params = []) => client.query(text, params),
    rawArrays: (text, params = []) => client.query(text, params, { rowMode: 'array' }),
    bulkName: 'raw COPY',
    async bulkLoad(table, columns, rows) {
      const blob = new Blob([copyCsv(columns, rows)]);
      const started = performance.now();
      await client.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], { blob });
      return performance.now() - started;
    },
    close,
  };
}

async function openPostgres(serverUrl: string): Promise<RegistryEngine> {
  const { database, client, close } = await openMigratedPostgres(serverUrl);
  return {
    key: 'postgres',
    database,
    raw: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)) as unknown as RawResult<T>,
    rawArrays: async <T extends unknown[]>(text: string, params: unknown[] = []) =>
      (await client.query({ text, values: params, rowMode: 'array' })) as unknown as RawResult<T>,
    bulkName: 'raw json_populate_recordset INSERT (5,000-row chunks, not COPY)',
    async bulkLoad(table, columns, rows) {
      const list = columns.join(', ');
      const statement = `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`;
      const started = performance.now();
      for (let at = 0; at < rows.length; at += JSON_CHUNK_ROWS) {
        await client.query(statement, [JSON.stringify(rows.slice(at, at + JSON_CHUNK_ROWS))]);
      }
      return performance.now() - started;
    },
    close,
  };
}

/** The engines this machine can run, PGlite first; PostgreSQL only when DATABASE_URL is set. */
export function engineOpeners(): { key: EngineKey; open?: () => Promise<RegistryEngine>; skipped?: string }[] {
  const serverUrl = process.env.DATABASE_URL;
  return [
    { key: 'pglite', open: openPglite },
    serverUrl
      ? { key: 'postgres', open: () => openPostgres(serverUrl) }
      : { key: 'postgres', skipped: hasPostgresBinaries() ? 'DATABASE_URL not set' : 'no PostgreSQL binaries' },
  ];
}

/** Opens an engine, runs `work`, and always closes it. */
export async function withEngine<T>(open: () => Promise<RegistryEngine>, work: (engine: RegistryEngine) => Promise<T>): Promise<T> {
  const engine = await open();
  try {
    return await work(engine);
  } finally {
    await engine.close();
  }
}
