/**
 * Production and sales ledger contracts: ore lots, sales with their fair-value check, and the
 * reference prices (gold in USD per troy ounce, soles per dollar) a sale is measured against.
 * Amounts cross the API in soles with up to 2 decimals; the database keeps céntimos.
 */
import { z } from 'zod';
import { SafeText, Uuid } from './common.ts';
import { IsoDate, OptionalText } from './registry.ts';

/** A grade above this needs `confirm_high_grade`; above GRADE_HARD_LIMIT it is refused. */
export const GRADE_CONFIRM_ABOVE = 1000;
/** 20 kg of gold per tonne: richer than any ore a selector handles, so surely a typing error. */
export const GRADE_HARD_LIMIT = 20_000;

const Soles = z.number().nonnegative().max(100_000_000).multipleOf(0.01, 'must have at most 2 decimals (céntimos)');
const Kg = z.number().positive().max(1_000_000);

export const LOT_STATUSES = ['selecting', 'stored', 'sold_in_part', 'sold'] as const;
/** What a user sets; `sold_in_part` and `sold` follow from the sales. */
export const LOT_SETTABLE_STATUSES = ['selecting', 'stored'] as const;

/**
 * An ore lot as entered on a phone: the id is made by the client so a retried offline create
 * changes nothing. Give the measured `weight_kg`, or `bags` to estimate it.
 * @example { "owner_person_id": "0190…", "site_id": "0190…", "season_from": "2026-09-01", "season_to": "2026-10-15", "bags": 30, "grade_g_per_t": 8.5 }
 */
export const LotInput = z.strictObject({
  id: Uuid.optional(),
  owner_person_id: Uuid.nullable().optional(),
  owner_organisation_id: Uuid.nullable().optional(),
  site_id: Uuid.nullable().optional(),
  season_from: IsoDate,
  season_to: IsoDate.nullable().optional(),
  bags: z.number().int().min(0).max(100_000).nullable().optional(),
  weight_kg: Kg.nullable().optional(),
  kg_per_bag: z.number().positive().max(1000).nullable().optional(),
  grade_g_per_t: z.number().nonnegative().nullable().optional(),
  confirm_high_grade: z.boolean().optional(),
  status: z.enum(LOT_SETTABLE_STATUSES).default('selecting'),
});
export type LotInput = z.infer<typeof LotInput>;

export const LotUpdate = LotInput.omit({ id: true, owner_person_id: true, owner_organisation_id: true, status: true })
  .partial()
  .extend({ status: z.enum(LOT_SETTABLE_STATUSES).optional(), version: z.number().int().min(1) });
export type LotUpdate = z.infer<typeof LotUpdate>;

export const LotOutput = z.object({
  id: Uuid,
  version: z.number().int(),
  owner_person_id: Uuid.nullable(),
  owner_organisation_id: Uuid.nullable(),
  site_id: Uuid.nullable(),
  season_from: z.string(),
  season_to: z.string().nullable(),
  bags: z.number().int().nullable(),
  weight_kg: z.number(),
  weight_estimated: z.boolean(),
  kg_per_bag: z.number().nullable(),
  grade_g_per_t: z.number().nullable(),
  status: z.enum(LOT_STATUSES),
  sold_kg: z.number(),
  created_at: z.string(),
});
export type LotOutput = z.infer<typeof LotOutput>;

export const SALE_KINDS = ['ore_to_plant', 'amalgam_to_trader', 'other'] as const;

/**
 * A sale of ore from one or more lots (or part of a lot). Give the assay grade with a recovery
 * rate, or the fine gold grams. `paid_pen` is what the buyer paid, after its deductions.
 * @example { "sold_on": "2026-10-20", "buyer_organisation_id": "0190…", "kind": "ore_to_plant", "lots": [{ "lot_id": "0190…", "weight_kg": 1000 }], "grade_g_per_t": 10, "recovery": 0.9, "processing_fee_pen_per_t": 300, "paid_pen": 2500, "receipt_number": "001-4521" }
 */
export const SaleInput = z.strictObject({
  id: Uuid.optional(),
  sold_on: IsoDate,
  buyer_organisation_id: Uuid,
  kind: z.enum(SALE_KINDS),
  lots: z.array(z.strictObject({ lot_id: Uuid, weight_kg: Kg })).min(1).max(50),
  grade_g_per_t: z.number().nonnegative().nullable().optional(),
  recovery: z.number().gt(0, 'must be above 0').max(1, 'must be at most 1 (100%)').nullable().optional(),
  fine_gold_g: z.number().positive().max(1_000_000).nullable().optional(),
  confirm_high_grade: z.boolean().optional(),
  processing_fee_pen_per_t: Soles.nullable().optional(),
  transport_pen: Soles.nullable().optional(),
  other_deductions_pen: Soles.nullable().optional(),
  paid_pen: Soles.refine((v) => v > 0, 'must be more than 0'),
  receipt_number: OptionalText(40),
});
export type SaleInput = z.infer<typeof SaleInput>;

/** The reference a sale was measured against, and whether it was stale for the sale's date. */
export const PriceUsed = z.object({
  gold_usd_per_oz: z.number(),
  gold_price_date: z.string(),
  pen_per_usd: z.number(),
  pen_per_usd_date: z.string(),
  /** More than 7 days older than the sale (a monthly average counts for its own month). */
  stale: z.boolean(),
});
export type PriceUsed = z.infer<typeof PriceUsed>;

export const FairValueOutput = z.object({
  fine_gold_g: z.number(),
  reference_value_usd: z.number(),
  reference_value_pen: z.number(),
  deductions_pen: z.number(),
  net_reference_pen: z.number(),
  floor_95_pen: z.number(),
  paid_pen: z.number().nullable(),
  discount: z.number().nullable(),
  /** The discount exceeds the configured threshold (default 20%). */
  flagged: z.boolean(),
});
export type FairValueOutput = z.infer<typeof FairValueOutput>;

export const SaleOutput = z.object({
  id: Uuid,
  sold_on: z.string(),
  seller_person_id: Uuid.nullable(),
  seller_organisation_id: Uuid.nullable(),
  buyer: z.object({ id: Uuid, name: z.string(), kind: z.string(), recpo_registered: z.boolean(), mercury_free: z.boolean().nullable() }),
  kind: z.enum(SALE_KINDS),
  lots: z.array(z.object({ lot_id: Uuid, weight_kg: z.number() })),
  weight_kg: z.number(),
  grade_g_per_t: z.number().nullable(),
  recovery: z.number().nullable(),
  processing_fee_pen_per_t: z.number().nullable(),
  transport_pen: z.number().nullable(),
  other_deductions_pen: z.number().nullable(),
  receipt_number: z.string().nullable(),
  price: PriceUsed,
  fair_value: FairValueOutput,
  created_at: z.string(),
});
export type SaleOutput = z.infer<typeof SaleOutput>;

export const PRICE_SERIES = ['gold_usd_per_oz', 'pen_per_usd'] as const;
export type PriceSeries = (typeof PRICE_SERIES)[number];

/** One day's reference prices as typed in the web app; either or both series. */
export const PriceInput = z.strictObject({
  date: IsoDate,
  usd_per_oz: z.number().positive().max(1_000_000).nullable().optional(),
  pen_per_usd: z.number().positive().max(1000).nullable().optional(),
  source: SafeText(200),
});
export type PriceInput = z.infer<typeof PriceInput>;

export const PriceOutput = z.object({
  series: z.enum(PRICE_SERIES),
  date: z.string(),
  value: z.number(),
  /** `month`: a monthly average dated on the 1st; `day`: that day's price. */
  period: z.enum(['day', 'month']),
  source: z.string(),
});
export type PriceOutput = z.infer<typeof PriceOutput>;

export const LotEnvelope = z.object({ lot: LotOutput });
export const LotList = z.object({ items: z.array(LotOutput) });
/** How many open lots a phone keeps at most (docs/offline.md, "Working set"). */
export const OPEN_LOTS_LIMIT = 2000;
/** @example GET /api/lots/open?limit=500 */
export const OpenLotsQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(OPEN_LOTS_LIMIT).default(OPEN_LOTS_LIMIT) });
/** Open lots of the women the caller may see, newest first; `is_truncated` when more exist than `limit`. */
export const OpenLotList = z.object({ items: z.array(LotOutput), is_truncated: z.boolean() });
export const SaleEnvelope = z.object({ sale: SaleOutput });
export const SaleList = z.object({ items: z.array(SaleOutput) });
export const LedgerQuery = z.strictObject({ person_id: Uuid.optional(), organisation_id: Uuid.optional() });
export const PriceList = z.object({ items: z.array(PriceOutput) });
export const PriceQuery = z.strictObject({ series: z.enum(PRICE_SERIES).optional(), from: IsoDate.optional(), to: IsoDate.optional() });
