/**
 * Faults on PostgreSQL: the server is killed with SIGKILL (postmaster and every backend, as a
 * crash or the OOM killer would) in the middle of a people import and in the middle of a sync
 * of 500 offline records, started again on the same data folder, and the work re-run the way
 * an operator or a phone would. Afterwards: every acknowledged write is there, no person is
 * there twice, no batch is half-written, and the audit chain verifies. The app keeps running
 * through it (src/db/pg-pool.ts): no unhandled error from a pooled connection, and a
 * transaction that could not even begin gives its connection back.
 *
 * Sizes: 100,000 generated people in 200 batches of 500, killed when 40% are in (about two
 * minutes on a 2-core machine; FAULTS_IMPORT_ROWS=10000 for a quick run while working on it).
 * The 500 synced records are generated people too (varied names: 500 namesakes would make the
 * duplicate search quadratic). The test owns its PostgreSQL 15 cluster
 * (test/support/faults-postgres.ts), on its own port and folder, so it runs once, in the
 * PGlite pass of `npm test`; the PostgreSQL pass (DATABASE_URL set) skips it rather than run
 * it twice. Without the PostgreSQL binaries it is skipped and says so.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { importPeople } from '../../src/services/registry/import-people.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { healthy, importRows, newPeopleRows, presentIds, registryHealth, rowIds, verifyChain } from '../support/faults.ts';
import { createCluster, postgresBinaries, type Cluster } from '../support/faults-postgres.ts';
import { buildNetwork, nextDni, personBody, type Network } from '../support/registry.ts';

const bins = postgresBinaries();
const missing = 'missing' in bins ? bins.missing : undefined;
if (missing) console.warn(`SKIPPING the PostgreSQL fault tests: ${missing}`);

const ROWS = Number(process.env.FAULTS_IMPORT_ROWS ?? 100_000);
const BATCH = 500;
const SYNC_ITEMS = 500;

let cluster: Cluster;
let t: TestApp;
let n: Network;
let watcher: pg.Client | undefined;

beforeAll(async () => {
  if (missing) return;
  cluster = await createCluster(bins as Exclude<typeof bins, { missing: string }>);
  t = await createTestApp({ database: { kind: 'postgres', databaseUrl: cluster.url, drop: async () => {} }, realTime: true });
  n = await buildNetwork(t);
}, 60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for `work`, but at most `ms`: a hung close must not keep the cluster running. */
const within = (ms: number, what: string, work: Promise<unknown>) =>
  Promise.race([work.catch(() => {}), sleep(ms).then(() => console.warn(`${what} took over ${ms} ms; going on`))]);

afterAll(async () => {
  if (watcher) await within(5_000, 'closing the watcher', watcher.end());
  if (t) await within(15_000, 'closing the app', t.ctx.close());
  await cluster?.remove();
}, 60_000);

/** Kills the server once a second connection sees at least `rows` people (so the crash lands mid-work). */
async function killWhenPeopleReach(rows: number): Promise<void> {
  watcher = new pg.Client({ connectionString: cluster.url });
  await watcher.connect();
  for (;;) {
    const { rows: [r] } = await watcher.query<{ c: string }>('SELECT count(*) AS c FROM people');
    if (Number(r!.c) >= rows) break;
    await sleep(20);
  }
  await watcher.end().catch(() => {});
  watcher = undefined;
  await cluster.kill();
}

describe.skipIf(!!missing || !!process.env.DATABASE_URL)('PostgreSQL killed with SIGKILL', () => {
  it(`mid-sync of ${SYNC_ITEMS} offline records: acknowledged items kept, the resent outbox lands each record once`, async () => {
    const before = (await registryHealth(t.ctx.database.db)).people;
    const bodies = importRows(SYNC_ITEMS, 20).map((r) => personBody({ ...r.input, id_number: r.input.id_type === 'dni' ? nextDni() : r.input.id_number, organisation_id: n.ananea }));
    const outbox = bodies.map((body) => ({ id: uuidv7(), method: 'POST', path: '/api/people', body }));
    const send = () => t.request('POST', '/api/sync', { session: n.promoterAnanea, body: { items: outbox } });
    const settled = (res: Response) => (res.status === 200 ? res.json() as Promise<{ results: { id: string; status: number }[] }> : { results: [] });

    const crash = killWhenPeopleReach(before + SYNC_ITEMS * 0.3);
    crash.catch(() => {}); // awaited below, after the request it interrupts
    const first = await settled(await send());
    await crash;
    const acknowledged = first.results.filter((r) => r.status === 201).map((r) => outbox.findIndex((i) => i.id === r.id));
    expect(acknowledged.length).toBeLessThan(SYNC_ITEMS);
    await cluster.start();

    const present = await presentIds(t.ctx.database.db, bodies.map((b) => b.id));
    for (const i of acknowledged) expect(present.has(bodies[i]!.id), `acknowledged item ${i} lost`).toBe(true);
    expect(await registryHealth(t.ctx.database.db)).toEqual(healthy(before + present.size));

    // The phone sends its whole outbox again (it cannot know what the server kept).
    const again = await settled(await send());
    expect(again.results.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(again.results).toHaveLength(SYNC_ITEMS);
    expect((await presentIds(t.ctx.database.db, bodies.map((b) => b.id))).size).toBe(SYNC_ITEMS);
    expect(await registryHealth(t.ctx.database.db)).toEqual(healthy(before + SYNC_ITEMS));
    expect(await verifyChain(t.ctx.services)).toMatchObject({ ok: true });
  }, 90_000);

  it(`mid-import of ${ROWS} people: acknowledged batches kept, none half-written, a re-run completes it once`, async () => {
    const before = (await registryHealth(t.ctx.database.db)).people;
    const rows = await newPeopleRows(t.ctx.database.db, n.ananea, importRows(ROWS));
    const ids = rowIds(n.ananea, rows);
    let acknowledged = 0;
    const run = (onProgress?: (done: number) => void) =>
      importPeople(t.ctx.services, { actor: CLI_ACTOR, requestId: null }, { organisationId: n.ananea, rows, dryRun: false, batchSize: BATCH, onProgress });

    const total = rows.length;
    const crash = killWhenPeopleReach(before + total * 0.4);
    crash.catch(() => {}); // awaited below, after the import it interrupts
    await expect(run((done) => (acknowledged = done))).rejects.toThrow();
    await crash;
    expect(acknowledged).toBeGreaterThanOrEqual(total * 0.4 - BATCH);
    expect(acknowledged).toBeLessThan(total);
    await cluster.start();

    // After recovery: whole batches only, every acknowledged one, at most the one in flight beyond them.
    const present = await presentIds(t.ctx.database.db, ids);
    const kept = present.size;
    expect(kept % BATCH, `${kept} people: a batch is half-written`).toBe(0);
    expect(kept).toBeGreaterThanOrEqual(acknowledged);
    expect(kept).toBeLessThanOrEqual(acknowledged + BATCH);
    expect(ids.slice(0, kept).every((id) => present.has(id))).toBe(true);
    expect(await registryHealth(t.ctx.database.db)).toEqual(healthy(before + kept));
    expect(await verifyChain(t.ctx.services)).toMatchObject({ ok: true });

    // The operator runs the same import again: the rest is created, nothing twice.
    const summary = await run();
    expect(summary).toMatchObject({ created: total - kept, unchanged: kept, updated: 0, rejected: 0 });
    expect(await registryHealth(t.ctx.database.db)).toEqual(healthy(before + total));
    expect(await verifyChain(t.ctx.services)).toMatchObject({ ok: true });
  }, Math.max(120_000, ROWS * 4));

  it('a transaction that could not even begin (the server died under it) gives its connection back to the pool', async () => {
    const database = await openDatabase({ databaseUrl: cluster.url, poolSize: 1 });
    try {
      await database.db.execute(sql`SELECT 1`); // the pool's one connection, idle
      const crash = cluster.kill(); // sends SIGKILL now, before the pool hears the connection close
      await expect(database.db.transaction((tx) => tx.execute(sql`SELECT 1`))).rejects.toThrow();
      await crash;
      await cluster.start();
      const after = database.db.transaction((tx) => tx.execute(sql`SELECT 1`));
      expect(await Promise.race([after.then(() => 'done'), sleep(10_000).then(() => 'the pool has no free connection')])).toBe('done');
    } finally {
      await within(5_000, 'closing the pool', database.close());
    }
  }, 60_000);
});
