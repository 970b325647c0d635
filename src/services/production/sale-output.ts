/**
 * A stored sale (céntimos, the fair value measured when it was recorded) as the API shows it:
 * soles with 2 decimals, the buyer with its kind, RECPO registration and mercury-free flag, and
 * `flagged` computed on reading from the installation's threshold, so changing the threshold
 * re-flags old sales without rewriting them.
 */
import type { SaleOutput } from '../../contracts/production.ts';
import type { OrganisationOutput } from '../../contracts/registry.ts';
import { isUnfair } from '../../domain/production/fair-value.ts';
import type { Repos } from '../ports.ts';
import type { SaleRecord } from './ports.ts';

const soles = (cents: number): number => Math.round(cents) / 100;
const solesOrNull = (cents: number | null): number | null => (cents === null ? null : soles(cents));

export type Buyer = SaleOutput['buyer'];

export function buyerOf(org: Pick<OrganisationOutput, 'id' | 'name' | 'kind' | 'recpo_code' | 'mercury_free'>): Buyer {
  return { id: org.id, name: org.name, kind: org.kind, recpo_registered: Boolean(org.recpo_code), mercury_free: org.mercury_free };
}

export function toSaleOutput(sale: SaleRecord, buyer: Buyer, threshold: number): SaleOutput {
  return {
    id: sale.id,
    sold_on: sale.sold_on,
    seller_person_id: sale.seller_person_id,
    seller_organisation_id: sale.seller_organisation_id,
    buyer,
    kind: sale.kind,
    lots: sale.lots,
    weight_kg: sale.weight_kg,
    grade_g_per_t: sale.grade_g_per_t,
    recovery: sale.recovery,
    processing_fee_pen_per_t: solesOrNull(sale.processing_fee_cents_per_t),
    transport_pen: solesOrNull(sale.transport_cents),
    other_deductions_pen: solesOrNull(sale.other_deductions_cents),
    receipt_number: sale.receipt_number,
    price: {
      gold_usd_per_oz: sale.gold_usd_per_oz, gold_price_date: sale.gold_price_date,
      pen_per_usd: sale.pen_per_usd, pen_per_usd_date: sale.pen_per_usd_date, stale: sale.price_stale,
    },
    fair_value: {
      fine_gold_g: sale.fine_gold_g,
      reference_value_usd: soles(sale.reference_usd_cents),
      reference_value_pen: soles(sale.reference_pen_cents),
      deductions_pen: soles(sale.deductions_cents),
      net_reference_pen: soles(sale.net_reference_pen_cents),
      floor_95_pen: soles(sale.floor95_pen_cents),
      paid_pen: soles(sale.paid_cents),
      discount: sale.discount,
      flagged: isUnfair(sale.discount, threshold),
    },
    created_at: sale.created_at,
  };
}

/** Maps many sales, reading each buyer once. */
export async function toSaleOutputs(repos: Repos, sales: readonly SaleRecord[], threshold: number): Promise<SaleOutput[]> {
  const buyers = new Map<string, Buyer>();
  for (const id of new Set(sales.map((s) => s.buyer_organisation_id))) {
    const org = await repos.orgs.findById(id);
    buyers.set(id, org ? buyerOf(org) : { id, name: '', kind: 'other', recpo_registered: false, mercury_free: null });
  }
  return sales.map((s) => toSaleOutput(s, buyers.get(s.buyer_organisation_id)!, threshold));
}
