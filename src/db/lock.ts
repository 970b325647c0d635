/**
 * Exclusive lock on the embedded data folder. PGlite is one process's database: a second
 * server or CLI opening the same folder would corrupt it, so the opener writes a lock file
 * with O_EXCL and a second opener gets an error naming the folder and the holder.
 * A lock left by a process that no longer runs on this host is taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OperatorError } from '../domain/errors.ts';

export interface LockHolder {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

export class DataDirLockedError extends OperatorError {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${holder.pid} on ${holder.hostname} ` +
        `("${holder.command}", since ${holder.startedAt}). Stop that process first, or point ` +
        `PALLAY_DATA_DIR at another folder.`,
    );
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function isStale(holder: LockHolder | undefined): boolean {
  if (!holder) return true;
  return holder.hostname === os.hostname() && !isRunning(holder.pid);
}

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'pallay.lock');
  const me: LockHolder = { pid: process.pid, hostname: os.hostname(), command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      return makeLock(file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(file);
      if (holder && holder.pid === process.pid && holder.hostname === me.hostname) {
        throw new DataDirLockedError(dataDir, holder);
      }
      if (!isStale(holder)) throw new DataDirLockedError(dataDir, holder as LockHolder);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${file}`);
}

function makeLock(file: string): DataDirLock {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    const holder = readHolder(file);
    if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  return { file, release };
}
