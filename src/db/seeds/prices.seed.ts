/**
 * Loads the shipped reference price series (data/prices: gold in USD per troy ounce, soles per
 * US dollar) into `reference_prices`, so a fresh installation can value a sale without any
 * download. Every row is a monthly average, stored on the 1st of its month with period 'month'.
 *
 * What must hold:
 * - A price already in the table is never overwritten: an admin may have entered or imported a
 *   better figure for the same date. Only missing shipped rows are inserted (ON CONFLICT DO NOTHING).
 * - Cheap when already loaded (it runs on every start): one count per series decides; the
 *   insert, when needed, is one set-based statement that works the same on PGlite and PostgreSQL.
 * - No audit rows: this is reference data shipped with the code, like the UBIGEO places.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PriceSeries } from '../../contracts/production.ts';
import { parseCsv } from '../../domain/shared/csv.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

const PRICES_DIR = fileURLToPath(new URL('../../../data/prices/', import.meta.url));

export const SHIPPED_SOURCES = {
  gold: 'World Bank Pink Sheet monthly average (via datasets/gold-prices)',
  goldAnnual: 'Annual average repeated for each month, before 1960 (Timothy Green, via datasets/gold-prices)',
  penPerUsd: 'BCRP PN01210PM monthly average (bancario, promedio del periodo)',
} as const;

export interface ShippedPrice {
  series: PriceSeries;
  on_date: string;
  value: number;
  period: 'month';
  source: string;
}

function readRows(file: string): Record<string, string>[] {
  return parseCsv(fs.readFileSync(PRICES_DIR + file, 'utf8')).rows.map((r) => r.values);
}

export function readShippedPrices(): ShippedPrice[] {
  const gold = readRows('gold-usd-per-oz-monthly.csv').map((v): ShippedPrice => ({
    series: 'gold_usd_per_oz', on_date: `${v.month}-01`, value: Number(v.usd_per_troy_oz), period: 'month',
    source: v.is_annual_average === '1' ? SHIPPED_SOURCES.goldAnnual : SHIPPED_SOURCES.gold,
  }));
  const fx = readRows('pen-per-usd-monthly.csv').map((v): ShippedPrice => ({
    series: 'pen_per_usd', on_date: `${v.month}-01`, value: Number(v.pen_per_usd), period: 'month', source: SHIPPED_SOURCES.penPerUsd,
  }));
  return [...gold, ...fx];
}

/** Months from the first to the last date inclusive (both on the 1st). */
function monthsBetween(first: string, last: string): number {
  const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return month(last) - month(first) + 1;
}

/**
 * True when every month from the series' first to its last shipped month already has a price
 * average on its 1st. The primary key (series, on_date, period) makes the count exact: it can only
 * reach the number of months when none is missing, whoever entered them.
 */
async function isSeriesComplete(db: Db, rows: readonly ShippedPrice[]): Promise<boolean> {
  const dates = rows.map((r) => r.on_date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return true;
  const [found] = await queryRows<{ n: number }>(db, sql`
    SELECT count(*)::int AS n FROM reference_prices
    WHERE series = ${rows[0]!.series} AND on_date BETWEEN ${first} AND ${last} AND extract(day FROM on_date) = 1 AND period = 'month'`);
  return found?.n === monthsBetween(first, last);
}

/** Inserts the shipped prices that are missing; returns how many rows it inserted. */
export async function seedPrices(db: Db): Promise<number> {
  const shipped = readShippedPrices();
  const missing: ShippedPrice[] = [];
  for (const series of ['gold_usd_per_oz', 'pen_per_usd'] as const) {
    const rows = shipped.filter((r) => r.series === series);
    if (!(await isSeriesComplete(db, rows))) missing.push(...rows);
  }
  if (missing.length === 0) return 0;
  const inserted = await queryRows<{ series: string }>(db, sql`
    INSERT INTO reference_prices (series, on_date, value, period, source)
    SELECT series, on_date, value, period, source
    FROM json_populate_recordset(NULL::reference_prices, ${JSON.stringify(missing)}::json)
    ON CONFLICT (series, on_date, period) DO NOTHING
    RETURNING series`);
  return inserted.length;
}
