/**
 * Reference prices as use cases: import a file (all-or-nothing, one audit entry with counts),
 * enter one day's gold price and exchange rate, list them, the look-up a sale on a date would
 * use, and the quote `pallay price` prints. Reading needs only a signed-in actor: the prices
 * are public figures. Writing needs 'prices.write'.
 */
import type { PriceInput, PriceOutput, PriceUsed } from '../../contracts/production.ts';
import type { PriceImportReport, PriceListQuery, PriceQuote, QuoteInput } from '../../contracts/prices.ts';
import { authorize } from '../../domain/auth/actor.ts';
import type { Actor } from '../../domain/auth/actor.ts';
import { validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { fairValue, isUnfair, toCents } from '../../domain/production/fair-value.ts';
import { parsePriceFile } from '../../domain/production/price-file.ts';
import { dateProblem, isCalendarDate } from '../../domain/registry/person-rules.ts';
import { isPriceStale } from '../../domain/production/price-age.ts';
import { productionSettings, recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { priceOn } from './price-lookup.ts';
import { mapInOrder } from '../../domain/shared/in-order.ts';

/** The shipped gold series starts in 1833; nothing earlier is a price anyone can check. */
const EARLIEST_PRICE_DATE = '1800-01-01';
/** Problems listed in one refusal; a file with thousands of bad rows says how many more. */
const MAX_LISTED_PROBLEMS = 100;

const recorderOf = (actor: Actor): string | null => (actor.type === 'user' ? actor.id : null);

export interface ImportPricesOptions {
  bytes: Uint8Array;
  fileName: string;
  /** Source for rows without their own `source` cell (default: the file name). */
  source?: string | null;
}

export async function importPrices(deps: ServiceDeps, ctx: CallContext, opts: ImportPricesOptions): Promise<PriceImportReport> {
  authorize(ctx.actor, 'prices.write');
  const file = parsePriceFile(opts.bytes, todayOf(deps));
  if (file.problems.length) {
    const listed = file.problems.slice(0, MAX_LISTED_PROBLEMS);
    const more = file.problems.length - listed.length;
    throw validationFailed(listed, `The price file has ${file.problems.length} problem(s)${more ? ` (the first ${MAX_LISTED_PROBLEMS} are listed)` : ''}; nothing was imported`);
  }
  const fallbackSource = opts.source?.trim() || `file ${opts.fileName}`;
  const prices = file.prices.map((p) => ({ series: p.series, date: p.date, value: p.value, period: p.period, source: p.source ?? fallbackSource, recorded_by: recorderOf(ctx.actor) }));
  const dates = prices.map((p) => p.date).sort();
  const bySeries = { gold_usd_per_oz: 0, pen_per_usd: 0 };
  for (const p of prices) bySeries[p.series]++;
  return deps.store.transaction(async (repos) => {
    const { inserted, updated } = await repos.prices.upsertMany(prices);
    const report: PriceImportReport = {
      rows: prices.length, inserted, updated, by_series: bySeries, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null, ignored_columns: file.ignoredColumns,
    };
    await recordAudit(repos, ctx, deps.clock(), { action: 'import', entity: 'reference_prices', entityId: null, after: { file: opts.fileName, ...report } });
    return report;
  });
}

/** One day's prices typed in the web app (gold, exchange rate or both); replaces that day's figures. */
export async function addPrice(deps: ServiceDeps, ctx: CallContext, input: PriceInput): Promise<PriceOutput[]> {
  authorize(ctx.actor, 'prices.write');
  const problems: FieldProblem[] = [];
  if (input.usd_per_oz == null && input.pen_per_usd == null) problems.push({ path: 'usd_per_oz', code: 'price.one_required', message: 'give the gold price, the exchange rate or both' });
  const dateWrong = dateProblem('date', input.date, { today: todayOf(deps), earliest: EARLIEST_PRICE_DATE });
  if (dateWrong) problems.push(dateWrong);
  if (problems.length) throw validationFailed(problems);
  const common = { date: input.date, period: 'day' as const, source: input.source, recorded_by: recorderOf(ctx.actor) };
  const prices = [
    ...(input.usd_per_oz != null ? [{ ...common, series: 'gold_usd_per_oz' as const, value: input.usd_per_oz }] : []),
    ...(input.pen_per_usd != null ? [{ ...common, series: 'pen_per_usd' as const, value: input.pen_per_usd }] : []),
  ];
  return deps.store.transaction(async (repos) => {
    const before = await mapInOrder(prices, (p) => repos.prices.onOrBefore(p.series, p.date));
    await repos.prices.upsertMany(prices);
    const saved = prices.map(({ recorded_by: _, ...p }) => p);
    const replaced = before.filter((p) => p && p.date === input.date);
    await recordAudit(repos, ctx, deps.clock(), { action: 'upsert', entity: 'reference_prices', entityId: input.date, before: replaced.length ? replaced : undefined, after: saved });
    return saved;
  });
}

/** Refuses dates the contract's pattern lets through but the calendar lacks (2026-02-30). */
function assertCalendarDates(dates: Record<string, string | undefined>): void {
  const problems = Object.entries(dates).flatMap(([path, value]) => (value && !isCalendarDate(value) ? [{ path, code: 'date.not_real', message: 'is not a real calendar date' }] : []));
  if (problems.length) throw validationFailed(problems);
}

export async function listPrices(deps: ServiceDeps, _ctx: CallContext, query: PriceListQuery): Promise<PriceOutput[]> {
  assertCalendarDates({ from: query.from, to: query.to });
  return deps.store.repos.prices.list(query);
}

/** The prices a sale dated `date` would be measured against, with their dates and staleness. */
export async function pricesOn(deps: ServiceDeps, _ctx: CallContext, date: string): Promise<PriceUsed> {
  assertCalendarDates({ date });
  return priceOn(deps.store.repos, date, 'date');
}

/** One series on or before the date, or a field problem naming the flag that could supply it. */
async function seriesOn(repos: Pick<Repos, 'prices'>, series: 'gold_usd_per_oz' | 'pen_per_usd', date: string) {
  const price = await repos.prices.onOrBefore(series, date);
  if (!price) throw validationFailed([{ path: 'date', code: 'price.none_before', params: { series, date }, message: `no ${series} reference price on or before ${date}` }]);
  return { value: price.value, date: price.date as string | null, stale: isPriceStale(price, date) };
}

/** The reference for a quote: both series through priceOn, or the one not given on the command line. */
async function referenceFor(repos: Pick<Repos, 'prices'>, input: QuoteInput, date: string): Promise<QuoteReference> {
  if (input.goldUsdPerOz === undefined && input.penPerUsd === undefined) {
    const used = await priceOn(repos, date, 'date');
    return { gold: { value: used.gold_usd_per_oz, date: used.gold_price_date as string | null }, fx: { value: used.pen_per_usd, date: used.pen_per_usd_date as string | null }, stale: used.stale };
  }
  const given = (value: number) => ({ value, date: null, stale: false });
  const gold = input.goldUsdPerOz !== undefined ? given(input.goldUsdPerOz) : await seriesOn(repos, 'gold_usd_per_oz', date);
  const fx = input.penPerUsd !== undefined ? given(input.penPerUsd) : await seriesOn(repos, 'pen_per_usd', date);
  return { gold, fx, stale: gold.stale || fx.stale };
}

/** The gold price and exchange rate a quote uses, each with its date (null when given) and the stale flag. */
export interface QuoteReference {
  gold: { value: number; date: string | null };
  fx: { value: number; date: string | null };
  stale: boolean;
}

/**
 * The quote itself, from a reference already chosen: pure, so `pallay price` given both prices
 * answers without opening the database (which a running embedded server holds locked).
 */
export function quoteFrom(input: QuoteInput, reference: QuoteReference, quoteDate: string, discountThreshold: number): PriceQuote {
  const { gold, fx } = reference;
  const value = fairValue({
    oreKg: input.oreKg, gradeGPerT: input.gradeGPerT, recovery: input.recovery, goldUsdPerOz: gold.value, penPerUsd: fx.value,
    deductionsPenCents: toCents(input.deductionsPen ?? 0), paidPenCents: input.paidPen === undefined ? null : toCents(input.paidPen),
  });
  const soles = (cents: number) => cents / 100;
  return {
    fine_gold_g: value.fineGoldG, gold_usd_per_oz: gold.value, price_date: gold.date, pen_per_usd: fx.value, pen_per_usd_date: fx.date,
    price_stale: reference.stale, quote_date: quoteDate,
    reference_value_usd: soles(value.referenceValueUsdCents), reference_value_pen: soles(value.referenceValuePenCents),
    deductions_pen: soles(value.referenceValuePenCents - value.netReferencePenCents), net_reference_pen: soles(value.netReferencePenCents),
    paid_pen: value.paidPenCents === null ? null : soles(value.paidPenCents), discount: value.discount, floor_95_pen: soles(value.floor95PenCents),
    discount_threshold: discountThreshold, flagged: isUnfair(value.discount, discountThreshold),
  };
}

/** What ore is worth at the reference prices of a date (today by default), and the discount when a payment is given. */
export async function quotePrice(deps: ServiceDeps, _ctx: CallContext, input: QuoteInput): Promise<PriceQuote> {
  const date = input.date ?? todayOf(deps);
  assertCalendarDates({ date });
  const reference = await referenceFor(deps.store.repos, input, date);
  return quoteFrom(input, reference, date, productionSettings(deps).discountThreshold);
}
