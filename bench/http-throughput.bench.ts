/**
 * HTTP throughput on loopback: Pallay's GET /health (the real app: every middleware, plus a
 * database ping on in-memory PGlite) against a bare Hono route, both served by
 * @hono/node-server in their own process and loaded by autocannon from this one. Runs
 * alternate between the two targets; each figure is the median over runs.
 */
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { makeFigure, type Figure, type Suite } from './support/figure.ts';
import { embeddedEnv, freePort, spawnUntilReady, stopChild, type ReadyServer } from './support/process.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const RUN_SECONDS = 5;
const RUNS = 3;
const BASELINE_NAME = 'bare Hono route';

type TargetKind = 'bare' | 'health';
const TARGET_PATHS: Record<TargetKind, string> = { bare: '/bare', health: '/health' };

interface LoadSample {
  rps: number;
  p99Ms: number;
}

interface LoadSamples {
  health: LoadSample[];
  bare: LoadSample[];
}

interface RunningTarget {
  server: ReadyServer;
  url: string;
}

async function startTarget(kind: TargetKind): Promise<RunningTarget> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${TARGET_PATHS[kind]}`;
  const server = await spawnUntilReady({
    command: process.execPath,
    args: ['--import', 'tsx', 'bench/support/serve-target.ts', kind],
    cwd: REPO_ROOT,
    env: embeddedEnv({ PORT: String(port) }),
    probeUrl: url,
  });
  return { server, url };
}

/** The q-quantile of unsorted samples (nearest rank). */
function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

/**
 * One autocannon run; a run with errors or non-2xx answers measures the wrong thing.
 * Latencies come from the per-response event because autocannon's histogram keeps whole
 * milliseconds, which reads as 0 for a bare route on loopback.
 */
function load(url: string, seconds: number): Promise<LoadSample> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds }, (err: unknown, result) => {
      if (err) return reject(err);
      if (result.errors || result.timeouts || result.non2xx) {
        return reject(new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`));
      }
      resolve({ rps: result.requests.average, p99Ms: quantile(latencies, 0.99) });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 300) latencies.push(responseTime);
    });
  });
}

/** Starts both targets, warms them up, then alternates measured runs between them. */
async function collectSamples(): Promise<LoadSamples> {
  const bare = await startTarget('bare');
  try {
    const health = await startTarget('health');
    try {
      await load(bare.url, WARMUP_SECONDS);
      await load(health.url, WARMUP_SECONDS);
      const samples: LoadSamples = { health: [], bare: [] };
      for (let run = 0; run < RUNS; run++) {
        samples.bare.push(await load(bare.url, RUN_SECONDS));
        samples.health.push(await load(health.url, RUN_SECONDS));
      }
      return samples;
    } finally {
      await stopChild(health.server.child);
    }
  } finally {
    await stopChild(bare.server.child);
  }
}

/** Requests per second, mean of each run, median over runs. */
function healthThroughput(samples: LoadSamples): Figure {
  return makeFigure(
    { name: 'http.health_rps', unit: 'req/s', better: 'higher', baselineName: BASELINE_NAME },
    samples.health.map((s) => s.rps),
    samples.bare.map((s) => s.rps),
  );
}

/** 99th-percentile latency under the same load, median over runs. */
function healthP99Latency(samples: LoadSamples): Figure {
  return makeFigure(
    { name: 'http.health_p99_ms', unit: 'ms', better: 'lower', baselineName: BASELINE_NAME },
    samples.health.map((s) => s.p99Ms),
    samples.bare.map((s) => s.p99Ms),
  );
}

export const httpThroughputSuite: Suite = {
  title: `HTTP throughput (${CONNECTIONS} connections, ${RUNS} × ${RUN_SECONDS} s per target)`,
  async run() {
    const samples = await collectSamples();
    return [healthThroughput(samples), healthP99Latency(samples)];
  },
};
