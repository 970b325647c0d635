/**
 * `npm run bench`: runs every suite in SUITES, prints each figure beside its baseline from
 * this same run, and writes bench/results/latest.json. Benchmarks report, they never fail on a
 * number; the exit code is non-zero only when a suite crashed.
 * Without DATABASE_URL it re-runs itself under scripts/with-postgres.sh (when PostgreSQL
 * binaries exist), so the PostgreSQL figures come from a throwaway local cluster.
 * To add a figure: write a suite module in bench/ and append it to SUITES.
 * `--only WORD[,WORD…]` runs just the suites whose title contains one of the words (case
 * ignored), e.g. `npx tsx bench/run.ts --only registry`; such a partial run writes
 * bench/results/partial.json, so latest.json always holds a full run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { coldStartSuite } from './cold-start.bench.ts';
import { dbSingleRowSuite } from './db-single-row.bench.ts';
import { firstLoadSuite } from './first-load.bench.ts';
import { loadSuite } from './load.bench.ts';
import { httpThroughputSuite } from './http-throughput.bench.ts';
import { offlineSyncSuite } from './offline-sync.bench.ts';
import { productionSuite } from './production.bench.ts';
import { registry100kSuite } from './registry-100k.bench.ts';
import { registryImportSuite } from './registry-import.bench.ts';
import { savingsSuite } from './savings.bench.ts';
import { surveyIndicatorsSuite } from './survey-indicators.bench.ts';
import { webSizeSuite } from './web-size.bench.ts';
import type { Figure, Suite } from './support/figure.ts';
import { hasPostgresBinaries } from './support/postgres.ts';
import { collectResults, formatTable, writeResults, type SuiteFailure } from './support/report.ts';

const SUITES: Suite[] = [coldStartSuite, dbSingleRowSuite, httpThroughputSuite, webSizeSuite, firstLoadSuite, registry100kSuite, registryImportSuite, productionSuite, surveyIndicatorsSuite, savingsSuite, offlineSyncSuite, loadSuite];

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_FILE = fileURLToPath(new URL('./results/latest.json', import.meta.url));
const PARTIAL_RESULTS_FILE = fileURLToPath(new URL('./results/partial.json', import.meta.url));
const REEXEC_FLAG = 'PALLAY_BENCH_UNDER_POSTGRES';

/** Re-runs this script under a throwaway PostgreSQL cluster; returns its exit code, or null when not needed. */
function rerunUnderPostgres(): number | null {
  if (process.env.DATABASE_URL || process.env[REEXEC_FLAG] || !hasPostgresBinaries()) return null;
  const self = [process.execPath, ...process.execArgv, ...process.argv.slice(1)];
  const child = spawnSync('bash', ['scripts/with-postgres.sh', ...self], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, [REEXEC_FLAG]: '1' },
  });
  return child.status ?? 1;
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

async function runSuites(suites: readonly Suite[]): Promise<{ figures: Figure[]; failures: SuiteFailure[] }> {
  const figures: Figure[] = [];
  const failures: SuiteFailure[] = [];
  for (const suite of suites) {
    const started = performance.now();
    process.stdout.write(`▸ ${suite.title}… `);
    try {
      figures.push(...(await suite.run()));
      process.stdout.write(`${seconds(started)}\n`);
    } catch (err) {
      process.stdout.write(`FAILED after ${seconds(started)}\n`);
      console.error(err);
      failures.push({ suite: suite.title, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return { figures, failures };
}

/** The words after `--only` (comma-separated), or null to run every suite. */
function onlyFilter(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--only');
  const inline = argv.find((a) => a.startsWith('--only='));
  const spec = at >= 0 ? argv[at + 1] : inline?.slice('--only='.length);
  if (at < 0 && !inline) return null;
  if (!spec) throw new Error('--only needs a word, e.g. --only registry');
  return spec.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
}

async function main(): Promise<number> {
  const only = onlyFilter(process.argv.slice(2));
  const suites = only ? SUITES.filter((s) => only.some((word) => s.title.toLowerCase().includes(word))) : SUITES;
  if (suites.length === 0) {
    process.stderr.write(`--only ${only!.join(',')} matches no suite; titles:\n${SUITES.map((s) => `  ${s.title}`).join('\n')}\n`);
    return 2;
  }
  const rerun = rerunUnderPostgres();
  if (rerun !== null) return rerun;

  const runAt = new Date();
  const started = performance.now();
  const { figures, failures } = await runSuites(suites);
  const results = collectResults(figures, failures, runAt);
  const resultsFile = only ? PARTIAL_RESULTS_FILE : RESULTS_FILE;
  writeResults(resultsFile, results);

  const { machine } = results;
  process.stdout.write(`\nPallay bench, ${runAt.toISOString()}, ${machine.cpus} × ${machine.cpu_model}, Node ${machine.node}, ${machine.platform}\n`);
  process.stdout.write(`Ratio = value / baseline, both measured in this run. Total ${seconds(started)}.\n\n`);
  process.stdout.write(`${formatTable(figures)}\n\n`);
  for (const failure of failures) process.stdout.write(`FAILED: ${failure.suite}: ${failure.error}\n`);
  process.stdout.write(`Written to ${resultsFile}\n`);
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
