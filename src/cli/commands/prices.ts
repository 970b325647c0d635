/**
 * `pallay price ...`: what ore is worth at the reference gold price and exchange rate, and how far
 * below it a buyer paid (the stable contract in docs/fair-value.md, used by scripts and tests).
 * `pallay prices import FILE.csv` loads a price file all-or-nothing; `pallay prices list` shows the
 * latest figures. Flags are checked here, before the database is opened: a missing or
 * non-positive number exits with code 2 and names its flag. Given both prices, `price` needs no
 * database at all (a running embedded server keeps its data folder locked).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PriceQuote, QuoteInput } from '../../contracts/prices.ts';
import { loadConfig } from '../../config.ts';
import { isAppError, OperatorError } from '../../domain/errors.ts';
import { peruDate } from '../../domain/shared/peru-date.ts';
import { importPrices, listPrices, quoteFrom, quotePrice } from '../../services/production/prices.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';
import { formatQuote } from './price-summary.ts';

export const PRICE_USAGE = 'pallay price --ore-kg N --grade N --recovery N [--gold-usd-oz N | --date YYYY-MM-DD] [--pen-per-usd N] [--deductions-pen N] [--paid-pen N] [--format json]';
export const PRICES_USAGE = 'pallay prices import FILE.csv [--source TEXT] [--format json] | prices list [--series gold_usd_per_oz|pen_per_usd] [--limit N] [--format json]';
const MAX_FILE_BYTES = 20 * 1024 * 1024;

const NUMBER_FLAGS = ['ore-kg', 'grade', 'recovery', 'gold-usd-oz', 'pen-per-usd', 'deductions-pen', 'paid-pen'] as const;
type NumberFlag = (typeof NUMBER_FLAGS)[number];

/** `--ore-kg -5` would read as a missing value followed by an unknown flag; join it so the message can say "above 0". */
function joinNegativeValues(args: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const next = args[i + 1];
    if (NUMBER_FLAGS.some((f) => arg === `--${f}`) && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

/** Reads the numeric flags, collecting every problem; each message names its flag. */
export function readQuoteFlags(values: Partial<Record<NumberFlag | 'date', string>>, today: string): { input: QuoteInput; problems: string[] } {
  const problems: string[] = [];
  const read = (flag: NumberFlag, rule: { required?: boolean; zeroAllowed?: boolean; max?: number; maxText?: string }) => {
    const text = values[flag];
    const kind = rule.zeroAllowed ? 'a number, 0 or more' : 'a number above 0';
    if (text === undefined) {
      if (rule.required) problems.push(`--${flag} must be ${kind}; it is missing`);
      return undefined;
    }
    const value = text.trim() === '' ? NaN : Number(text);
    if (!Number.isFinite(value) || value < 0 || (value === 0 && !rule.zeroAllowed)) problems.push(`--${flag} must be ${kind}; got "${text}"`);
    else if (rule.max !== undefined && value > rule.max) problems.push(`--${flag} must be at most ${rule.maxText ?? rule.max}; got "${text}"`);
    else return value;
    return undefined;
  };
  const input = {
    oreKg: read('ore-kg', { required: true }), gradeGPerT: read('grade', { required: true }), recovery: read('recovery', { required: true, max: 1, maxText: '1 (100%)' }),
    goldUsdPerOz: read('gold-usd-oz', {}), penPerUsd: read('pen-per-usd', {}), deductionsPen: read('deductions-pen', { zeroAllowed: true }), paidPen: read('paid-pen', {}),
    date: values.date,
  };
  if (values.date !== undefined) {
    const isReal = /^\d{4}-\d{2}-\d{2}$/.test(values.date) && new Date(`${values.date}T00:00:00Z`).toISOString().slice(0, 10) === values.date;
    if (!isReal) problems.push(`--date must be a date as YYYY-MM-DD; got "${values.date}"`);
    else if (values.date > today) problems.push(`--date must not be in the future (today is ${today})`);
  }
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return { input: defined as unknown as QuoteInput, problems };
}


const FLAG_OF_SERIES: Record<string, string> = { gold_usd_per_oz: '--gold-usd-oz', pen_per_usd: '--pen-per-usd' };

/** A missing reference price is answered with the flag that can supply it. */
function withFlagHint(err: unknown): unknown {
  const missing = isAppError(err) ? err.details.find((d) => d.code === 'price.none_before') : undefined;
  if (!missing) return err;
  const { series = '', date = '' } = missing.params ?? {};
  return new OperatorError(`no ${series} reference price on or before ${date}: give ${FLAG_OF_SERIES[series] ?? 'the price'} N, or import prices (pallay prices import)`);
}

export async function priceCommand(args: string[]): Promise<number> {
  const options = Object.fromEntries([...NUMBER_FLAGS, 'date', 'format'].map((f) => [f, { type: 'string' as const }]));
  const { values, positionals } = parseFlags(joinNegativeValues(args), options);
  if (positionals.length) throw new UsageError(`unexpected "${positionals[0]}"; expected: ${PRICE_USAGE}`);
  const { input, problems } = readQuoteFlags(values as Record<string, string>, peruDate(new Date()));
  if (problems.length) throw new UsageError(problems.join('\npallay: '));
  const quote: PriceQuote = input.goldUsdPerOz !== undefined && input.penPerUsd !== undefined
    ? quoteFrom(input, { gold: { value: input.goldUsdPerOz, date: null }, fx: { value: input.penPerUsd, date: null }, stale: false },
      input.date ?? peruDate(new Date()), loadConfig().production.discountThreshold)
    : await withContext('pallay price', (ctx) => quotePrice(ctx.services, CLI_CONTEXT, input)).catch((err: unknown) => {
      throw withFlagHint(err);
    });
  if (values.format === 'json') printJson(quote);
  else process.stdout.write(formatQuote(quote, input));
  return 0;
}

async function importCommand(file: string | undefined, rest: string[]): Promise<number> {
  if (!file) throw new UsageError(`expected: ${PRICES_USAGE}`);
  const { values } = parseFlags(rest, { source: { type: 'string' }, format: { type: 'string' } });
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new UsageError(`${source}: no such file`);
  if (fs.statSync(source).size > MAX_FILE_BYTES) throw new UsageError(`${source} is larger than 20 MB; split it`);
  const report = await withContext('pallay prices import', (ctx) =>
    importPrices(ctx.services, CLI_CONTEXT, { bytes: new Uint8Array(fs.readFileSync(source)), fileName: path.basename(source), source: values.source }),
  );
  if (values.format === 'json') return printJson(report), 0;
  for (const column of report.ignored_columns) process.stderr.write(`Column "${column}" is not read.\n`);
  process.stdout.write(`Imported ${report.rows} prices from ${report.from} to ${report.to} ` +
    `(gold ${report.by_series.gold_usd_per_oz}, exchange rate ${report.by_series.pen_per_usd}): ${report.inserted} new, ${report.updated} replaced.\n`);
  return 0;
}

async function listCommand(rest: string[]): Promise<number> {
  const { values } = parseFlags(rest, { series: { type: 'string' }, limit: { type: 'string' }, format: { type: 'string' } });
  if (values.series && values.series !== 'gold_usd_per_oz' && values.series !== 'pen_per_usd') throw new UsageError('--series must be gold_usd_per_oz or pen_per_usd');
  const limit = values.limit === undefined ? 24 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 2000) throw new UsageError('--limit must be a whole number from 1 to 2000');
  const items = await withContext('pallay prices list', (ctx) =>
    listPrices(ctx.services, CLI_CONTEXT, { series: values.series as 'gold_usd_per_oz' | undefined, limit }),
  );
  if (values.format === 'json') printJson(items);
  else printTable(items.map((p) => ({ ...p })));
  return 0;
}

export async function pricesCommand(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === 'import') return importCommand(rest[0], rest.slice(1));
  if (what === 'list') return listCommand(rest);
  throw new UsageError(`expected: ${PRICES_USAGE}`);
}
