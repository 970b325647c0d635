/**
 * The public directory of service points a woman can turn to: Women's Emergency Centres (CEM),
 * Línea 100, police, health, shelters, legal aid and the network's own contact people (issue 7
 * part 1). Public data only: a shelter's address is confidential and never stored with
 * coordinates. `district` is a 6-digit UBIGEO kept without a foreign key on purpose: MIMP's list
 * holds one code (160405) that is not in INEI's 2025 list; the nearest lookup then falls back to
 * the province or department. Coordinates, when present, lie inside Peru's bounding box.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const SERVICE_KINDS = ['cem', 'line_100', 'police', 'health', 'shelter', 'legal_aid', 'network_contact', 'other'] as const;

export const servicePoints = pgTable(
  'service_points',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull().default(1),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    address: text('address'),
    /** True for shelters: the address is withheld and no coordinates are kept. */
    addressConfidential: boolean('address_confidential').notNull().default(false),
    district: text('district'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** Why coordinates are missing or were discarded (e.g. > 25 km from the district capital). */
    coordinatesNote: text('coordinates_note'),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    hours: text('hours'),
    languages: text('languages').array().notNull().default(sql`'{es}'::text[]`),
    notes: text('notes'),
    lastVerifiedOn: date('last_verified_on'),
    source: text('source').notNull(),
    /** False while the row is exactly as a shipped seed loaded it; the seed never touches edited rows. */
    isEdited: boolean('is_edited').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    index('service_points_district_idx').on(t.district),
    index('service_points_kind_idx').on(t.kind),
    check(
      'service_points_kind',
      sql`kind IN ('cem', 'line_100', 'police', 'health', 'shelter', 'legal_aid', 'network_contact', 'other')`,
    ),
    check('service_points_district_format', sql`district IS NULL OR district ~ '^[0-9]{6}$'`),
    check('service_points_coordinates', sql`(lat IS NULL) = (lon IS NULL)`),
    check('service_points_in_peru', sql`lat IS NULL OR (lat BETWEEN -18.5 AND 0.1 AND lon BETWEEN -81.5 AND -68.5)`),
    check('service_points_confidential', sql`NOT address_confidential OR (address IS NULL AND lat IS NULL)`),
  ],
);
