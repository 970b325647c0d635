/**
 * Plan indicators linked to the indicator engine: their stored IndicatorQuery is run on demand
 * through the same service as POST /api/indicators, with the caller's own rights (someone who
 * may not read surveys sees why, not a number). The whole-sample value of the query's first
 * indicator is the live value; proportions come back as fractions and are shown in percent,
 * the unit plan targets use.
 */
import { AppError } from '../../domain/errors.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import { todayOf } from '../deps.ts';
import { queryIndicators } from '../surveys/indicators.service.ts';
import type { IndicatorRecord } from './ports.ts';

export interface LiveValue {
  value: number | null;
  n: number | null;
  computed_on: string;
  /** Why there is no value (no right to read surveys, a spec that no longer fits its form, a suppressed cell). */
  problem: string | null;
}

async function liveValue(deps: ServiceDeps, ctx: CallContext, indicator: IndicatorRecord): Promise<LiveValue> {
  const computed_on = todayOf(deps);
  try {
    const report = await queryIndicators(deps, ctx, { ...indicator.live_query!, by: [] });
    const first = report.indicators[0];
    const group = first?.groups.find((g) => Object.keys(g.by).length === 0) ?? first?.groups[0];
    if (!group) return { value: null, n: null, computed_on, problem: 'no result' };
    if (group.suppressed || group.value === null) return { value: null, n: group.n, computed_on, problem: group.suppressed ? 'suppressed (too few people)' : 'no answers' };
    const isShare = indicator.live_query!.spec.indicators[0]?.type === 'proportion' || indicator.live_query!.spec.indicators[0]?.type === 'distribution';
    return { value: isShare ? Math.round(group.value * 10_000) / 100 : group.value, n: group.n, computed_on, problem: null };
  } catch (err) {
    if (err instanceof AppError) return { value: null, n: null, computed_on, problem: err.code === 'FORBIDDEN' ? 'your role may not read survey indicators' : err.message };
    throw err;
  }
}

/** Live values of the indicators that have a query, by indicator id. */
export async function liveValues(deps: ServiceDeps, ctx: CallContext, indicators: readonly IndicatorRecord[]): Promise<Map<string, LiveValue>> {
  const values = new Map<string, LiveValue>();
  for (const indicator of indicators) if (indicator.live_query) values.set(indicator.id, await liveValue(deps, ctx, indicator));
  return values;
}
