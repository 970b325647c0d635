/**
 * Loads data/ubigeo (departments, provinces, districts) into `places`. Idempotent: it does
 * nothing when the table already holds as many rows as shipped, and upserts otherwise (rows
 * are never deleted: other tables point at them).
 * One set-based INSERT from a JSON array works the same on PGlite and PostgreSQL.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { parseCsv } from '../../domain/shared/csv.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

const UBIGEO_DIR = fileURLToPath(new URL('../../../data/ubigeo/', import.meta.url));

interface PlaceRow {
  code: string;
  level: 'department' | 'province' | 'district';
  name: string;
  department_code: string;
  province_code: string | null;
  department: string;
  province: string | null;
  capital: string | null;
  population: number | null;
  lat: number | null;
  lon: number | null;
}

const numberOrNull = (v: string | undefined): number | null => (v === undefined || v === '' ? null : Number(v));

function readCsv(file: string) {
  return parseCsv(fs.readFileSync(UBIGEO_DIR + file, 'utf8')).rows.map((r) => r.values);
}

export function readShippedPlaces(): PlaceRow[] {
  const common = (v: Record<string, string>) => ({
    capital: v.capital || null,
    population: numberOrNull(v.population_2025),
    lat: numberOrNull(v.lat),
    lon: numberOrNull(v.lon),
  });
  const departments = readCsv('departments.csv').map((v): PlaceRow => ({
    code: v.code!, level: 'department', name: v.department!, department_code: v.code!, province_code: null,
    department: v.department!, province: null, ...common(v),
  }));
  const provinces = readCsv('provinces.csv').map((v): PlaceRow => ({
    code: v.code!, level: 'province', name: v.province!, department_code: v.department_code!, province_code: v.code!,
    department: v.department!, province: v.province!, ...common(v),
  }));
  const districts = readCsv('districts.csv').map((v): PlaceRow => ({
    code: v.ubigeo!, level: 'district', name: v.district!, department_code: v.department_code!,
    province_code: v.province_code!, department: v.department!, province: v.province!, ...common(v),
  }));
  return [...departments, ...provinces, ...districts];
}

export async function seedPlaces(db: Db): Promise<number> {
  const rows = readShippedPlaces();
  const [existing] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM places`);
  if (existing?.n === rows.length) return 0;
  await db.execute(sql`
    INSERT INTO places (code, level, name, department_code, province_code, department, province,
                        capital, population, lat, lon)
    SELECT code, level, name, department_code, province_code, department, province,
           capital, population, lat, lon
    FROM json_populate_recordset(NULL::places, ${JSON.stringify(rows)}::json)
    ON CONFLICT (code) DO UPDATE SET
      level = EXCLUDED.level, name = EXCLUDED.name, department_code = EXCLUDED.department_code,
      province_code = EXCLUDED.province_code, department = EXCLUDED.department,
      province = EXCLUDED.province, capital = EXCLUDED.capital, population = EXCLUDED.population,
      lat = EXCLUDED.lat, lon = EXCLUDED.lon`);
  return rows.length;
}
