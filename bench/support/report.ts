/**
 * Presents a bench run: the plain-text table printed at the end of `npm run bench`, and the
 * JSON written to bench/results/latest.json (git-ignored) for comparing runs and machines.
 * The JSON keeps every run's samples; the table shows medians and ratios only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Figure } from './figure.ts';

export interface SuiteFailure {
  suite: string;
  error: string;
}

export interface BenchResults {
  run_at: string;
  machine: { cpus: number; cpu_model: string; node: string; platform: string };
  figures: Figure[];
  failures: SuiteFailure[];
}

export function collectResults(figures: Figure[], failures: SuiteFailure[], runAt: Date): BenchResults {
  const cpus = os.cpus();
  return {
    run_at: runAt.toISOString(),
    machine: { cpus: cpus.length, cpu_model: cpus[0]?.model.trim() ?? 'unknown', node: process.version, platform: `${process.platform}-${process.arch}` },
    figures,
    failures,
  };
}

export function writeResults(file: string, results: BenchResults): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** Three significant figures or so, without scientific notation. */
export function formatNumber(value: number | null): string {
  if (value === null) return '-';
  const abs = Math.abs(value);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return value.toFixed(decimals);
}

function describe(figure: Figure): string {
  if (figure.skipped) return `skipped: ${figure.skipped}`;
  const runs = figure.runs === 1 ? '1 run' : `median of ${figure.runs} runs`;
  return `vs ${figure.baseline_name}; ${figure.better} is better; ${runs}`;
}

/** The table: one row per figure, columns aligned, numbers right-aligned. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'value', 'baseline', 'ratio', 'unit', 'notes'];
  const rows = figures.map((f) => [
    f.name,
    formatNumber(f.value),
    formatNumber(f.baseline),
    f.ratio === null ? '-' : `${f.ratio.toFixed(2)}×`,
    f.unit,
    describe(f),
  ]);
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]!.length)));
  const isNumeric = (col: number) => col >= 1 && col <= 3;
  const line = (cells: string[]) =>
    cells.map((cell, col) => (isNumeric(col) ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join(' | ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
