/**
 * PostgreSQL for the benchmarks: whether a throwaway cluster can be started (the same binary
 * search as scripts/with-postgres.sh, which run.ts re-executes under), and a scratch database
 * on the server named by DATABASE_URL, dropped afterwards, so a shared server is left as found.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

function binaryDirs(): string[] {
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql') : [];
  const pathDirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return [...versions.map((v) => `/usr/lib/postgresql/${v}/bin`), '/usr/local/bin', '/usr/bin', ...pathDirs];
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** True when scripts/with-postgres.sh would find initdb and pg_ctl. */
export function hasPostgresBinaries(): boolean {
  const dirs = binaryDirs();
  return ['initdb', 'pg_ctl'].every((bin) => dirs.some((dir) => isExecutable(path.join(dir, bin))));
}

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database beside the one in `serverUrl` and returns its URL. */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `pallay_bench_${process.pid}_${Date.now().toString(36)}`;
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
