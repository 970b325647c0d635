/**
 * `pallay plan import` as scripts use it, in real child processes on a real data folder: the
 * JSON keys (plan_id and the counts loaded), the same file again updating the same plan, and a
 * bad file refused with its path. Like cli.test.ts, this runs on the embedded database only.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/pallay.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-plan-cli-'));
const env = { ...process.env, PALLAY_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };

function pallay(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each command is a fresh process that opens (and the first one migrates) the database.
describe.skipIf(Boolean(process.env.DATABASE_URL))('pallay plan import on the embedded database', { timeout: 120_000 }, () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('prints one JSON object with the counts, and the same file again updates that plan', () => {
    const first = pallay(['plan', 'import', 'data/study/action-plan.json', '--format', 'json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const loaded = JSON.parse(first.out);
    expect(loaded).toMatchObject({ objectives: 8, results: 15, actions: 34, indicators: 0, created: true });
    expect(Object.keys(loaded)).toEqual(expect.arrayContaining(['plan_id', 'objectives', 'results', 'actions', 'indicators']));
    const again = JSON.parse(pallay(['plan', 'import', 'data/study/action-plan.json', '--format', 'json']).out);
    expect(again).toMatchObject({ plan_id: loaded.plan_id, created: false, objectives: 8, results: 15, actions: 34 });
    expect(JSON.parse(pallay(['plan', 'list', '--format', 'json']).out)).toHaveLength(1);
  });

  it('names the path of each problem in a bad file and exits 1', () => {
    const file = path.join(dataDir, 'bad-plan.json');
    fs.writeFileSync(file, JSON.stringify({ title: 'Malo', objectives: [{ code: '1', level: 'regional', title: 'o' }], results: [{ objective: '2', code: '2.1', title: 'r' }] }));
    const bad = pallay(['plan', 'import', file, '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('results.0.objective: objective "2" is not in the file');
    expect(pallay(['plan', 'import']).code).toBe(2);
  });
});
