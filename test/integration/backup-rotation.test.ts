/** The embedded mode's automatic backups keep the newest N files and restore like manual ones. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups, runRotatingBackup } from '../../src/jobs/backup-rotation.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import pino from 'pino';

let t: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-rotation-'));
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('rotating backups', () => {
  it('keeps only the newest files, named by time', async () => {
    const opts = { dir, keep: 3, intervalHours: 24, port: t.ctx.backups, logger: pino({ level: 'silent' }) };
    const start = Date.UTC(2026, 0, 1);
    for (let day = 0; day < 5; day++) await runRotatingBackup(opts, new Date(start + day * 86_400_000));
    expect(listBackups(dir)).toEqual(['pallay-20260103T000000Z.jsonl.gz', 'pallay-20260104T000000Z.jsonl.gz', 'pallay-20260105T000000Z.jsonl.gz']);
    await expect(t.ctx.backups.restore(path.join(dir, 'pallay-20260105T000000Z.jsonl.gz'))).resolves.toMatchObject({ rows: expect.any(Number) });
  });
});
