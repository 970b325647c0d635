/** The public services directory: list with filters, active points for ranking, upserts, capital coordinates. */
import { sql, type SQL } from 'drizzle-orm';
import type { ServicePointOutput } from '../../contracts/services-directory.ts';
import type { ServicePointsRepo } from '../../services/services-directory/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

const COLUMNS = sql`id, version, name, kind, address, address_confidential, district, lat, lon, coordinates_note, phones, hours,
  languages, notes, to_char(last_verified_on, 'YYYY-MM-DD') AS last_verified_on, source`;

export function servicePointsRepo(db: Db): ServicePointsRepo {
  return {
    async list(query) {
      const where: SQL[] = [sql`archived_at IS NULL`];
      if (query.kind) where.push(sql`kind = ${query.kind}`);
      if (query.district) where.push(sql`district LIKE ${`${query.district}%`}`);
      if (query.q) where.push(sql`unaccent(lower(name)) LIKE '%' || unaccent(lower(${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)})) || '%'`);
      return queryRows<ServicePointOutput>(db, sql`
        SELECT ${COLUMNS} FROM service_points WHERE ${sql.join(where, sql` AND `)}
        ORDER BY kind = 'line_100' DESC, district NULLS FIRST, name LIMIT ${query.limit}`);
    },
    async active(kind) {
      const byKind = kind ? sql`AND kind IN (${kind}, 'line_100')` : sql``;
      return queryRows<ServicePointOutput>(db, sql`SELECT ${COLUMNS} FROM service_points WHERE archived_at IS NULL ${byKind}`);
    },
    async findById(id) {
      const [row] = await queryRows<ServicePointOutput>(db, sql`SELECT ${COLUMNS} FROM service_points WHERE id = ${id} AND archived_at IS NULL`);
      return row ?? null;
    },
    async findAny(id) {
      const [row] = await queryRows<ServicePointOutput & { archived: boolean }>(db, sql`
        SELECT ${COLUMNS}, archived_at IS NOT NULL AS archived FROM service_points WHERE id = ${id}`);
      return row ?? null;
    },
    async insertIfAbsent(point) {
      await db.execute(sql`
        INSERT INTO service_points (id, name, kind, address, address_confidential, district, lat, lon, phones, hours,
                                    languages, notes, last_verified_on, source, is_edited)
        SELECT id, name, kind, address, address_confidential, district, lat, lon, phones, hours,
               languages, notes, last_verified_on, source, TRUE
        FROM json_populate_record(NULL::service_points, ${JSON.stringify(point)}::json)
        ON CONFLICT (id) DO NOTHING`);
    },
    async update(point, version, archived) {
      const rows = await queryRows<{ id: string }>(db, sql`
        UPDATE service_points AS s SET
          name = p.name, kind = p.kind, address = p.address, address_confidential = p.address_confidential,
          district = p.district, lat = p.lat, lon = p.lon, phones = p.phones, hours = p.hours, languages = p.languages,
          notes = p.notes, last_verified_on = p.last_verified_on, source = p.source, is_edited = TRUE,
          coordinates_note = CASE WHEN p.lat IS NULL THEN s.coordinates_note END,
          archived_at = CASE WHEN ${archived} THEN coalesce(s.archived_at, now()) END,
          version = s.version + 1, updated_at = now()
        FROM json_populate_record(NULL::service_points, ${JSON.stringify(point)}::json) AS p
        WHERE s.id = ${point.id} AND s.version = ${version}
        RETURNING s.id`);
      if (rows.length === 0) return undefined;
      const [row] = await queryRows<ServicePointOutput>(db, sql`SELECT ${COLUMNS} FROM service_points WHERE id = ${point.id}`);
      return row;
    },
    async upsertMany(points) {
      if (points.length === 0) return;
      await db.execute(sql`
        INSERT INTO service_points (id, name, kind, address, address_confidential, district, lat, lon, coordinates_note,
                                    phones, hours, languages, notes, last_verified_on, source, is_edited)
        SELECT id, name, kind, address, address_confidential, district, lat, lon, coordinates_note,
               phones, hours, languages, notes, last_verified_on, source, TRUE
        FROM json_populate_recordset(NULL::service_points, ${JSON.stringify(points)}::json)
        ON CONFLICT (id) DO UPDATE SET
          name = EXCLUDED.name, kind = EXCLUDED.kind, address = EXCLUDED.address,
          address_confidential = EXCLUDED.address_confidential, district = EXCLUDED.district, lat = EXCLUDED.lat,
          lon = EXCLUDED.lon, coordinates_note = EXCLUDED.coordinates_note, phones = EXCLUDED.phones,
          hours = EXCLUDED.hours, languages = EXCLUDED.languages, notes = EXCLUDED.notes,
          last_verified_on = EXCLUDED.last_verified_on, source = EXCLUDED.source, is_edited = TRUE,
          version = service_points.version + 1, updated_at = now()`);
    },
    async placeCoordinates() {
      const rows = await queryRows<{ code: string; lat: number; lon: number }>(db, sql`
        SELECT code, lat, lon FROM places WHERE lat IS NOT NULL AND lon IS NOT NULL`);
      return new Map(rows.map((r) => [r.code, { lat: r.lat, lon: r.lon }]));
    },
  };
}
