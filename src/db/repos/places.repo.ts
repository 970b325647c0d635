/** UBIGEO look-ups: by code, by parent, or by accent-insensitive name. */
import { sql, type SQL } from 'drizzle-orm';
import type { PlaceOutput } from '../../contracts/places.ts';
import type { PlacesRepo } from '../../services/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

export function placesRepo(db: Db): PlacesRepo {
  return {
    async search(query) {
      const conditions: SQL[] = [sql`TRUE`];
      if (query.level) conditions.push(sql`level = ${query.level}`);
      if (query.code) conditions.push(sql`code = ${query.code}`);
      if (query.parent?.length === 2) conditions.push(sql`department_code = ${query.parent} AND code <> ${query.parent}`);
      if (query.parent?.length === 4) conditions.push(sql`province_code = ${query.parent} AND code <> ${query.parent}`);
      if (query.q) conditions.push(sql`unaccent(lower(name)) LIKE '%' || unaccent(lower(${escapeLike(query.q)})) || '%'`);
      const rows = await queryRows<PlaceOutput>(db, sql`
        SELECT code, level, name, department, province, capital, population, lat, lon
        FROM places WHERE ${sql.join(conditions, sql` AND `)}
        ORDER BY CASE level WHEN 'department' THEN 0 WHEN 'province' THEN 1 ELSE 2 END, code
        LIMIT ${query.limit}`);
      return rows;
    },
    async existingDistricts(codes) {
      if (codes.length === 0) return new Set();
      const rows = await queryRows<{ code: string }>(db, sql`
        SELECT code FROM places WHERE level = 'district' AND code IN (${sql.join([...new Set(codes)].map((c) => sql`${c}`), sql`, `)})`);
      return new Set(rows.map((r) => r.code));
    },
    async isDistrict(code) {
      const rows = await queryRows<{ one: number }>(db, sql`SELECT 1 AS one FROM places WHERE code = ${code} AND level = 'district'`);
      return rows.length === 1;
    },
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
