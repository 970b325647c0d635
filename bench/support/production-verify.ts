/**
 * Requests per second of the public verification page, GET /verify/CODE, through the real HTTP
 * app (production-verify-serve.ts) against the bare Hono route of serve-target.ts, both on
 * loopback in their own processes and loaded by autocannon from this one. Each page read is a
 * write (the read counter) plus the statement, her initials, the issuer and the recipient, so
 * this is the cost of a loan officer scanning a QR code while others do the same.
 * Runs alternate between the two targets; the figure is the median over runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { makeFigure, type Figure, type FigureSpec } from './figure.ts';
import { embeddedEnv, freePort, spawnUntilReady, stopChild, type ReadyServer } from './process.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONNECTIONS = 10;
const WARMUP_SECONDS = 2;
const RUN_SECONDS = 5;
const RUNS = 3;

export const verifySpec: FigureSpec = {
  name: 'production.verify_page_rps',
  unit: 'req/s',
  better: 'higher',
  baselineName: `bare Hono route (PGlite file-backed; ${CONNECTIONS} connections, ${RUNS} × ${RUN_SECONDS} s per target)`,
};

interface Target {
  server: ReadyServer;
  url: string;
}

async function startTarget(script: string, args: string[], probePath: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<Target> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await spawnUntilReady({
    command: process.execPath,
    args: ['--import', 'tsx', script, ...args],
    cwd: REPO_ROOT,
    env: embeddedEnv({ PORT: String(port), ...extraEnv }),
    probeUrl: `${origin}${probePath}`,
  });
  return { server, url: origin };
}

/** Mean requests per second of one run; errors or non-2xx answers mean it measured the wrong thing. */
function load(url: string, seconds: number): Promise<number> {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: seconds }, (err: unknown, result) => {
      if (err) return reject(err);
      if (result.errors || result.timeouts || result.non2xx) {
        return reject(new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`));
      }
      resolve(result.requests.average);
    });
  });
}

/** Starts the bare route and the app, checks the page answers 200, then alternates runs. */
export async function measureVerifyPage(): Promise<Figure> {
  const codeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-bench-verify-code-'));
  const codeFile = path.join(codeDir, 'code');
  const bare = await startTarget('bench/support/serve-target.ts', ['bare'], '/bare');
  try {
    const app = await startTarget('bench/support/production-verify-serve.ts', [], '/health', { PALLAY_BENCH_VERIFY_CODE_FILE: codeFile });
    try {
      const verifyUrl = `${app.url}/verify/${fs.readFileSync(codeFile, 'utf8').trim()}`;
      const page = await fetch(verifyUrl);
      if (page.status !== 200) throw new Error(`${verifyUrl} answered ${page.status}`);
      await page.text();
      const bareUrl = `${bare.url}/bare`;
      await load(bareUrl, WARMUP_SECONDS);
      await load(verifyUrl, WARMUP_SECONDS);
      const values: number[] = [];
      const baselines: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        if (run % 2 === 0) {
          values.push(await load(verifyUrl, RUN_SECONDS));
          baselines.push(await load(bareUrl, RUN_SECONDS));
        } else {
          baselines.push(await load(bareUrl, RUN_SECONDS));
          values.push(await load(verifyUrl, RUN_SECONDS));
        }
      }
      return makeFigure(verifySpec, values, baselines);
    } finally {
      await stopChild(app.server.child);
    }
  } finally {
    await stopChild(bare.server.child);
    fs.rmSync(codeDir, { recursive: true, force: true });
  }
}
