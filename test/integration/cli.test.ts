/**
 * The `pallay` command as an operator uses it, in real child processes on a real data folder:
 * accounts, audit verification, backup and restore, and the embedded data-folder lock.
 * The lock only exists for the embedded database, so this file runs on PGlite only.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/pallay.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-cli-'));
const env = { ...process.env, PALLAY_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

function pallay(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('pallay CLI on the embedded database', () => {
  beforeAll(() => {
    expect(pallay(['migrate']).code).toBe(0);
  }, 60_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('adds, lists and disables users; the password comes from stdin', () => {
    const added = pallay(['user', 'add', '--role', 'admin', '--username', 'ana.admin', '--name', 'Ana Condori Ccama'], 'a-long-cli-passphrase\n');
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/Created admin "ana.admin"/);
    expect(pallay(['user', 'add', '--role', 'promoter', '--username', 'eva.promoter'], 'another-long-passphrase\n').code).toBe(0);
    const listed = pallay(['user', 'list', '--format', 'json']);
    expect(JSON.parse(listed.out).map((u: { username: string }) => u.username)).toEqual(['ana.admin', 'eva.promoter']);
    expect(pallay(['user', 'disable', 'eva.promoter']).out).toMatch(/Disabled "eva.promoter"/);
  });

  it('names every problem with a bad user and exits non-zero', () => {
    const bad = pallay(['user', 'add', '--role', 'queen', '--username', 'x'], 'short\n');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/role/);
    expect(bad.err).toMatch(/username/);
    expect(bad.err).toMatch(/password/);
    expect(pallay(['user', 'frobnicate']).code).toBe(2);
  });

  it('verifies the audit chain', () => {
    const verified = pallay(['audit', 'verify', '--format', 'json']);
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.out)).toMatchObject({ ok: true, checked: 3 });
  });

  // Six CLI processes, each opening the database: slow on a shared 2-core machine.
  it('backs up and restores the whole database', { timeout: 90_000 }, () => {
    const file = path.join(dataDir, 'manual.jsonl.gz');
    expect(pallay(['backup', file]).code).toBe(0);
    expect(pallay(['user', 'add', '--role', 'member', '--username', 'later.member'], 'yet-another-passphrase\n').code).toBe(0);
    const restored = pallay(['restore', file]);
    expect(restored.code).toBe(0);
    const names = JSON.parse(pallay(['user', 'list', '--format', 'json']).out).map((u: { username: string }) => u.username);
    expect(names).not.toContain('later.member');
    expect(JSON.parse(pallay(['audit', 'verify', '--format', 'json']).out).ok).toBe(true);
    expect(pallay(['restore', path.join(dataDir, 'missing.gz')]).err).toMatch(/no such file/);
  });

  it('imports people from a Latin-1, semicolon-separated file with blank lines, and writes a rejects file', () => {
    expect(pallay(['org', 'add', '--kind', 'selectors_association', '--name', 'Asociación de Pallaqueras Chaparra', '--district', '040303']).code).toBe(0);
    const [org] = JSON.parse(pallay(['org', 'list', '--format', 'json']).out);
    const text = 'Nombres;Apellido paterno;Apellido materno;Sexo;F. Nac.;DNI;Perfil\nRosa;Ñaupari;Huamán;F;15/07/1984;40123456;pallaquera\n\nJuana;Quispe;;F;02/03/1990;4012345;pallaquera\n';
    const file = path.join(dataDir, 'socias.csv');
    fs.writeFileSync(file, Buffer.from(text, 'latin1'));
    const result = pallay(['import', 'people', file, '--org', org.id, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ created: 1, updated: 0, possible_duplicates: 0, rejected: 1 });
    expect(fs.readFileSync(`${file}.rejects.csv`, 'utf8')).toContain('4,DNI,"DNI must have 8 digits; got 7"');
    expect(JSON.parse(pallay(['import', 'people', file, '--org', org.id, '--format', 'json']).out)).toMatchObject({ created: 0, unchanged: 1 });
  });

  it('registers and lists mining sites; each problem names the flag to fix', () => {
    const bad = pallay(['site', 'add', '--name', 'Relave Ana María', '--district', '999999', '--lat', '-14.62']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--district: is not a UBIGEO district code/);
    expect(bad.err).toMatch(/--lon: give both latitude and longitude/);
    expect(pallay(['site', 'add', '--name', 'Relave Ana María', '--lat', 'sur']).err).toMatch(/--lat: /);
    const added = pallay(['site', 'add', '--name', 'Relave Ana María', '--district', '211002', '--lat', '-14.62', '--lon', '-69.43', '--concession', '010001504']);
    expect(added.err).toBe('');
    expect(added.out).toMatch(/Registered site "Relave Ana María"/);
    expect(JSON.parse(pallay(['site', 'list', '--district', '21', '--format', 'json']).out)).toEqual([
      expect.objectContaining({ name: 'Relave Ana María', district: '211002', lat: -14.62, lon: -69.43, concession_code: '010001504' }),
    ]);
  });

  it('refuses a second opener of a locked data folder, naming the folder and the holder', async () => {
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const server = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: String(port), PALLAY_BACKUP_INTERVAL_HOURS: '0' } });
    try {
      await new Promise<void>((resolve, reject) => {
        server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('is running') && resolve());
        server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      const second = pallay(['user', 'list']);
      expect(second.code).toBe(1);
      expect(second.err).toContain(dataDir);
      expect(second.err).toContain(`process ${server.pid}`);
      expect(second.err).toContain('pallay serve');
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    expect(pallay(['user', 'list']).code).toBe(0);
  });

  it('takes over a lock left by a process that was killed', async () => {
    const holder = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: '0', PALLAY_BACKUP_INTERVAL_HOURS: '0' } });
    await new Promise<void>((resolve) => holder.stdout.on('data', (c: Buffer) => c.toString().includes('is running') && resolve()));
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    expect(fs.existsSync(path.join(dataDir, 'pallay.lock'))).toBe(true);
    const after = pallay(['audit', 'verify', '--format', 'json']);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.out).ok).toBe(true);
  });
});
