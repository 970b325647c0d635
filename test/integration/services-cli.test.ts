/**
 * `pallay services nearest` and `pallay services import` as scripts use them, in real child
 * processes on a real data folder: the JSON contract of the nearest answer, exit 2 naming the
 * flag, and an all-or-nothing import. Embedded database only, like cli.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/pallay.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-services-cli-'));
const env = { ...process.env, PALLAY_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

function pallay(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('pallay services on the embedded database', { timeout: 90_000 }, () => {
  beforeAll(() => {
    expect(pallay(['migrate']).code).toBe(0);
  }, 60_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('prints the nearest CEMs to a district as a JSON array, Línea 100 first with a null distance', () => {
    const result = pallay(['services', 'nearest', '--ubigeo', '211002', '--kind', 'cem', '--limit', '3', '--format', 'json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const items = JSON.parse(result.out) as { id: string; name: string; kind: string; distance_km: number | null; phones: string[] }[];
    expect(items).toHaveLength(4);
    for (const item of items) expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'distance_km', 'phones']));
    expect(items[0]).toMatchObject({ kind: 'line_100', distance_km: null, phones: ['100'] });
    const d = items.slice(1).map((i) => i.distance_km!);
    expect([...d].sort((a, b) => a - b)).toEqual(d);
  });

  it('takes negative coordinates after --lat and --lon', () => {
    const result = pallay(['services', 'nearest', '--lat', '-5.638914', '--lon', '-78.531048', '--limit', '1', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)[1]).toMatchObject({ name: 'Cem Comisaría Bagua', distance_km: 0 });
  });

  it('exits 2 naming the flag for bad input', () => {
    const cases: [string[], string][] = [
      [['--lat', '40.4', '--lon', '-3.7'], '--lat'],
      [['--ubigeo', '21'], '--ubigeo'],
      [['--ubigeo', '999999'], '--ubigeo'],
      [['--ubigeo', '211002', '--kind', 'spa'], '--kind'],
      [['--ubigeo', '211002', '--limit', 'many'], '--limit'],
      [[], '--ubigeo'],
      [['--site', 'not-a-uuid'], '--site'],
      [['--site', '0190a000-0000-7000-8000-000000000000'], '--site'],
    ];
    for (const [args, flag] of cases) {
      const result = pallay(['services', 'nearest', ...args, '--format', 'json']);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(flag);
    }
  });

  it('imports a CSV all-or-nothing, naming bad cells by line and column', () => {
    const bad = path.join(dataDir, 'bad.csv');
    fs.writeFileSync(bad, 'name,kind,district,phones\nComisaría Ananea,police,211002,951234567\nPosta X,health,211002,12345\n');
    const refused = pallay(['services', 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('line 3, column phones');
    const good = path.join(dataDir, 'good.csv');
    fs.writeFileSync(good, 'name,kind,district,phones\nComisaría Ananea,police,211002,951234567\n');
    expect(pallay(['services', 'import', good]).out).toMatch(/Imported 1 service point/);
    const near = JSON.parse(pallay(['services', 'nearest', '--ubigeo', '211002', '--kind', 'police', '--format', 'json']).out);
    expect(near.map((s: { name: string }) => s.name)).toEqual(['Línea 100', 'Comisaría Ananea']);
  });
});
