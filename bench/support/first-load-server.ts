/**
 * The real server for the first-load benchmark: `node bin/pallay.js serve` in its own process
 * on a fresh embedded data folder, serving the production build in dist/web (compressed, with
 * the service worker), with an admin made by the CLI and a promoter of one association made
 * over the API, so a browser can sign in and open the home route a field phone opens.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedEnv, freePort, spawnUntilReady, stopChild } from './process.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const BENCH_ADMIN = { username: 'bench.admin', password: 'contrasena-bench-admin-1' };
export const BENCH_PROMOTER = { username: 'bench.promotora', password: 'contrasena-bench-promotora-1' };

export interface FirstLoadServer {
  url: string;
  close(): Promise<void>;
}

function cli(dataDir: string, args: string[], input?: string): void {
  const run = spawnSync(process.execPath, ['bin/pallay.js', ...args], {
    cwd: REPO_ROOT, env: embeddedEnv({ PALLAY_DATA_DIR: dataDir }), input, encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`pallay ${args.join(' ')} failed: ${run.stderr}`);
}

async function asAdmin(url: string) {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
  if (login.status !== 200) throw new Error(`admin login answered ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrf_token: csrf } = (await login.json()) as { csrf_token: string };
  return async (route: string, body: unknown) => {
    const res = await fetch(url + route, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${route} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as Record<string, { id: string }>;
  };
}

export async function startFirstLoadServer(): Promise<FirstLoadServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-first-load-'));
  let child: ChildProcess | null = null;
  try {
    cli(dataDir, ['user', 'add', '--role', 'admin', '--username', BENCH_ADMIN.username, '--name', 'Bench Admin', '--password-stdin'], `${BENCH_ADMIN.password}\n`);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    ({ child } = await spawnUntilReady({
      command: process.execPath, args: ['bin/pallay.js', 'serve'], cwd: REPO_ROOT,
      env: embeddedEnv({ PORT: String(port), HOST: '127.0.0.1', PALLAY_DATA_DIR: dataDir, PALLAY_BACKUP_INTERVAL_HOURS: '0' }),
      probeUrl: `${url}/health`,
    }));
    const post = await asAdmin(url);
    const association = (await post('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    await post('/api/users', { ...BENCH_PROMOTER, display_name: 'Nélida Apaza', role: 'promoter', organisation_id: association.id });
    const running = child;
    return {
      url,
      async close() {
        await stopChild(running);
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    if (child) await stopChild(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}
