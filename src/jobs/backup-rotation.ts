/**
 * Rotating automatic backups for the embedded database, which PGlite does not fsync: one at
 * start-up when the newest is older than the interval, then one per interval, keeping the
 * newest N files in <data>/backups. Failures are logged, never fatal to the server.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { BackupPort } from '../services/maintenance.service.ts';

export interface RotationOptions {
  dir: string;
  keep: number;
  intervalHours: number;
  port: BackupPort;
  logger: Logger;
}

const PATTERN = /^pallay-\d{8}T\d{6}Z\.jsonl\.gz$/;

export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => PATTERN.test(f)).sort();
}

export function backupFileName(at: Date): string {
  return `pallay-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.jsonl.gz`;
}

export async function runRotatingBackup(opts: RotationOptions, at = new Date()): Promise<string> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const file = path.join(opts.dir, backupFileName(at));
  await opts.port.write(file);
  const all = listBackups(opts.dir);
  for (const old of all.slice(0, Math.max(0, all.length - opts.keep))) fs.rmSync(path.join(opts.dir, old), { force: true });
  return file;
}

/** Starts the schedule; returns a function that stops it. */
export function startBackupRotation(opts: RotationOptions): () => void {
  if (opts.intervalHours === 0 || opts.keep === 0) return () => {};
  const intervalMs = opts.intervalHours * 3_600_000;
  const run = () =>
    runRotatingBackup(opts).then(
      (file) => opts.logger.info({ file }, 'automatic backup written'),
      (err) => opts.logger.error({ err }, 'automatic backup failed'),
    );
  const newest = listBackups(opts.dir).at(-1);
  const newestAge = newest ? Date.now() - fs.statSync(path.join(opts.dir, newest)).mtimeMs : Infinity;
  const first = setTimeout(run, newestAge >= intervalMs ? 5_000 : intervalMs - newestAge);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
