/**
 * Server cold start: milliseconds from spawning `node bin/pallay.js serve` until GET /health
 * answers 200, on a fresh data folder (PGlite initdb + migrations + seed) and on one that is
 * already initialised. The baseline is `node -e` serving a trivial Hono app with
 * @hono/node-server, so the ratio is what Pallay adds over bare Node + Hono start-up.
 * Pallay and baseline runs alternate, so machine noise hits both alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { embeddedEnv, freePort, spawnUntilReady, stopChild } from './support/process.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const FRESH_RUNS = 3;
const WARM_RUNS = 5;

const BARE_SERVER = `
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
const app = new Hono();
app.get('/health', (c) => c.json({ status: 'ok' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
process.on('SIGTERM', () => process.exit(0));
`;

const BASELINE_NAME = 'node -e bare Hono serve';

/** One Pallay start on `dataDir`, stopped again; returns ms until /health answered. */
async function startPallay(dataDir: string): Promise<number> {
  const port = await freePort();
  const { child, readyMs } = await spawnUntilReady({
    command: process.execPath,
    args: ['bin/pallay.js', 'serve'],
    cwd: REPO_ROOT,
    // No automatic backup timer: it is not on the path to ready and would only add noise.
    env: embeddedEnv({ PORT: String(port), HOST: '127.0.0.1', PALLAY_DATA_DIR: dataDir, PALLAY_BACKUP_INTERVAL_HOURS: '0' }),
    probeUrl: `http://127.0.0.1:${port}/health`,
  });
  await stopChild(child);
  return readyMs;
}

/** One bare Hono start, stopped again; returns ms until it answered. */
async function startBare(): Promise<number> {
  const port = await freePort();
  const { child, readyMs } = await spawnUntilReady({
    command: process.execPath,
    args: ['--input-type=module', '-e', BARE_SERVER],
    cwd: REPO_ROOT,
    env: embeddedEnv({ PORT: String(port) }),
    probeUrl: `http://127.0.0.1:${port}/health`,
  });
  await stopChild(child);
  return readyMs;
}

function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-bench-'));
}

/** A brand-new data folder each run: includes creating and migrating the database. */
async function measureFreshDataDir(): Promise<Figure> {
  const spec: FigureSpec = { name: 'server.cold_start.fresh_dir_ms', unit: 'ms', better: 'lower', baselineName: BASELINE_NAME };
  const values: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < FRESH_RUNS; run++) {
    const dataDir = makeDataDir();
    try {
      baselines.push(await startBare());
      values.push(await startPallay(dataDir));
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return makeFigure(spec, values, baselines);
}

/** The same initialised data folder every run: the everyday restart. */
async function measureWarmDataDir(dataDir: string): Promise<Figure> {
  const spec: FigureSpec = { name: 'server.cold_start.warm_dir_ms', unit: 'ms', better: 'lower', baselineName: BASELINE_NAME };
  const values: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) {
    baselines.push(await startBare());
    values.push(await startPallay(dataDir));
  }
  return makeFigure(spec, values, baselines);
}

export const coldStartSuite: Suite = {
  title: 'server cold start',
  async run() {
    const warmDir = makeDataDir();
    try {
      // Discarded warm-up: fills tsx's transform cache and the OS file cache, and leaves
      // `warmDir` initialised for the warm-dir figure.
      await startBare();
      await startPallay(warmDir);
      return [await measureFreshDataDir(), await measureWarmDataDir(warmDir)];
    } finally {
      fs.rmSync(warmDir, { recursive: true, force: true });
    }
  },
};
