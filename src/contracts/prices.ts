/**
 * Contracts of the reference prices' own endpoints and commands: the look-up a sale (or the web
 * app's live fair value) uses, the report of a file import, and the quote that `pallay price`
 * prints. Kept apart from production.ts, which holds the ledger's records (lots, sales).
 * Amounts are soles or dollars with 2 decimals; grams have 3.
 */
import { z } from 'zod';
import { IsoDate } from './registry.ts';
import { PRICE_SERIES, PriceQuery } from './production.ts';

/** `GET /api/prices?series=&from=&to=&limit=`: newest first. */
export const PriceListQuery = PriceQuery.extend({ limit: z.coerce.number().int().min(1).max(2000).default(60) });
export type PriceListQuery = z.infer<typeof PriceListQuery>;

/** `GET /api/prices/on?date=YYYY-MM-DD`: what a sale on that date would be measured against. */
export const PriceOnQuery = z.strictObject({ date: IsoDate });

export const PriceImportReport = z.object({
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  by_series: z.record(z.enum(PRICE_SERIES), z.number().int()),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Columns of the file that were not read. */
  ignored_columns: z.array(z.string()),
});
export type PriceImportReport = z.infer<typeof PriceImportReport>;

/** What `pallay price` computes from: ore, grade and recovery, and prices given or taken from the series. */
export interface QuoteInput {
  oreKg: number;
  gradeGPerT: number;
  recovery: number;
  goldUsdPerOz?: number;
  penPerUsd?: number;
  /** The date whose prices to use (the latest on or before it); today in Peru when absent. */
  date?: string;
  deductionsPen?: number;
  paidPen?: number;
}

/**
 * The stable output of `pallay price --format json`.
 * @example { "fine_gold_g": 9, "gold_usd_per_oz": 4228, "price_date": "2026-06-01", "pen_per_usd": 3.4046, "reference_value_pen": 4165.19, "floor_95_pen": 3956.93, "discount": 0.3532, ... }
 */
export const PriceQuote = z.object({
  fine_gold_g: z.number(),
  gold_usd_per_oz: z.number(),
  /** Date of the gold price taken from the series; null when given with --gold-usd-oz. */
  price_date: z.string().nullable(),
  pen_per_usd: z.number(),
  pen_per_usd_date: z.string().nullable(),
  /** A price from the series is more than 7 days older than the quote's date (a monthly average counts for its month). */
  price_stale: z.boolean(),
  quote_date: z.string(),
  reference_value_usd: z.number(),
  reference_value_pen: z.number(),
  deductions_pen: z.number(),
  net_reference_pen: z.number(),
  paid_pen: z.number().nullable(),
  discount: z.number().nullable(),
  floor_95_pen: z.number(),
  discount_threshold: z.number(),
  flagged: z.boolean(),
});
export type PriceQuote = z.infer<typeof PriceQuote>;
