/**
 * Production and income reports: ore selected and sold, income and the discount against the
 * reference, by region, profile, season or month; and the discount by buyer. Cells that count
 * fewer than five people (or buyers with fewer than five sales) are never shown on their own.
 */
import { z } from 'zod';
import { Uuid } from './common.ts';
import { IsoDate } from './registry.ts';
import { SaleOutput } from './production.ts';

export const REPORT_DIMENSIONS = ['region', 'profile', 'season', 'month'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];
/** The smallest count of people (or a buyer's sales) a report shows on its own. */
export const MIN_REPORT_CELL = 5;

export const ReportQuery = z.strictObject({
  by: z.enum(REPORT_DIMENSIONS).default('region'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Limit to one organisation's subtree (a network or an association). */
  organisation_id: Uuid.optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

const Measures = {
  people: z.number().int().nullable(),
  lots: z.number().int().nullable(),
  lots_kg: z.number().nullable(),
  sales: z.number().int().nullable(),
  sold_kg: z.number().nullable(),
  fine_gold_g: z.number().nullable(),
  paid_pen: z.number().nullable(),
  net_reference_pen: z.number().nullable(),
  /** 1 − paid ÷ net reference over all the cell's sales (null when suppressed or nothing sold). */
  discount: z.number().nullable(),
  sales_above_threshold: z.number().int().nullable(),
};

export const ProductionReportRow = z.object({ key: z.string(), label: z.string(), suppressed: z.boolean(), ...Measures });
export type ProductionReportRow = z.infer<typeof ProductionReportRow>;

export const ProductionReport = z.object({
  by: z.enum(REPORT_DIMENSIONS),
  from: z.string().nullable(),
  to: z.string().nullable(),
  min_cell: z.number().int(),
  discount_threshold: z.number(),
  rows: z.array(ProductionReportRow),
  total: z.object(Measures),
});
export type ProductionReport = z.infer<typeof ProductionReport>;

export const BuyerReportRow = z.object({
  buyer_id: Uuid.nullable(),
  name: z.string(),
  kind: z.string().nullable(),
  recpo_registered: z.boolean().nullable(),
  mercury_free: z.boolean().nullable(),
  /** True for the row that pools buyers with fewer than five sales each. */
  pooled: z.boolean(),
  suppressed: z.boolean(),
  sales: z.number().int().nullable(),
  paid_pen: z.number().nullable(),
  net_reference_pen: z.number().nullable(),
  discount: z.number().nullable(),
  sales_above_threshold: z.number().int().nullable(),
});
export type BuyerReportRow = z.infer<typeof BuyerReportRow>;

export const BuyerReport = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  min_sales: z.number().int(),
  discount_threshold: z.number(),
  rows: z.array(BuyerReportRow),
});
export type BuyerReport = z.infer<typeof BuyerReport>;

export const BuyerReportQuery = ReportQuery.omit({ by: true });

/** A sale paid further below the reference than the threshold, with who sold it (staff only). */
export const FlaggedSale = z.object({ seller_name: z.string(), sale: SaleOutput });
export type FlaggedSale = z.infer<typeof FlaggedSale>;
export const FlaggedSaleList = z.object({ items: z.array(FlaggedSale) });
export const FlaggedSalesQuery = z.strictObject({ organisation_id: Uuid.optional(), from: IsoDate.optional(), to: IsoDate.optional() });
