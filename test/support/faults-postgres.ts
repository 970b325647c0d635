/**
 * A throwaway PostgreSQL 15 cluster that a fault test owns, so it can kill the server with
 * SIGKILL and start it again on the same data folder. It lives in its own temp folder (socket
 * there too) on a free loopback port, so it never meets the cluster of scripts/with-postgres.sh.
 * As root, initdb and the server run as the `postgres` system user (initdb refuses root).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/local/bin', '/usr/bin'];

function findBin(name: string): string | undefined {
  return BIN_DIRS.map((dir) => path.join(dir, name)).find((file) => fs.existsSync(file));
}

/** The binaries a fault test needs, or why it cannot run. */
export function postgresBinaries(): { initdb: string; postgres: string } | { missing: string } {
  const initdb = findBin('initdb');
  const postgres = findBin('postgres');
  if (!initdb || !postgres) return { missing: `PostgreSQL binaries (initdb, postgres) not found in ${BIN_DIRS.join(', ')}` };
  return { initdb, postgres };
}

export interface Cluster {
  /** postgres://… of the cluster's `postgres` database. */
  url: string;
  dataDir: string;
  /** SIGKILL to the postmaster and every server process under it, as a crash or the OOM killer would; waits until all are gone. */
  kill(): Promise<void>;
  /** Starts the server again on the same data folder (PostgreSQL replays its WAL) and waits until it answers. */
  start(): Promise<void>;
  /** Stops the server (immediate shutdown) and removes the folder. */
  remove(): Promise<void>;
}

const asRoot = os.userInfo().uid === 0;

function run(file: string, args: string[]): void {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
  execFileSync(cmd, argv, { stdio: 'pipe' });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Pids whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  return fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === pid ? [Number(d)] : [];
    } catch {
      return [];
    }
  });
}

/** Whether a process still runs (a zombie waiting for its reaper does not). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Connects until the server answers (it replays its WAL first after a crash). */
async function waitUntilReady(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error(`postgres exited with ${server.exitCode} while starting`);
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('postgres did not accept connections within 60 s');
}

/**
 * The postmaster runs as this process's own child (not through pg_ctl), so its corpse is
 * reaped here after a SIGKILL; a container whose init does not reap would otherwise keep a
 * zombie whose pid makes the next postmaster believe the old one still runs.
 */
export async function createCluster(bins: { initdb: string; postgres: string }): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-faults-pg-'));
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  run(bins.initdb, ['-D', dataDir, '-U', 'pallay', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const user = asRoot ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) } : {};
  const url = `postgres://pallay@127.0.0.1:${port}/postgres`;
  // fsync off: a process crash (what these tests make) loses nothing the kernel holds; only a power cut would.
  const args = ['-D', dataDir, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=50'];
  let server: ChildProcess | undefined;
  const start = async () => {
    const log = fs.openSync(path.join(dir, 'server.log'), 'a');
    server = spawn(bins.postgres, args, { ...user, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    await waitUntilReady(url, server);
  };
  await start();
  const cluster: Cluster = {
    url,
    dataDir,
    start,
    async kill() {
      const postmaster = server!.pid!;
      const victims = [postmaster, ...childrenOf(postmaster)];
      const exited = new Promise((r) => server!.once('exit', r));
      for (const pid of victims) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err; // a backend that just ended
        }
      }
      await exited;
      for (let i = 0; i < 200 && victims.some(alive); i++) await new Promise((r) => setTimeout(r, 25));
      if (victims.some(alive)) throw new Error('PostgreSQL processes survived SIGKILL');
    },
    async remove() {
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((r) => server!.once('exit', r));
        server.kill('SIGQUIT');
        const stopped = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
        if (!stopped) await cluster.kill();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
