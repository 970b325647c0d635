/**
 * Sales of the production ledger with the fair value they were measured at (céntimos, prices
 * and their dates), so a statement issued later shows what was shown then. A sale and its
 * portions of lots (sale_lots) are written by one call, inside the caller's transaction.
 */
import { and, asc, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { SaleRecord, SalesRepo } from '../../services/production/ports.ts';
import type { Db } from '../client.ts';
import { saleLots, sales } from '../schema/index.ts';

type SaleRow = typeof sales.$inferSelect;
type Portion = SaleRecord['lots'][number];

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

const toRecord = (r: SaleRow, lots: Portion[]): SaleRecord => ({
  id: r.id, sold_on: r.soldOn, seller_person_id: r.sellerPersonId, seller_organisation_id: r.sellerOrganisationId,
  buyer_organisation_id: r.buyerOrganisationId, kind: r.kind as SaleRecord['kind'], lots, weight_kg: Number(r.weightKg),
  grade_g_per_t: num(r.gradeGPerT), recovery: num(r.recovery), fine_gold_g: Number(r.fineGoldG), fine_gold_given: r.fineGoldGiven,
  processing_fee_cents_per_t: num(r.processingFeeCentsPerT), transport_cents: num(r.transportCents), other_deductions_cents: num(r.otherDeductionsCents),
  deductions_cents: Number(r.deductionsCents), paid_cents: Number(r.paidCents), receipt_number: r.receiptNumber,
  gold_usd_per_oz: Number(r.goldUsdPerOz), gold_price_date: r.goldPriceDate, pen_per_usd: Number(r.penPerUsd), pen_per_usd_date: r.penPerUsdDate,
  price_stale: r.priceStale, reference_usd_cents: Number(r.referenceUsdCents), reference_pen_cents: Number(r.referencePenCents),
  net_reference_pen_cents: Number(r.netReferencePenCents), floor95_pen_cents: Number(r.floor95PenCents), discount: num(r.discount),
  created_by: r.createdBy, created_at: r.createdAt.toISOString(),
});

const toColumns = (s: Omit<SaleRecord, 'created_at'>): typeof sales.$inferInsert => ({
  id: s.id, soldOn: s.sold_on, sellerPersonId: s.seller_person_id, sellerOrganisationId: s.seller_organisation_id,
  buyerOrganisationId: s.buyer_organisation_id, kind: s.kind, weightKg: s.weight_kg, gradeGPerT: s.grade_g_per_t, recovery: s.recovery,
  fineGoldG: s.fine_gold_g, fineGoldGiven: s.fine_gold_given, processingFeeCentsPerT: s.processing_fee_cents_per_t,
  transportCents: s.transport_cents, otherDeductionsCents: s.other_deductions_cents, deductionsCents: s.deductions_cents,
  paidCents: s.paid_cents, receiptNumber: s.receipt_number, goldUsdPerOz: s.gold_usd_per_oz, goldPriceDate: s.gold_price_date,
  penPerUsd: s.pen_per_usd, penPerUsdDate: s.pen_per_usd_date, priceStale: s.price_stale, referenceUsdCents: s.reference_usd_cents,
  referencePenCents: s.reference_pen_cents, netReferencePenCents: s.net_reference_pen_cents, floor95PenCents: s.floor95_pen_cents,
  discount: s.discount, createdBy: s.created_by,
});

export function salesRepo(db: Db): SalesRepo {
  /** The lot portions of these sales, in one query. */
  async function portionsOf(saleIds: readonly string[]): Promise<Map<string, Portion[]>> {
    const bySale = new Map<string, Portion[]>();
    if (saleIds.length === 0) return bySale;
    const rows = await db.select().from(saleLots).where(inArray(saleLots.saleId, [...saleIds])).orderBy(asc(saleLots.lotId));
    for (const r of rows) {
      const list = bySale.get(r.saleId) ?? [];
      list.push({ lot_id: r.lotId, weight_kg: Number(r.weightKg) });
      bySale.set(r.saleId, list);
    }
    return bySale;
  }

  return {
    async findById(id) {
      const [row] = await db.select().from(sales).where(eq(sales.id, id));
      if (!row) return undefined;
      return toRecord(row, (await portionsOf([id])).get(id) ?? []);
    },
    async insert(sale) {
      const [row] = await db.insert(sales).values(toColumns(sale)).returning();
      await db.insert(saleLots).values(sale.lots.map((l) => ({ saleId: sale.id, lotId: l.lot_id, weightKg: l.weight_kg })));
      return toRecord(row!, [...sale.lots].sort((a, b) => a.lot_id.localeCompare(b.lot_id)));
    },
    async list(owner, period) {
      const conditions: SQL[] = ['personId' in owner ? eq(sales.sellerPersonId, owner.personId) : eq(sales.sellerOrganisationId, owner.organisationId)];
      if (period) conditions.push(gte(sales.soldOn, period.from), lte(sales.soldOn, period.to));
      const rows = await db.select().from(sales).where(and(...conditions)).orderBy(desc(sales.soldOn), desc(sales.id)).limit(1000);
      const portions = await portionsOf(rows.map((r) => r.id));
      return rows.map((r) => toRecord(r, portions.get(r.id) ?? []));
    },
    async reassignSeller(fromPersonId, toPersonId) {
      await db.update(sales).set({ sellerPersonId: toPersonId }).where(eq(sales.sellerPersonId, fromPersonId));
    },
  };
}
