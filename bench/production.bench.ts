/**
 * The production ledger at 100,000 sales, on PGlite and on PostgreSQL: recording one sale
 * (recordSale vs the same three writes in one raw transaction), the production report by region
 * and by month (productionReport vs hand-written GROUP BY statements), issuing a woman's income
 * statement for a year of about 100 sales (issueStatement vs one aggregate SELECT), and the
 * public verification page under load (the real HTTP app vs a bare Hono route; PGlite only).
 * One set-based load per engine (production-load.ts) serves every figure, so the writes are
 * timed against a ledger of realistic size and the reads see the rows those writes added.
 * Rounds alternate which side goes first, so drift and caches hit both alike; figures are medians.
 * PALLAY_BENCH_PRODUCTION_SALES overrides the size for trying the suite out; the baseline names
 * then say so, since the figure names keep "100k".
 */
import { makeFigure, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { loadLedger, type ProductionLedger } from './support/production-load.ts';
import { checkSameReport, checkSameStatement, recordSalePair, reportPair, serviceDeps, statementPair, type Op, type ReportBy } from './support/production-ops.ts';
import { measureVerifyPage } from './support/production-verify.ts';
import { engineOpeners, withEngine, type EngineKey, type RegistryEngine } from './support/registry-engine.ts';

const SALES = Number(process.env.PALLAY_BENCH_PRODUCTION_SALES ?? 100_000);
const SCALE_NOTE = SALES === 100_000 ? '' : ` [${SALES.toLocaleString('en')} sales, not 100k]`;
const REPORTS: readonly ReportBy[] = ['region', 'month'];

interface Rounds {
  warmup: number;
  rounds: number;
  opsPerRound: number;
}

const SALE_ROUNDS: Rounds = { warmup: 40, rounds: 5, opsPerRound: 40 };
const STATEMENT_ROUNDS: Rounds = { warmup: 5, rounds: 5, opsPerRound: 20 };
const REPORT_ROUNDS: Rounds = { warmup: 1, rounds: 7, opsPerRound: 1 };
/** One unsold lot per recorded sale, app and baseline alike. */
const POOL_LOTS = 2 * (SALE_ROUNDS.warmup + SALE_ROUNDS.rounds * SALE_ROUNDS.opsPerRound);

const rawName = (engine: EngineKey) => (engine === 'pglite' ? 'raw PGlite' : 'raw pg.Client');

const saleSpec = (engine: EngineKey): FigureSpec => ({
  name: `production.record_sale_${engine}_ms`,
  unit: 'ms',
  better: 'lower',
  baselineName: `${rawName(engine)} INSERT sales + INSERT sale_lots + UPDATE ore_lots in one transaction; ${SALE_ROUNDS.opsPerRound} sales per round, each from its own lot${SCALE_NOTE}`,
});
const reportSpec = (engine: EngineKey, by: ReportBy): FigureSpec => ({
  name: `production.report_by_${by}_100k_${engine}_ms`,
  unit: 'ms',
  better: 'lower',
  baselineName: `${rawName(engine)} GROUP BY ${by} over sales ⋈ people and over ore_lots ⋈ people (2 statements${by === 'month' ? ', ROLLUP for the total' : ''}), admin scope${SCALE_NOTE}`,
});
const statementSpec = (engine: EngineKey): FigureSpec => ({
  name: `production.statement_issue_${engine}_ms`,
  unit: 'ms',
  better: 'lower',
  baselineName: `${rawName(engine)} aggregate SELECT of her ~100 sales (and lots) in 2025, no write${SCALE_NOTE}`,
});

/** Milliseconds per op, mean over `count` sequential calls. */
async function msPerOp(count: number, op: Op): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await op();
  return (performance.now() - started) / count;
}

/** Warms both sides, then times them for `rounds` rounds, alternating which goes first. */
async function alternate(plan: Rounds, app: Op, baseline: Op): Promise<[number[], number[]]> {
  await msPerOp(plan.warmup, app);
  await msPerOp(plan.warmup, baseline);
  const values: number[] = [];
  const baselines: number[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    if (round % 2 === 0) {
      values.push(await msPerOp(plan.opsPerRound, app));
      baselines.push(await msPerOp(plan.opsPerRound, baseline));
    } else {
      baselines.push(await msPerOp(plan.opsPerRound, baseline));
      values.push(await msPerOp(plan.opsPerRound, app));
    }
  }
  return [values, baselines];
}

async function measureRecordSale(engine: RegistryEngine, ledger: ProductionLedger): Promise<Figure> {
  const pair = await recordSalePair(engine, serviceDeps(engine), ledger);
  const [values, baselines] = await alternate(SALE_ROUNDS, pair.app, pair.baseline);
  return makeFigure(saleSpec(engine.key), values, baselines);
}

async function measureStatement(engine: RegistryEngine, ledger: ProductionLedger): Promise<Figure> {
  const pair = statementPair(engine, serviceDeps(engine), ledger);
  checkSameStatement(await pair.app(), await pair.baseline());
  const [values, baselines] = await alternate(STATEMENT_ROUNDS, pair.app, pair.baseline);
  return makeFigure(statementSpec(engine.key), values, baselines);
}

async function measureReport(engine: RegistryEngine, by: ReportBy): Promise<Figure> {
  const pair = reportPair(engine, serviceDeps(engine), by);
  checkSameReport(by, await pair.app(), await pair.baseline());
  const [values, baselines] = await alternate(REPORT_ROUNDS, pair.app, pair.baseline);
  return makeFigure(reportSpec(engine.key, by), values, baselines);
}

/** Sales first, so the reports and the statement read a ledger that has just been written to. */
async function measureEngine(engine: RegistryEngine): Promise<Figure[]> {
  const ledger = await loadLedger(engine, { sales: SALES, pool: POOL_LOTS });
  const figures = [await measureRecordSale(engine, ledger)];
  await engine.raw('ANALYZE');
  for (const by of REPORTS) figures.push(await measureReport(engine, by));
  figures.push(await measureStatement(engine, ledger));
  return figures;
}

function skippedEngine(engine: EngineKey, reason: string): Figure[] {
  return [saleSpec(engine), ...REPORTS.map((by) => reportSpec(engine, by)), statementSpec(engine)].map((spec) => skippedFigure(spec, reason));
}

export const productionSuite: Suite = {
  title: `production ledger at ${SALES.toLocaleString('en')} sales: record sale, reports, statement, verify page, PGlite and PostgreSQL`,
  async run() {
    const figures: Figure[] = [];
    for (const opener of engineOpeners()) {
      if (!opener.open) figures.push(...skippedEngine(opener.key, opener.skipped ?? 'not available'));
      else figures.push(...(await withEngine(opener.open, measureEngine)));
    }
    figures.push(await measureVerifyPage());
    return figures;
  },
};
