/**
 * Concurrent load on loopback (issue 10, point 4): 200 signed-in sessions, each a keep-alive
 * connection sending mixed reads (person search, a person's record) and writes (registering a
 * woman), pausing PALLAY_BENCH_LOAD_THINK_MS (5000 by default, on average: a person reading
 * the screen or filling a form) between an answer and the next request — about 40 requests a
 * second offered; 0 makes a closed loop that finds the server's ceiling — for
 * PALLAY_BENCH_LOAD_SECONDS (60 by default), against the real app served by
 * @hono/node-server in its own process — on file-backed PGlite, and on PostgreSQL when
 * DATABASE_URL is set (run.ts provides a throwaway cluster). The baseline is GET /health under
 * the same 200 sessions for the same time, in the same process: what the framework, the
 * middleware and one database round trip cost on this machine. The load client runs in this
 * process and shares the machine's cores with the server, so the figures are an upper bound
 * for a machine of this size. Errors (non-2xx, timeouts) are a figure too: zero is expected.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFigure, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { runLoad, quantile, type LoadResult } from './support/load-client.ts';
import { LOAD_SESSIONS, plannedRequest, thinkTime, type LoadSeed, type PlannedRequest } from './support/load-data.ts';
import { createScratchDatabase } from './support/postgres.ts';
import { embeddedEnv, freePort, spawnUntilReady, stopChild } from './support/process.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.PALLAY_BENCH_LOAD_SECONDS ?? 60) || 60;
/** Mean pause of a session between an answer and its next request; 0 makes every session a closed loop. */
const THINK_MS = Number(process.env.PALLAY_BENCH_LOAD_THINK_MS ?? 5000);
const WARMUP_SECONDS = 3;
/** Warm-up steps start here, so their registrations never reuse a DNI of the measured run. */
const WARMUP_STEP_OFFSET = 50_000;
const MAX_REQUESTS_PER_SESSION = 10_000;
const SEED_TIMEOUT_MS = 300_000;
const BASELINE_NAME = `GET /health, same ${LOAD_SESSIONS} sessions`;
const HEALTH: PlannedRequest = { kind: 'read', method: 'GET', path: '/health' };

type Backend = 'pglite' | 'postgres';

interface BackendRun {
  mixed: LoadResult;
  health: LoadResult;
}

function load(baseUrl: string, seed: LoadSeed, seconds: number, plan: (session: number, step: number) => PlannedRequest): Promise<LoadResult> {
  return runLoad({
    baseUrl, sessions: LOAD_SESSIONS, seconds, maxRequestsPerSession: MAX_REQUESTS_PER_SESSION, plan,
    headers: (i) => ({ cookie: seed.sessions[i]!.cookie, 'x-csrf-token': seed.sessions[i]!.csrf }),
    thinkMs: (i, step) => thinkTime(i, step, THINK_MS),
  });
}

/** The target's seed file, once it has written it (it listens before it seeds). */
async function waitForSeed(file: string, child: ChildProcess): Promise<LoadSeed> {
  const started = performance.now();
  while (!fs.existsSync(file)) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('the load target exited before seeding');
    if (performance.now() - started > SEED_TIMEOUT_MS) throw new Error(`the load target did not seed within ${SEED_TIMEOUT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as LoadSeed;
}

/** Seeds and serves the app on one backend, warms it up, then measures /health and the mix. */
async function runBackend(databaseUrl: string | undefined): Promise<BackendRun> {
  const port = await freePort();
  const seedFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-bench-load-seed-')), 'seed.json');
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await spawnUntilReady({
    command: process.execPath, args: ['--import', 'tsx', 'bench/support/load-serve.ts'], cwd: REPO_ROOT,
    // embeddedEnv drops the runner's DATABASE_URL; the PostgreSQL run sets its scratch database after it.
    env: { ...embeddedEnv({ PORT: String(port), PALLAY_BENCH_LOAD_SEED_FILE: seedFile }), ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    probeUrl: `${baseUrl}/health`,
  });
  try {
    const seed = await waitForSeed(seedFile, server.child);
    await load(baseUrl, seed, WARMUP_SECONDS, (s, step) => plannedRequest(seed, s, step + WARMUP_STEP_OFFSET));
    const health = await load(baseUrl, seed, SECONDS, () => HEALTH);
    const mixed = await load(baseUrl, seed, SECONDS, (s, step) => plannedRequest(seed, s, step));
    for (const [phase, run] of [['health', health], ['mixed', mixed]] as const) {
      if (run.errors) process.stderr.write(`  ${phase}: ${run.errors} errors ${JSON.stringify(run.errorKinds)}, e.g. ${run.errorExamples.join('; ')}\n`);
      if (run.staleSocketRetries) process.stderr.write(`  ${phase}: ${run.staleSocketRetries} requests resent after an idle keep-alive socket closed\n`);
    }
    return { mixed, health };
  } finally {
    await stopChild(server.child);
    fs.rmSync(path.dirname(seedFile), { recursive: true, force: true });
  }
}

function specs(backend: Backend): FigureSpec[] {
  const latency = (kind: string, q: string): FigureSpec => ({ name: `load.${backend}.${kind}_${q}_ms`, unit: 'ms', better: 'lower', baselineName: BASELINE_NAME });
  return [
    latency('read', 'p50'), latency('read', 'p95'), latency('read', 'p99'),
    latency('write', 'p50'), latency('write', 'p95'), latency('write', 'p99'),
    { name: `load.${backend}.rps`, unit: 'req/s', better: 'higher', baselineName: BASELINE_NAME },
    { name: `load.${backend}.errors`, unit: 'count', better: 'lower', baselineName: BASELINE_NAME },
  ];
}

function figures(backend: Backend, run: BackendRun): Figure[] {
  const [r50, r95, r99, w50, w95, w99, rps, errors] = specs(backend) as [FigureSpec, FigureSpec, FigureSpec, FigureSpec, FigureSpec, FigureSpec, FigureSpec, FigureSpec];
  const { read, write } = run.mixed.latencies;
  const health = run.health.latencies.read;
  const pair = (spec: FigureSpec, value: number, baseline: number) => makeFigure(spec, [value], [baseline]);
  return [
    pair(r50, quantile(read, 0.5), quantile(health, 0.5)), pair(r95, quantile(read, 0.95), quantile(health, 0.95)), pair(r99, quantile(read, 0.99), quantile(health, 0.99)),
    pair(w50, quantile(write, 0.5), quantile(health, 0.5)), pair(w95, quantile(write, 0.95), quantile(health, 0.95)), pair(w99, quantile(write, 0.99), quantile(health, 0.99)),
    pair(rps, run.mixed.requests / run.mixed.elapsedSeconds, run.health.requests / run.health.elapsedSeconds),
    pair(errors, run.mixed.errors, run.health.errors),
  ];
}

async function postgresFigures(): Promise<Figure[]> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return specs('postgres').map((spec) => skippedFigure(spec, 'no DATABASE_URL and no PostgreSQL binaries'));
  const scratch = await createScratchDatabase(serverUrl);
  try {
    return figures('postgres', await runBackend(scratch.url));
  } finally {
    await scratch.drop();
  }
}

export const loadSuite: Suite = {
  title: `concurrent load: ${LOAD_SESSIONS} sessions × ${SECONDS} s of mixed reads and writes (${THINK_MS} ms mean think time), PGlite and PostgreSQL`,
  async run() {
    const pglite = figures('pglite', await runBackend(undefined));
    return [...pglite, ...(await postgresFigures())];
  },
};
