/**
 * Repository interfaces of the production ledger: reference prices, ore lots, sales and income
 * statements. Lots and prices cross in their contract shape; sales cross as stored rows in
 * céntimos (SaleRecord) because the service, not the database, words them for the API.
 */
import type { LotOutput, PriceOutput, PriceSeries, SaleOutput } from '../../contracts/production.ts';
import type { PeopleScope } from '../registry/ports.ts';

export interface PricesRepo {
  /** The latest price of the series on or before the date (undefined when the series starts later). */
  onOrBefore(series: PriceSeries, date: string): Promise<PriceOutput | undefined>;
  /** Inserts or replaces prices by (series, date); returns how many were new. */
  upsertMany(prices: readonly (PriceOutput & { recorded_by: string | null })[]): Promise<{ inserted: number; updated: number }>;
  list(opts: { series?: PriceSeries; from?: string; to?: string; limit: number }): Promise<PriceOutput[]>;
}

export type NewLot = Omit<LotOutput, 'version' | 'sold_kg' | 'created_at'> & { created_by: string | null };

export interface LotsRepo {
  findById(id: string): Promise<LotOutput | undefined>;
  /** Locks the lots (FOR UPDATE) so two sales cannot both take the last kilograms. */
  findForUpdate(ids: readonly string[]): Promise<LotOutput[]>;
  insert(lot: NewLot): Promise<LotOutput>;
  /** Applies the change when the stored version equals `version`; undefined on a stale version. */
  update(id: string, version: number, change: Partial<NewLot>): Promise<LotOutput | undefined>;
  /** Adds sold kilograms and sets the status that follows (sold in part, sold). */
  addSold(id: string, kg: number): Promise<void>;
  list(owner: LedgerOwner): Promise<LotOutput[]>;
  /** Lots not sold out of the active women in `scope`, newest first, at most `limit`. */
  listOpenInScope(scope: PeopleScope, limit: number): Promise<LotOutput[]>;
  reassignOwner(fromPersonId: string, toPersonId: string): Promise<void>;
}

/** Whose ledger: one woman's, or an association's own lots and sales. */
export type LedgerOwner = { personId: string } | { organisationId: string };

/** A sale as stored: money in céntimos, the fair value measured when it was recorded. */
export interface SaleRecord {
  id: string;
  sold_on: string;
  seller_person_id: string | null;
  seller_organisation_id: string | null;
  buyer_organisation_id: string;
  kind: SaleOutput['kind'];
  lots: { lot_id: string; weight_kg: number }[];
  weight_kg: number;
  grade_g_per_t: number | null;
  recovery: number | null;
  fine_gold_g: number;
  fine_gold_given: boolean;
  processing_fee_cents_per_t: number | null;
  transport_cents: number | null;
  other_deductions_cents: number | null;
  deductions_cents: number;
  paid_cents: number;
  receipt_number: string | null;
  gold_usd_per_oz: number;
  gold_price_date: string;
  pen_per_usd: number;
  pen_per_usd_date: string;
  price_stale: boolean;
  reference_usd_cents: number;
  reference_pen_cents: number;
  net_reference_pen_cents: number;
  floor95_pen_cents: number;
  discount: number | null;
  created_by: string | null;
  created_at: string;
}

export interface SalesRepo {
  findById(id: string): Promise<SaleRecord | undefined>;
  insert(sale: Omit<SaleRecord, 'created_at'>): Promise<SaleRecord>;
  /** Sales of one seller, newest first; with a period, only sales dated inside it. */
  list(owner: LedgerOwner, period?: { from: string; to: string }): Promise<SaleRecord[]>;
  reassignSeller(fromPersonId: string, toPersonId: string): Promise<void>;
}

export interface ProductionRepos {
  prices: PricesRepo;
  lots: LotsRepo;
  sales: SalesRepo;
}
