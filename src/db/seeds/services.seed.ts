/**
 * Loads the public services directory shipped in data/services (MIMP's list, mapped by
 * src/domain/services-directory/mimp-list.ts) and Línea 100 into `service_points`, on every
 * migrate. Idempotent: ids are derived from UBIGEO and name, so a second run finds the same rows;
 * a shipped row is updated only when the file changed and nobody edited it in Pallay
 * (`is_edited`), and nothing is ever deleted. One set-based INSERT from JSON, same on PGlite and
 * PostgreSQL.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { parseCsv } from '../../domain/shared/csv.ts';
import { fromMimpRow, type MimpRow } from '../../domain/services-directory/mimp-list.ts';
import type { Db } from '../client.ts';

const MIMP_FILE = fileURLToPath(new URL('../../../data/services/mimp-violence-services.csv', import.meta.url));
const MIMP_SOURCE = 'MIMP, Consolidado Directorio Nacional 2026';

/** The national helpline's fixed id, so clients and tests can name it. */
export const LINE_100_ID = '00000000-0000-4000-8000-000000000100';

/** A stable UUID (version 5 layout) from a key: the same row gets the same id on every run. */
export function stableId(key: string): string {
  const h = createHash('sha1').update(`pallay:service:${key}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const LINE_100 = {
  id: LINE_100_ID, name: 'Línea 100', kind: 'line_100', address: null, address_confidential: false, district: null,
  lat: null, lon: null, coordinates_note: null, phones: ['100'], hours: '24 h', languages: ['es', 'qu', 'ay'],
  notes: 'Gratuita, las 24 horas, desde cualquier teléfono fijo o celular (MIMP).', source: 'MIMP, Línea 100',
};

export function readShippedServices() {
  const rows = parseCsv(fs.readFileSync(MIMP_FILE, 'utf8')).rows.map((r) => r.values as unknown as MimpRow);
  const points = rows.flatMap((row) => {
    const point = fromMimpRow(row);
    return point ? [{ id: stableId(`${row.ubigeo}:${point.name}`), ...point, hours: null, languages: ['es'], source: MIMP_SOURCE }] : [];
  });
  return [LINE_100, ...points];
}

export async function seedServices(db: Db): Promise<number> {
  const rows = readShippedServices();
  await db.execute(sql`
    INSERT INTO service_points (id, name, kind, address, address_confidential, district, lat, lon,
                                coordinates_note, phones, hours, languages, notes, source)
    SELECT id, name, kind, address, address_confidential, district, lat, lon,
           coordinates_note, phones, hours, languages, notes, source
    FROM json_populate_recordset(NULL::service_points, ${JSON.stringify(rows)}::json)
    ON CONFLICT (id) DO UPDATE SET
      name = EXCLUDED.name, kind = EXCLUDED.kind, address = EXCLUDED.address,
      address_confidential = EXCLUDED.address_confidential, district = EXCLUDED.district,
      lat = EXCLUDED.lat, lon = EXCLUDED.lon, coordinates_note = EXCLUDED.coordinates_note,
      phones = EXCLUDED.phones, hours = EXCLUDED.hours, languages = EXCLUDED.languages,
      notes = EXCLUDED.notes, source = EXCLUDED.source, updated_at = now()
    WHERE NOT service_points.is_edited
      AND (service_points.name, service_points.kind, service_points.address, service_points.district,
           service_points.lat, service_points.lon, service_points.coordinates_note, service_points.phones,
           service_points.hours, service_points.languages, service_points.notes, service_points.source)
      IS DISTINCT FROM
          (EXCLUDED.name, EXCLUDED.kind, EXCLUDED.address, EXCLUDED.district, EXCLUDED.lat, EXCLUDED.lon,
           EXCLUDED.coordinates_note, EXCLUDED.phones, EXCLUDED.hours, EXCLUDED.languages, EXCLUDED.notes,
           EXCLUDED.source)`);
  return rows.length;
}
