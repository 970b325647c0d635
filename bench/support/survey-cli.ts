/**
 * The file-only `pallay indicators` CLI at 100,000 rows: writes an XLSForm of the benchmark's
 * questionnaire, a KoboToolbox-style CSV export of 100,000 seeded random responses and the
 * 20-indicator spec to a temporary folder, then runs `node bin/pallay.js indicators … --by
 * profile,region --format json` under /usr/bin/time for its wall time and peak RSS, against
 * the budgets of issue 5 (10 s, 1 GB). The whole process is timed: start-up, reading, decoding.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { makeFigure, skippedFigure, type Figure, type FigureSpec } from './figure.ts';
import { CONTRACTS, GAPS, PROFILES, REGIONS, RISKS, SURVEY_FORM, SURVEY_SPEC } from './survey-data.ts';

const ROWS = 100_000;
const RUNS = 3;
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TIME_BIN = '/usr/bin/time';

const secondsSpec: FigureSpec = { name: 'surveys.cli_100k_s', unit: 's', better: 'lower', baselineName: 'budget (issue 5: under 10 s for 100,000 rows, 20 indicators, by profile and region)' };
const memorySpec: FigureSpec = { name: 'surveys.cli_100k_peak_rss_mb', unit: 'MB', better: 'lower', baselineName: 'budget (issue 5: under 1 GB)' };

/** Mulberry32, so every run reads the same file. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

function exportCsv(rows: number): string {
  const next = seeded(5);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  const header = ['_uuid', 'profile', 'region', ...GAPS, 'risks', 'contract', 'age', 'income', 'hours', 'w'];
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i++) {
    const gaps = GAPS.map((_, g) => (next() < 0.03 ? '' : next() < 0.2 + g * 0.04 ? 'yes' : 'no'));
    const risks = RISKS.filter(() => next() < 0.35).join(' ');
    lines.push([`uuid-${i}`, pick(PROFILES), pick(REGIONS), ...gaps, risks, pick(CONTRACTS), 18 + Math.floor(next() * 55),
      (next() * 3000).toFixed(2), 2 + Math.floor(next() * 12), (0.5 + next() * 2).toFixed(3)].join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function xlsForm(): Promise<Buffer> {
  const cells = (rows: string[][]) => rows.map((row) => row.map((value) => ({ value })));
  const survey = [['type', 'name', 'label'], ...SURVEY_FORM.questions.map((q) => [q.rawType, q.name, q.name])];
  const choices = [['list_name', 'name', 'label'], ...Object.entries(SURVEY_FORM.choiceLists).flatMap(([list, cs]) => cs.map((c) => [list, c.name, c.name]))];
  return writeXlsxFile([
    { sheet: 'survey', data: cells(survey) },
    { sheet: 'choices', data: cells(choices) },
    { sheet: 'settings', data: cells([['form_id', 'form_title', 'version'], [SURVEY_FORM.formId, SURVEY_FORM.title, '1']]) },
  ]).toBuffer() as Promise<Buffer>;
}

/** One run: [seconds, peak RSS in MB], from GNU time's `%e %M` (kilobytes) on the last stderr line. */
function runOnce(dir: string): [number, number] {
  const args = ['-f', 'PALLAY_TIME %e %M', process.execPath, 'bin/pallay.js', 'indicators', '--form', path.join(dir, 'form.xlsx'),
    '--data', path.join(dir, 'data.csv'), '--spec', path.join(dir, 'spec.json'), '--by', 'profile,region', '--format', 'json'];
  const result = spawnSync(TIME_BIN, args, { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const line = result.stderr.split('\n').find((l) => l.startsWith('PALLAY_TIME '));
  if (result.status !== 0 || !line) throw new Error(`pallay indicators failed (${result.status}): ${result.stderr.slice(-2000)}`);
  JSON.parse(result.stdout);
  const [, seconds, kilobytes] = line.split(' ');
  return [Number(seconds), Number(kilobytes) / 1024];
}

export async function measureIndicatorsCli(): Promise<Figure[]> {
  if (!fs.existsSync(TIME_BIN)) return [secondsSpec, memorySpec].map((spec) => skippedFigure(spec, `${TIME_BIN} not installed`));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-bench-cli-'));
  try {
    fs.writeFileSync(path.join(dir, 'form.xlsx'), await xlsForm());
    fs.writeFileSync(path.join(dir, 'data.csv'), exportCsv(ROWS));
    fs.writeFileSync(path.join(dir, 'spec.json'), JSON.stringify(SURVEY_SPEC));
    let runs: [number, number][];
    try {
      runs = Array.from({ length: RUNS }, () => runOnce(dir));
    } catch (err) {
      // The database figures of the suite are still worth keeping.
      return [secondsSpec, memorySpec].map((spec) => skippedFigure(spec, (err as Error).message.slice(0, 300)));
    }
    return [
      makeFigure(secondsSpec, runs.map((r) => r[0]), runs.map(() => 10)),
      makeFigure(memorySpec, runs.map((r) => r[1]), runs.map(() => 1024)),
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
