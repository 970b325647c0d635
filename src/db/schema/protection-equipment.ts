/**
 * Personal protective equipment: the item catalogue (shipped with helmet, gloves, goggles,
 * respirator or mask, boots, high-visibility vest and "other"), each organisation's stock
 * movements (received, distributed) and the distributions to people. What an organisation has
 * on hand is received − distributed per item, computed from the movements and never negative:
 * the service refuses a distribution beyond it under a lock on the organisation.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './accounts.ts';
import { people } from './registry.ts';

export const ppeItems = pgTable('ppe_items', {
  id: uuid('id').primaryKey(),
  /** Stable key of a shipped item (helmet, gloves, …); null for items an organisation adds. */
  key: text('key').unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
});

export const ppeDistributions = pgTable(
  'ppe_distributions',
  {
    /** Made by the phone that recorded it: a resend records once. */
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    distributedOn: date('distributed_on').notNull(),
    /** Who paid for or donated the equipment (programme, company, municipality). */
    source: text('source').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ppe_distributions_person_idx').on(t.personId, t.distributedOn), index('ppe_distributions_org_idx').on(t.organisationId)],
);

export const ppeStockMovements = pgTable(
  'ppe_stock_movements',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    itemId: uuid('item_id').notNull().references(() => ppeItems.id),
    /** received (stock in) or distributed (one line of a distribution, stock out). */
    kind: text('kind').notNull(),
    quantity: integer('quantity').notNull(),
    movedOn: date('moved_on').notNull(),
    source: text('source').notNull().default(''),
    distributionId: uuid('distribution_id').references(() => ppeDistributions.id),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ppe_stock_movements_org_item_idx').on(t.organisationId, t.itemId),
    index('ppe_stock_movements_distribution_idx').on(t.distributionId),
    check('ppe_stock_movements_kind', sql`kind IN ('received', 'distributed')`),
    check('ppe_stock_movements_quantity', sql`quantity > 0`),
    check('ppe_stock_movements_line', sql`(kind = 'distributed') = (distribution_id IS NOT NULL)`),
  ],
);
