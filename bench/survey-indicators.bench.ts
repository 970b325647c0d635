/**
 * Survey indicators at 1,000,000 stored responses × 20 indicators × 2 disaggregations (profile,
 * region), on PGlite and PostgreSQL: the indicator service (spec check, the compiled SQL, the
 * shared estimators and suppression) against a hand-written GROUPING SETS statement that
 * computes the same sums from the same table in the same run (issue 5 asks for ≤ 1.5×). Then
 * the file-only CLI on 100,000 rows against its budget (10 s, 1 GB).
 * PALLAY_BENCH_SURVEY_ROWS overrides the size for trying the suite out; the baseline names then
 * say so, since the figure names keep "1m".
 */
import { CLI_ACTOR } from '../src/domain/auth/actor.ts';
import type { IndicatorReport } from '../src/contracts/indicators.ts';
import { queryIndicators } from '../src/services/surveys/indicators.service.ts';
import { makeFigure, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { serviceDeps } from './support/production-ops.ts';
import { engineOpeners, withEngine, type EngineKey, type RegistryEngine } from './support/registry-engine.ts';
import { measureIndicatorsCli } from './support/survey-cli.ts';
import { BY, SURVEY_SPEC, baselineSql, loadSurvey } from './support/survey-data.ts';

const ROWS = Number(process.env.PALLAY_BENCH_SURVEY_ROWS ?? 1_000_000);
const SCALE_NOTE = ROWS === 1_000_000 ? '' : ` [${ROWS.toLocaleString('en')} responses, not 1m]`;
const ROUNDS = 5;

const rawName = (engine: EngineKey) => (engine === 'pglite' ? 'raw PGlite' : 'raw pg.Client');
const indicatorSpec = (engine: EngineKey): FigureSpec => ({
  name: `surveys.indicators_1m_${engine}_ms`,
  unit: 'ms',
  better: 'lower',
  baselineName: `${rawName(engine)} hand-written GROUPING SETS ((profile), (region)) over a fenced subquery extracting each answer once, FILTER sums of the same 20 indicators${SCALE_NOTE}`,
});

async function time(op: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await op();
  return performance.now() - started;
}

/** The service's n and numerators of gap1 per group must be the baseline's. */
function checkSame(report: IndicatorReport, baseline: Record<string, unknown>[]): void {
  const gap1 = report.indicators.find((i) => i.id === 'gap1_yes')!;
  for (const row of baseline) {
    const column = Number(row.gs) === 1 ? 'profile' : 'region';
    const group = gap1.groups.find((g) => g.by[column] === row[column]);
    if (!group || group.n !== Number(row.n) || group.numerator !== Number(row.gap1)) {
      throw new Error(`indicator service and baseline disagree on gap1 for ${column} ${String(row[column])}: ${JSON.stringify(group)} vs ${JSON.stringify(row)}`);
    }
  }
}

async function measureEngine(engine: RegistryEngine): Promise<Figure> {
  const formId = await loadSurvey(engine, ROWS);
  const deps = serviceDeps(engine);
  const query = { source: { form_id: formId }, spec: SURVEY_SPEC, by: BY };
  const app = () => queryIndicators(deps, { actor: CLI_ACTOR, requestId: null }, query);
  const sql = baselineSql();
  const baseline = () => engine.raw(sql, [formId]);
  checkSame(await app(), (await baseline()).rows);
  const values: number[] = [];
  const baselines: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      values.push(await time(app));
      baselines.push(await time(baseline));
    } else {
      baselines.push(await time(baseline));
      values.push(await time(app));
    }
  }
  return makeFigure(indicatorSpec(engine.key), values, baselines);
}

export const surveyIndicatorsSuite: Suite = {
  title: `survey indicators at ${ROWS.toLocaleString('en')} responses (PGlite and PostgreSQL) and the file-only CLI at 100,000 rows`,
  async run() {
    const figures: Figure[] = [];
    for (const opener of engineOpeners()) {
      if (!opener.open) figures.push(skippedFigure(indicatorSpec(opener.key), opener.skipped ?? 'not available'));
      else figures.push(await withEngine(opener.open, measureEngine));
    }
    figures.push(...(await measureIndicatorsCli()));
    return figures;
  },
};
