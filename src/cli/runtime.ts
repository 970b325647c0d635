/**
 * What every CLI command shares: opening the app context (with the data-folder lock), turning
 * errors into one clear line and an exit code, and reading flags.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig, type Config } from '../config.ts';
import { createContext, type AppContext } from '../context.ts';
import { CLI_ACTOR } from '../domain/auth/actor.ts';
import { UsageError } from './errors.ts';
import type { CallContext } from '../services/deps.ts';

export const CLI_CONTEXT: CallContext = { actor: CLI_ACTOR, requestId: null };

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Opens the context for one command, runs it, and always closes (releasing the lock). */
export async function withContext<T>(command: string, work: (ctx: AppContext) => Promise<T>, config: Config = loadConfig()): Promise<T> {
  const ctx = await createContext({ ...config, logLevel: process.env.LOG_LEVEL ?? 'warn' }, { command });
  try {
    return await work(ctx);
  } finally {
    await ctx.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

export function printTable(rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return void process.stdout.write('(none)\n');
  const columns = Object.keys(rows[0]!);
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => text(r[c]).length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  process.stdout.write(line(columns));
  for (const row of rows) process.stdout.write(line(columns.map((c) => text(row[c]))));
}
