/**
 * Measured runs of the people import, and where their time goes. importPeople runs unchanged;
 * its store is the real one (bindRepos) with a stopwatch around every repository method, so
 * each database call is timed without copying the service loop (a copy would drift from the
 * code it claims to measure). The stopwatch costs about a microsecond per call, against the
 * milliseconds a batch statement takes. The zod parse, the one sizeable step that is not a
 * repository call, is timed apart on the same rows. The baseline loads the rows the import
 * stores (toNewPerson, with the import's row ids) into a bare copy of the people table by the
 * engine's bulk path.
 */
import { PersonInput } from '../../src/contracts/registry.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { readDelimited } from '../../src/domain/registry/import/delimited.ts';
import { readPeopleTable } from '../../src/domain/registry/import/people-import.ts';
import type { MatchablePerson } from '../../src/domain/registry/duplicates/index.ts';
import type { Db } from '../../src/db/client.ts';
import { bindRepos } from '../../src/db/store.ts';
import type { ServiceDeps } from '../../src/services/deps.ts';
import type { Repos, Store } from '../../src/services/ports.ts';
import { importRowId, type ImportRow } from '../../src/services/registry/import-batch.ts';
import { importPeople } from '../../src/services/registry/import-people.service.ts';
import { toNewPerson } from '../../src/services/registry/person-record.ts';
import { makeFigure, type Figure } from './figure.ts';
import { PERSON_COLUMNS, peopleCsv } from './registry-data.ts';
import type { EngineKey, RegistryEngine } from './registry-engine.ts';

const BARE_TABLE = 'bench_people_bare';
const BASELINE_RUNS = 3;

/** Milliseconds and calls per timed step, keyed `repo.method` (and `zod.parse`, `csv.read`). */
export type StepTimes = Map<string, { ms: number; calls: number }>;

function addTime(steps: StepTimes, step: string, ms: number, calls = 1): void {
  const entry = steps.get(step) ?? { ms: 0, calls: 0 };
  entry.ms += ms;
  entry.calls += calls;
  steps.set(step, entry);
}

/** The repositories with a stopwatch around every method. */
function timedRepos(repos: Repos, steps: StepTimes): Repos {
  const wrapRepo = (name: string, repo: object) =>
    Object.fromEntries(
      Object.entries(repo).map(([method, fn]) => [
        method,
        async (...args: unknown[]) => {
          const started = performance.now();
          try {
            return await (fn as (...a: unknown[]) => Promise<unknown>).apply(repo, args);
          } finally {
            addTime(steps, `${name}.${method}`, performance.now() - started);
          }
        },
      ]),
    );
  return Object.fromEntries(Object.entries(repos).map(([name, repo]) => [name, wrapRepo(name, repo as object)])) as unknown as Repos;
}

function timedStore(db: Db, steps: StepTimes): Store {
  return {
    repos: timedRepos(bindRepos(db), steps),
    transaction: (work) => db.transaction((tx) => work(timedRepos(bindRepos(tx as unknown as Db), steps))),
    ping: async () => {},
  };
}

/** The people written to a CSV file and read back as the CLI reads it; throws if a row is refused. */
export function readPeopleFile(people: readonly MatchablePerson[], steps: StepTimes): ImportRow[] {
  const csv = peopleCsv(people);
  const started = performance.now();
  const read = readPeopleTable(readDelimited(csv, ';'));
  addTime(steps, 'csv.read', performance.now() - started);
  if (read.problems.length > 0) throw new Error(`generated file refused: ${JSON.stringify(read.problems.slice(0, 3))}`);
  return read.people;
}

/** Runs importPeople on the rows into one organisation; returns milliseconds. Every row must be created. */
export async function runImport(engine: RegistryEngine, organisationId: string, rows: readonly ImportRow[], steps: StepTimes): Promise<number> {
  const parseStarted = performance.now();
  for (const row of rows) PersonInput.safeParse({ ...row.input, organisation_id: organisationId });
  addTime(steps, 'zod.parse', performance.now() - parseStarted, rows.length);
  const deps: ServiceDeps = { store: timedStore(engine.database.db, steps), clock: () => new Date(), settings: { sessionIdleMinutes: 30 } };
  const started = performance.now();
  const summary = await importPeople(deps, { actor: CLI_ACTOR, requestId: null }, { organisationId, rows: [...rows], dryRun: false });
  const ms = performance.now() - started;
  if (summary.created !== rows.length) throw new Error(`import of ${rows.length} rows created ${summary.created}: ${JSON.stringify(summary).slice(0, 300)}`);
  return ms;
}

/** The rows the import stores for these file rows: toNewPerson under the import's row ids. */
export function storedRows(organisationId: string, rows: readonly ImportRow[]): Record<string, unknown>[] {
  return rows.map(({ input }) => toNewPerson(importRowId(organisationId, input), input, null));
}

/** The bulk baseline: `rows` into a bare copy of people (no index, key or trigger), BASELINE_RUNS times. */
export async function bulkBaseline(engine: RegistryEngine, rows: readonly Record<string, unknown>[]): Promise<number[]> {
  await engine.raw(`CREATE TABLE IF NOT EXISTS ${BARE_TABLE} (LIKE people INCLUDING DEFAULTS)`);
  const samples: number[] = [];
  for (let run = 0; run < BASELINE_RUNS; run++) {
    await engine.raw(`TRUNCATE ${BARE_TABLE}`);
    samples.push(await engine.bulkLoad(BARE_TABLE, PERSON_COLUMNS, rows));
  }
  await engine.raw(`DROP TABLE ${BARE_TABLE}`);
  return samples;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/\./g, '_');

/**
 * One figure per step, in µs per imported row, beside the import's total per row (so the ratio
 * is the step's share); `other` is what no stopwatch covered: JavaScript (scoring, toNewPerson,
 * row ids) and BEGIN/COMMIT. The CSV read happens before importPeople and is not in its total.
 */
export function profileFigures(engine: EngineKey, steps: StepTimes, rows: number, importMs: number, where: string): Figure[] {
  const perRow = (ms: number) => (ms * 1000) / rows;
  const total = perRow(importMs);
  const inImport = [...steps].filter(([step]) => step !== 'csv.read');
  const covered = inImport.reduce((sum, [, t]) => sum + t.ms, 0);
  const entries: Array<[string, { ms: number; calls: number }]> = [...steps, ['other', { ms: Math.max(0, importMs - covered), calls: 0 }]];
  return entries
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([step, t]) => {
      const calls = step === 'other' ? 'JS and BEGIN/COMMIT' : step === 'csv.read' ? 'before importPeople, not in its total' : `${t.calls} calls`;
      const spec = { name: `registry.import_profile_${engine}_${snake(step)}_us`, unit: 'µs/row', better: 'lower' as const, baselineName: `importPeople total per row (ratio = share); ${calls}; ${where}` };
      return makeFigure(spec, [perRow(t.ms)], [total]);
    });
}
