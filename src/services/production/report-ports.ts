/** Repository interface of the production reports: aggregates computed in the database. */
import type { ReportDimension } from '../../contracts/production-reports.ts';

export interface ReportFilter {
  from?: string;
  to?: string;
  /** Only lots and sales of people who belong to these organisations, or of these organisations; null: everyone. */
  organisationIds: readonly string[] | null;
  discountThreshold: number;
}

/** One group's sums; money in céntimos. */
export interface ReportAggregate {
  key: string;
  label: string;
  people: number;
  lots: number;
  lots_kg: number;
  sales: number;
  sold_kg: number;
  fine_gold_g: number;
  paid_cents: number;
  net_reference_cents: number;
  sales_above_threshold: number;
}

export interface BuyerAggregate {
  buyer_id: string;
  name: string;
  kind: string;
  recpo_registered: boolean;
  mercury_free: boolean | null;
  sales: number;
  paid_cents: number;
  net_reference_cents: number;
  sales_above_threshold: number;
}

export interface ProductionReportsRepo {
  /** One aggregate per group, and the total over the whole report (each lot and sale once). */
  byDimension(by: ReportDimension, filter: ReportFilter): Promise<{ groups: ReportAggregate[]; total: Omit<ReportAggregate, 'key' | 'label'> }>;
  byBuyer(filter: ReportFilter): Promise<BuyerAggregate[]>;
  /** Sales above the threshold, newest first, at most `limit`. */
  flaggedSaleIds(filter: ReportFilter, limit: number): Promise<string[]>;
}

export interface ReportRepos {
  productionReports: ProductionReportsRepo;
}
