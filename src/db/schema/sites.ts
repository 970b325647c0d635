/** Mining sites and the ore-selection authorisations that let a woman or an association select ore there. */
import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './accounts.ts';
import { places } from './places.ts';
import { people } from './registry.ts';

export const miningSites = pgTable(
  'mining_sites',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull().default(1),
    name: text('name').notNull(),
    district: text('district').references(() => places.code),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    concessionCode: text('concession_code'),
    operatorOrganisationId: uuid('operator_organisation_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mining_sites_district_idx').on(t.district), check('mining_sites_coordinates', sql`(lat IS NULL) = (lon IS NULL)`)],
);

export const selectionAuthorisations = pgTable(
  'selection_authorisations',
  {
    id: uuid('id').primaryKey(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => miningSites.id),
    personId: uuid('person_id').references(() => people.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    kind: text('kind').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    documentRef: text('document_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('selection_authorisations_site_idx').on(t.siteId),
    check('selection_authorisations_holder', sql`(person_id IS NULL) <> (organisation_id IS NULL)`),
    check('selection_authorisations_dates', sql`to_date IS NULL OR to_date >= from_date`),
  ],
);
