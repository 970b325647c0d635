/**
 * `pallay price` and `pallay prices import` as scripts use them, in real child processes on a
 * real data folder (the stable contract of docs/fair-value.md). Like cli.test.ts, this runs on
 * the embedded database only: the commands are the same on PostgreSQL.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/pallay.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-price-cli-'));
const env = { ...process.env, PALLAY_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
const ORE = ['--ore-kg', '1000', '--grade', '10', '--recovery', '0.9'];

function pallay(args: string[], extraEnv: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each command is a fresh process that opens the database: seconds each on a busy machine.
describe.skipIf(Boolean(process.env.DATABASE_URL))('pallay price and pallay prices on the embedded database', { timeout: 90_000 }, () => {
  beforeAll(() => {
    expect(pallay(['migrate']).code).toBe(0);
  }, 60_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('values 1,000 kg at 10 g/t and 90% recovery with the shipped June 2026 averages', () => {
    const result = pallay(['price', ...ORE, '--date', '2026-06-15', '--deductions-pen', '300', '--paid-pen', '2500', '--format', 'json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      fine_gold_g: 9, gold_usd_per_oz: 4228, price_date: '2026-06-01', pen_per_usd: 3.4046, pen_per_usd_date: '2026-06-01', price_stale: false,
      quote_date: '2026-06-15', reference_value_usd: 1223.4, reference_value_pen: 4165.19, deductions_pen: 300, net_reference_pen: 3865.19,
      paid_pen: 2500, discount: 0.3532, floor_95_pen: 3956.93, discount_threshold: 0.2, flagged: true,
    });
  });

  it('takes both prices from the command line without opening any database, with no discount without a payment', () => {
    const result = pallay(['price', ...ORE, '--gold-usd-oz', '4000', '--pen-per-usd', '3.5', '--format', 'json'], { PALLAY_DATA_DIR: path.join(dataDir, 'never-created') });
    expect(result.code).toBe(0);
    const quote = JSON.parse(result.out);
    expect(quote).toMatchObject({ gold_usd_per_oz: 4000, price_date: null, pen_per_usd: 3.5, pen_per_usd_date: null, paid_pen: null, discount: null, price_stale: false });
    expect(quote.reference_value_pen).toBe(4050.99);
    expect(quote.floor_95_pen).toBe(3848.44);
    expect(fs.existsSync(path.join(dataDir, 'never-created'))).toBe(false);
  });

  it('exits with code 2 and names the flag for a missing, zero or negative weight and a recovery above 1', () => {
    for (const [args, message] of [
      [['--grade', '10', '--recovery', '0.9'], /--ore-kg must be a number above 0; it is missing/],
      [['--ore-kg', '0', '--grade', '10', '--recovery', '0.9'], /--ore-kg must be a number above 0; got "0"/],
      [['--ore-kg', '-5', '--grade', '10', '--recovery', '0.9'], /--ore-kg must be a number above 0; got "-5"/],
      [['--ore-kg', '1000', '--grade', '10', '--recovery', '1.5'], /--recovery must be at most 1/],
      [['--ore-kg', 'mucho', '--grade', '10', '--recovery', '0.9', '--paid-pen', '0'], /--paid-pen must be a number above 0/],
    ] as const) {
      const result = pallay(['price', ...args, '--format', 'json']);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    }
  });

  it('imports a price file, prints a readable quote from it, and re-imports it as updates', () => {
    const file = path.join(dataDir, 'precios.csv');
    fs.writeFileSync(file, '\uFEFFdate;usd_per_oz;pen_per_usd\n2026-10-19;4000;3.5\n\n2026-10-20;4100.5;3.39\n');
    const imported = pallay(['prices', 'import', file, '--source', 'BCRP diario', '--format', 'json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toMatchObject({ rows: 4, inserted: 4, updated: 0, from: '2026-10-19', to: '2026-10-20' });
    const readable = pallay(['price', ...ORE, '--date', '2026-10-21', '--paid-pen', '3000']);
    expect(readable.code).toBe(0);
    expect(readable.out).toMatch(/Fine gold: 9\.000 g/);
    expect(readable.out).toMatch(/US\$ 4,100\.50 per troy ounce, dated 2026-10-20/);
    expect(readable.out).toMatch(/a discount of/);
    expect(JSON.parse(pallay(['prices', 'import', file, '--format', 'json']).out)).toMatchObject({ inserted: 0, updated: 4 });
  });

  it('imports nothing from a file with a bad row and names its line and column', () => {
    const file = path.join(dataDir, 'malo.csv');
    fs.writeFileSync(file, 'date,usd_per_oz\n2026-10-22,4200\n2026-10-23,cuatro mil\n');
    const result = pallay(['prices', 'import', file]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/nothing was imported/);
    expect(result.err).toMatch(/line 3, usd_per_oz: must be a number above 0; got "cuatro mil"/);
    const latest = JSON.parse(pallay(['prices', 'list', '--series', 'gold_usd_per_oz', '--limit', '1', '--format', 'json']).out);
    expect(latest).toEqual([expect.objectContaining({ date: '2026-10-20', value: 4100.5 })]);
  });
});
