/**
 * One CLI smoke for hostile files (the importers themselves are fuzzed in-process by
 * fuzz-importers.test.ts; child processes are too slow to fuzz): binary garbage and a truncated
 * XLSX given to `pallay prices import`, `pallay services import` and `pallay import` end in a
 * clean error — a non-zero exit, a message, no stack trace.
 * Embedded database only, like cli.test.ts (~10 s: one migrate, a handful of processes).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx } from '../../src/services/files/fixtures/make-xlsx.ts';

const BIN = path.resolve('bin/pallay.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-fuzz-cli-'));
const env = { ...process.env, PALLAY_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
const pallay = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe.skipIf(Boolean(process.env.DATABASE_URL))('pallay importers given hostile files', { timeout: 90_000 }, () => {
  const garbage = path.join(dataDir, 'basura.csv');
  const truncated = path.join(dataDir, 'cortado.xlsx');
  beforeAll(() => {
    expect(pallay(['migrate']).code).toBe(0);
    fs.writeFileSync(garbage, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    const xlsx = makeXlsx([{ name: 'Socias', rows: { 1: ['Nombres', 'DNI'], 2: ['Rosa', 40123456] } }]);
    fs.writeFileSync(truncated, xlsx.slice(0, Math.floor(xlsx.length / 2)));
  }, 60_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it.each([
    ['prices', 'import', 'FILE'],
    ['services', 'import', 'FILE'],
  ])('%s %s of binary garbage exits non-zero with a clean message', (...args) => {
    const result = pallay(args.map((a) => (a === 'FILE' ? garbage : a)));
    expect(result.code, result.err).not.toBe(0);
    expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.err.trim().length).toBeGreaterThan(0);
  });

  it('import people of a truncated .xlsx says the spreadsheet cannot be read', () => {
    const result = pallay(['import', 'people', truncated, '--org', '01890a5d-ac96-774b-bcce-b302099a8057']);
    expect(result.code, result.err).not.toBe(0);
    expect(result.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.err).toMatch(/cannot be read as \.xlsx|organisation/);
  });
});
