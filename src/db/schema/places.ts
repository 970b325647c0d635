/**
 * Peru's departments, provinces and districts (INEI UBIGEO), shipped in data/ubigeo and
 * loaded by the reference-data seed. Coordinates are those of the capital town, not centroids.
 */
import { doublePrecision, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const places = pgTable(
  'places',
  {
    code: text('code').primaryKey(),
    level: text('level').notNull(),
    name: text('name').notNull(),
    departmentCode: text('department_code').notNull(),
    provinceCode: text('province_code'),
    department: text('department').notNull(),
    province: text('province'),
    capital: text('capital'),
    population: integer('population'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
  },
  (t) => [index('places_level_idx').on(t.level, t.departmentCode), index('places_province_idx').on(t.provinceCode)],
);
