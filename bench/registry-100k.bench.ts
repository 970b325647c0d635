/**
 * The registry at 100,000 people, on PGlite and on PostgreSQL: search latency through
 * searchPeople (vs one hand-written SELECT on the raw driver), a full duplicate pass through
 * person_match_keys (vs the same pass in memory), and the import cost at that size. One load per
 * engine serves all three: seeded people (generatePeople) stored with the app's derived columns
 * and bulk-loaded, except the middle tenth (people 45,000–54,999), which importPeople imports
 * from a CSV file once the first 45,000 are in.
 *
 * Why a slice: a whole 0→100k import takes minutes (86 s PostgreSQL, 126 s PGlite, more on
 * PGlite without ANALYZE) and its per-row cost grows with the registry (the duplicate search),
 * close to linearly, so the mean per-row cost of the whole import is that of its midpoint: 10 ×
 * the slice estimates it. Checked once (2 cores) against whole imports timed in 10 chunks with
 * ANALYZE between them: 86.1 s vs an estimate of 86.3 s (PostgreSQL), 126 s vs 123 s (PGlite).
 *
 * Goals from the issue: search under 100 ms, full pass ≤ 60 s on PostgreSQL, ≤ 50 candidate
 * pairs per record, import ≤ 3× the bulk load on PostgreSQL and ≤ 4× on PGlite.
 * PALLAY_BENCH_REGISTRY_PEOPLE overrides the size, for trying the suite out; the notes then say
 * so, since the names keep "100k".
 */
import { makeFigure, median, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { buildRegistry, type Registry } from './support/registry-data.ts';
import { engineOpeners, withEngine, type EngineKey, type RegistryEngine } from './support/registry-engine.ts';
import { memoryFullPass, sqlFullPass, type PassOutcome } from './support/registry-full-pass.ts';
import { bulkBaseline, profileFigures, readPeopleFile, runImport, type StepTimes } from './support/registry-import-run.ts';
import { analyze, createOrgTree, loadPeople, type RegistryOrgs } from './support/registry-load.ts';
import { createSearcher, searchCases, type ScopeKey, type SearchCase } from './support/registry-search.ts';

const PEOPLE = Number(process.env.PALLAY_BENCH_REGISTRY_PEOPLE ?? 100_000);
const SCALE_NOTE = PEOPLE === 100_000 ? '' : ` [${PEOPLE.toLocaleString('en')} people, not 100k]`;
const WARMUP_ROUNDS = 2;
const SEARCH_ROUNDS = 7;
const SCOPES: readonly ScopeKey[] = ['all', 'subtree'];
const PAIRS_PER_RECORD_BUDGET = 50;
/** The imported slice: the middle tenth of the registry. */
const SLICE_FROM = Math.round(PEOPLE * 0.45);
const SLICE_TO = Math.round(PEOPLE * 0.55);
const SLICE_SCALE = PEOPLE / (SLICE_TO - SLICE_FROM);

const searchSpec = (engine: EngineKey, suffix = ''): FigureSpec => ({
  name: `registry.search_100k_${engine}${suffix}_ms`,
  unit: 'ms',
  better: 'lower',
  baselineName: suffix ? `hand-written SELECT, same filters, LIMIT 50, no ORDER BY/count${SCALE_NOTE}` : `hand-written SELECT; mean of 4 searches × 2 scopes per round${SCALE_NOTE}`,
});
const passSpec = (engine: EngineKey): FigureSpec => ({
  name: `registry.duplicates_full_pass_100k_${engine}_s`,
  unit: 's',
  better: 'lower',
  baselineName: `in-memory candidatePairs + scorePair, no database${SCALE_NOTE}`,
});
const importSpec = (engine: EngineKey, bulkName: string): FigureSpec => ({
  name: `registry.import_100k_${engine}_ratio`,
  unit: 's',
  better: 'lower',
  baselineName: `${bulkName} of the 100k rows into a bare table; value ESTIMATED as ${SLICE_SCALE} × a measured import of rows ${SLICE_FROM.toLocaleString('en')}–${(SLICE_TO - 1).toLocaleString('en')} into a registry of ${SLICE_FROM.toLocaleString('en')}, its closing ANALYZE counted once${SCALE_NOTE}`,
});
const perRecordSpec: FigureSpec = {
  name: 'registry.duplicate_candidates_per_record',
  unit: 'pairs',
  better: 'lower',
  baselineName: `budget of ${PAIRS_PER_RECORD_BUDGET} (issue goal)${SCALE_NOTE}`,
};

/** Every case in both scopes, app and baseline, ROUNDS times, alternating which goes first. */
async function measureSearch(engine: RegistryEngine, orgs: RegistryOrgs, registry: Registry): Promise<Figure[]> {
  const searcher = createSearcher(engine, orgs);
  const cases = searchCases(registry.rows);
  const slots = cases.flatMap((c) => SCOPES.map((scope) => ({ c, scope, values: [] as number[], baselines: [] as number[] })));
  const time = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };
  for (let round = 0; round < WARMUP_ROUNDS + SEARCH_ROUNDS; round++) {
    for (const slot of slots) {
      let value: number;
      let baseline: number;
      if (round % 2 === 0) {
        value = await time(() => searcher.app(slot.c, slot.scope));
        baseline = await time(() => searcher.baseline(slot.c, slot.scope));
      } else {
        baseline = await time(() => searcher.baseline(slot.c, slot.scope));
        value = await time(() => searcher.app(slot.c, slot.scope));
      }
      if (round < WARMUP_ROUNDS) continue;
      slot.values.push(value);
      slot.baselines.push(baseline);
    }
  }
  await checkSameFirstPage(searcher, cases);
  const meanOfRound = (pick: (s: (typeof slots)[number]) => number[], round: number) => slots.reduce((sum, s) => sum + pick(s)[round]!, 0) / slots.length;
  const rounds = [...Array(SEARCH_ROUNDS).keys()];
  const headline = makeFigure(searchSpec(engine.key), rounds.map((r) => meanOfRound((s) => s.values, r)), rounds.map((r) => meanOfRound((s) => s.baselines, r)));
  return [headline, ...slots.map((s) => makeFigure(searchSpec(engine.key, `_${s.c.key}_${s.scope}`), s.values, s.baselines))];
}

/** Both sides must answer the same question: the same number of people on the first page. */
async function checkSameFirstPage(searcher: ReturnType<typeof createSearcher>, cases: SearchCase[]): Promise<void> {
  for (const c of cases) {
    for (const scope of SCOPES) {
      const app = (await searcher.app(c, scope)) as { items: unknown[]; total: number };
      const base = (await searcher.baseline(c, scope)) as { rows: unknown[] };
      if (app.items.length !== base.rows.length || app.total === 0) {
        throw new Error(`search ${c.key}/${scope}: app found ${app.items.length} of ${app.total}, baseline ${base.rows.length}`);
      }
    }
  }
}

function checkSamePass(sql: PassOutcome, memory: PassOutcome): void {
  if (sql.pairs !== memory.pairs || sql.match !== memory.match || sql.possible !== memory.possible) {
    throw new Error(`full pass disagrees: SQL ${sql.pairs} pairs (${sql.match}/${sql.possible}), memory ${memory.pairs} (${memory.match}/${memory.possible})`);
  }
}

/** The middle tenth through importPeople, the rest bulk-loaded around it; the import figures. */
async function loadAndImport(engine: RegistryEngine, registry: Registry, orgs: RegistryOrgs): Promise<Figure[]> {
  await loadPeople(engine, registry, orgs, 0, SLICE_FROM);
  await analyze(engine);
  const steps: StepTimes = new Map();
  const rows = readPeopleFile(registry.people.slice(SLICE_FROM, SLICE_TO), steps);
  const importMs = await runImport(engine, orgs.ananea, rows, steps);
  await loadPeople(engine, registry, orgs, SLICE_TO);
  await analyze(engine);
  const bulk = await bulkBaseline(engine, registry.rows);
  const where = `import of ${rows.length.toLocaleString('en')} rows into ${SLICE_FROM.toLocaleString('en')}${SCALE_NOTE}`;
  // The closing ANALYZE runs once per import whatever its size (it samples at most 30,000 rows a table).
  const analyseMs = steps.get('people.analyse')?.ms ?? 0;
  const estimateMs = (importMs - analyseMs) * SLICE_SCALE + analyseMs;
  return [
    makeFigure(importSpec(engine.key, engine.bulkName), [estimateMs / 1000], bulk.map((ms) => ms / 1000)),
    ...profileFigures(engine.key, steps, rows.length, importMs, where),
  ];
}

async function measureEngine(engine: RegistryEngine, registry: Registry, passes: PassOutcome[]): Promise<Figure[]> {
  const orgs = await createOrgTree(engine);
  const imports = await loadAndImport(engine, registry, orgs);
  const searches = await measureSearch(engine, orgs, registry);
  // The baseline runs right beside the pass, alternating which goes first between engines.
  const memoryFirst = engine.key === 'pglite';
  const memoryBefore = memoryFirst ? memoryFullPass(registry.people) : undefined;
  const sql = await sqlFullPass(engine);
  const memory = memoryBefore ?? memoryFullPass(registry.people);
  checkSamePass(sql, memory);
  passes.push(sql);
  return [...searches, makeFigure(passSpec(engine.key), [sql.ms / 1000], [memory.ms / 1000]), ...imports];
}

function skippedEngine(engine: EngineKey, reason: string): Figure[] {
  return [skippedFigure(searchSpec(engine), reason), skippedFigure(passSpec(engine), reason), skippedFigure(importSpec(engine, 'bulk load'), reason)];
}

export const registry100kSuite: Suite = {
  title: `registry at ${PEOPLE.toLocaleString('en')} people: search, full duplicate pass, import, PGlite and PostgreSQL`,
  async run() {
    const registry = buildRegistry(PEOPLE);
    const figures: Figure[] = [];
    const passes: PassOutcome[] = [];
    for (const opener of engineOpeners()) {
      if (!opener.open) figures.push(...skippedEngine(opener.key, opener.skipped ?? 'not available'));
      else figures.push(...(await withEngine(opener.open, (engine) => measureEngine(engine, registry, passes))));
    }
    const perRecord = passes.map((p) => p.pairs / p.people);
    figures.push(makeFigure(perRecordSpec, [median(perRecord)], [PAIRS_PER_RECORD_BUDGET]));
    return figures;
  },
};
