/**
 * Child processes for the benchmarks: a free loopback port, spawning a server and timing it
 * until an HTTP probe answers 200, and stopping it with SIGTERM, then waiting for it to exit
 * (SIGKILL only if it hangs) so the next run never meets a held port or data-folder lock.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const POLL_INTERVAL_MS = 5;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface SpawnOptions {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The URL that answers 200 once the server is ready. */
  probeUrl: string;
}

export interface ReadyServer {
  child: ChildProcess;
  /** Milliseconds from spawn until the probe first answered 200. */
  readyMs: number;
}

async function answers200(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Spawns the server and polls the probe URL; rejects with the child's stderr if it dies. */
export async function spawnUntilReady(opts: SpawnOptions): Promise<ReadyServer> {
  const started = performance.now();
  const child = spawn(opts.command, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  while (performance.now() - started < READY_TIMEOUT_MS) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${opts.command} ${opts.args.join(' ')} exited (${child.exitCode ?? child.signalCode}) before answering:\n${stderr}`);
    }
    if (await answers200(opts.probeUrl)) return { child, readyMs: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  await stopChild(child);
  throw new Error(`${opts.probeUrl} did not answer 200 within ${READY_TIMEOUT_MS} ms:\n${stderr}`);
}

/** SIGTERM, then wait for the exit; SIGKILL if the process ignores it. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/** The environment without DATABASE_URL, so a child server uses its embedded database. */
export function embeddedEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  return env;
}
