/**
 * Faults on the embedded database (PGlite in a data folder), with real processes:
 * - a second process cannot open a folder another one holds: it exits non-zero with a message
 *   naming the folder, the lock and the holder (src/db/lock.ts);
 * - a process killed with SIGKILL in the middle of an import leaves a folder that reopens: the
 *   next `pallay` command takes over the stale lock, PostgreSQL (inside PGlite) replays its WAL,
 *   the acknowledged batches are there, none is half-written, the audit chain verifies, and a
 *   re-run of the import completes it with no one twice;
 * - the documented way back when a folder is lost (`pallay backup` / `pallay restore` into a
 *   new folder) brings everything back with a chain that verifies.
 * Sizes: 1,500 generated people in batches of 250 (a backup and a restore cost per row). Both folders start as the run's migrated
 * template (test/support/global-setup.ts), what `pallay migrate` leaves in a new folder, which
 * saves PGlite's initdb and the migrations (tens of seconds on a busy 2-core machine) each.
 * The file is about PGlite folders, so it runs in the PGlite pass of `npm test` and is skipped
 * in the PostgreSQL pass (DATABASE_URL set; test/integration/faults-postgres.test.ts covers that).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embeddedDbDir, openDatabase, PGLITE_EXTENSIONS } from '../../src/db/client.ts';
import { healthy, importRows, presentIds, registryHealth, rowIds } from '../support/faults.ts';

const ROWS = 1_500;
const BATCH = 250;
const ORG = '0195f3c2-0000-7000-8000-00000000fa17';
let root: string;
let folder: string;
const writer = path.resolve('test/support/faults-pglite-writer.ts');
const children: ChildProcess[] = [];

const onPostgres = !!process.env.DATABASE_URL;

/** A new data folder holding the migrated template, as `pallay migrate` would leave it. */
async function newFolder(dataDir: string): Promise<void> {
  const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(embeddedDbDir(dataDir), { loadDataDir: blob, extensions: PGLITE_EXTENSIONS });
  await client.close();
}

/** Runs `pallay ARGS` on a data folder; resolves with its exit code and output. */
function pallay(dataDir: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/pallay.js', ...args], { env: { ...process.env, PALLAY_DATA_DIR: dataDir, DATABASE_URL: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the writer (test/support/faults-pglite-writer.ts); `lines` yields what it prints. */
function startWriter(...args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, folder, ORG, ...args], { env: { ...process.env, DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return { child, exited, lines: readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]() };
}

async function nextLine(lines: AsyncIterator<string>): Promise<string> {
  const { value, done } = await lines.next();
  if (done) throw new Error('the writer ended before saying what it did');
  return value;
}

/** Opens the folder in this process (taking its lock) for a look, then closes it. */
async function inspect<T>(dataDir: string, look: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir, command: 'faults-pglite test' });
  try {
    return await look(database.db);
  } finally {
    await database.close();
  }
}

if (onPostgres) console.warn('SKIPPING the PGlite fault tests in the PostgreSQL pass: they test embedded data folders');

describe.skipIf(onPostgres)('PGlite data folder', () => {
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-faults-pglite-'));
    folder = path.join(root, 'data');
    await newFolder(folder);
  });
  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('refuses a second process while one holds it, naming the lock and the holder', async () => {
    const holder = startWriter('hold');
    expect(await nextLine(holder.lines)).toBe('ready');
    const second = await pallay(folder, 'audit', 'verify');
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain(`The data folder ${folder} is in use by process ${holder.child.pid}`);
    expect(second.stderr).toContain('faults-writer hold');
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(fs.existsSync(path.join(folder, 'pallay.lock')), 'the killed holder leaves its lock behind').toBe(true);
  }, 60_000);

  it('reopens after a process is killed with SIGKILL mid-import: acknowledged batches kept, none half-written, a re-run completes it', async () => {
    const first = startWriter('import', String(ROWS), String(BATCH));
    expect(await nextLine(first.lines)).toBe('ready');
    let acknowledged = 0;
    while (acknowledged < 2 * BATCH) acknowledged = Number((await nextLine(first.lines)).replace('committed ', ''));
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    // What it printed before it died but this test had not read yet was acknowledged too.
    for await (const line of { [Symbol.asyncIterator]: () => first.lines }) {
      expect(line, 'the import ended before the kill: nothing was interrupted').not.toMatch(/^done/);
      acknowledged = Number(line.replace('committed ', ''));
    }
    expect(fs.existsSync(path.join(folder, 'pallay.lock')), 'the killed writer leaves its lock behind').toBe(true);

    // The next command takes over the stale lock and finds a folder that opens and verifies.
    const verify = await pallay(folder, 'audit', 'verify');
    expect(verify.stderr).toBe('');
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/Audit chain intact/);

    const ids = rowIds(ORG, importRows(ROWS));
    const { kept, health } = await inspect(folder, async (db) => ({ kept: (await presentIds(db, ids)).size, health: await registryHealth(db) }));
    expect(kept % BATCH, `${kept} people: a batch is half-written`).toBe(0);
    expect(kept).toBeGreaterThanOrEqual(acknowledged);
    expect(kept).toBeLessThanOrEqual(acknowledged + BATCH);
    expect(health).toEqual(healthy(kept));

    const again = startWriter('import', String(ROWS), String(BATCH));
    const said: string[] = [];
    for await (const line of { [Symbol.asyncIterator]: () => again.lines }) said.push(line);
    expect(await again.exited).toBe(0);
    expect(JSON.parse(said.at(-1)!.replace(/^done /, ''))).toEqual(healthy(ROWS));
  }, 60_000);

  it('comes back from a backup into a new folder when the old one is lost', async () => {
    const file = path.join(root, 'backup.jsonl.gz');
    expect((await pallay(folder, 'backup', file)).code).toBe(0);
    fs.rmSync(folder, { recursive: true });
    const fresh = path.join(root, 'restored');
    await newFolder(fresh);
    const restore = await pallay(fresh, 'restore', file);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(await inspect(fresh, registryHealth)).toEqual(healthy(ROWS));
    expect((await pallay(fresh, 'audit', 'verify')).stdout).toMatch(new RegExp(`Audit chain intact: \\d+ rows verified`));
  }, 60_000);
});
