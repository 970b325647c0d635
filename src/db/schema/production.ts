/**
 * The production and sales ledger: reference prices, ore lots, sales (with the fair value they
 * were measured at, so a statement issued later shows what was shown then) and the income
 * statements issued from them. Money is integer céntimos; weights and grams are numeric.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './accounts.ts';
import { consents, people } from './registry.ts';
import { miningSites } from './sites.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });
const kg = (name: string) => numeric(name, { precision: 12, scale: 3, mode: 'number' });

export const referencePrices = pgTable(
  'reference_prices',
  {
    series: text('series').notNull(),
    onDate: date('on_date').notNull(),
    value: numeric('value', { precision: 14, scale: 4, mode: 'number' }).notNull(),
    period: text('period').notNull(),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A day's price and a monthly average (dated on the 1st) may share a date.
    primaryKey({ columns: [t.series, t.onDate, t.period] }),
    check('reference_prices_series', sql`series IN ('gold_usd_per_oz', 'pen_per_usd')`),
    check('reference_prices_period', sql`period IN ('day', 'month')`),
    check('reference_prices_positive', sql`value > 0`),
  ],
);

export const oreLots = pgTable(
  'ore_lots',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull().default(1),
    ownerPersonId: uuid('owner_person_id').references(() => people.id),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id),
    siteId: uuid('site_id').references(() => miningSites.id),
    seasonFrom: date('season_from').notNull(),
    seasonTo: date('season_to'),
    bags: integer('bags'),
    weightKg: kg('weight_kg').notNull(),
    weightEstimated: boolean('weight_estimated').notNull(),
    kgPerBag: numeric('kg_per_bag', { precision: 8, scale: 3, mode: 'number' }),
    gradeGPerT: numeric('grade_g_per_t', { precision: 10, scale: 3, mode: 'number' }),
    status: text('status').notNull(),
    soldKg: kg('sold_kg').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ore_lots_owner_person_idx').on(t.ownerPersonId),
    index('ore_lots_owner_organisation_idx').on(t.ownerOrganisationId),
    index('ore_lots_season_idx').on(t.seasonFrom),
    check('ore_lots_one_owner', sql`(owner_person_id IS NULL) <> (owner_organisation_id IS NULL)`),
    check('ore_lots_weight', sql`weight_kg > 0 AND sold_kg >= 0 AND sold_kg <= weight_kg`),
    check('ore_lots_season', sql`season_to IS NULL OR season_to >= season_from`),
  ],
);

export const sales = pgTable(
  'sales',
  {
    id: uuid('id').primaryKey(),
    soldOn: date('sold_on').notNull(),
    sellerPersonId: uuid('seller_person_id').references(() => people.id),
    sellerOrganisationId: uuid('seller_organisation_id').references(() => organisations.id),
    buyerOrganisationId: uuid('buyer_organisation_id').notNull().references(() => organisations.id),
    kind: text('kind').notNull(),
    weightKg: kg('weight_kg').notNull(),
    gradeGPerT: numeric('grade_g_per_t', { precision: 10, scale: 3, mode: 'number' }),
    recovery: numeric('recovery', { precision: 6, scale: 5, mode: 'number' }),
    fineGoldG: numeric('fine_gold_g', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    fineGoldGiven: boolean('fine_gold_given').notNull(),
    processingFeeCentsPerT: cents('processing_fee_cents_per_t'),
    transportCents: cents('transport_cents'),
    otherDeductionsCents: cents('other_deductions_cents'),
    deductionsCents: cents('deductions_cents').notNull(),
    paidCents: cents('paid_cents').notNull(),
    receiptNumber: text('receipt_number'),
    goldUsdPerOz: numeric('gold_usd_per_oz', { precision: 14, scale: 4, mode: 'number' }).notNull(),
    goldPriceDate: date('gold_price_date').notNull(),
    penPerUsd: numeric('pen_per_usd', { precision: 10, scale: 4, mode: 'number' }).notNull(),
    penPerUsdDate: date('pen_per_usd_date').notNull(),
    priceStale: boolean('price_stale').notNull(),
    referenceUsdCents: cents('reference_usd_cents').notNull(),
    referencePenCents: cents('reference_pen_cents').notNull(),
    netReferencePenCents: cents('net_reference_pen_cents').notNull(),
    floor95PenCents: cents('floor95_pen_cents').notNull(),
    discount: numeric('discount', { precision: 9, scale: 4, mode: 'number' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sales_seller_person_idx').on(t.sellerPersonId, t.soldOn),
    index('sales_seller_organisation_idx').on(t.sellerOrganisationId, t.soldOn),
    index('sales_buyer_idx').on(t.buyerOrganisationId),
    index('sales_sold_on_idx').on(t.soldOn),
    check('sales_one_seller', sql`(seller_person_id IS NULL) <> (seller_organisation_id IS NULL)`),
    check('sales_paid_positive', sql`paid_cents > 0`),
  ],
);

export const saleLots = pgTable(
  'sale_lots',
  {
    saleId: uuid('sale_id').notNull().references(() => sales.id),
    lotId: uuid('lot_id').notNull().references(() => oreLots.id),
    weightKg: kg('weight_kg').notNull(),
  },
  (t) => [primaryKey({ columns: [t.saleId, t.lotId] }), index('sale_lots_lot_idx').on(t.lotId), check('sale_lots_weight', sql`weight_kg > 0`)],
);

export const incomeStatements = pgTable(
  'income_statements',
  {
    id: uuid('id').primaryKey(),
    /** Random, at least 80 bits, the key of the public /verify page. */
    code: text('code').notNull().unique(),
    personId: uuid('person_id').notNull().references(() => people.id),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    recipientOrganisationId: uuid('recipient_organisation_id').references(() => organisations.id),
    consentId: uuid('consent_id').references(() => consents.id),
    language: text('language').notNull(),
    totals: jsonb('totals').notNull(),
    issuedBy: uuid('issued_by'),
    issuerOrganisationId: uuid('issuer_organisation_id').references(() => organisations.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
    verifyReads: integer('verify_reads').notNull().default(0),
  },
  (t) => [index('income_statements_person_idx').on(t.personId), check('income_statements_period', sql`period_to >= period_from`)],
);
