/**
 * Writes data/geo/peru-departments.map.json, the dashboard's choropleth shapes, from the
 * department polygons in data/geo/peru-departments.geojson: projected, rounded to a whole-unit
 * grid WIDTH units wide, simplified (Douglas–Peucker, TOLERANCE units) and written as compact
 * SVG paths. Run after changing the source shapes or the settings, and commit the output:
 *   npx tsx scripts/build-department-map.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { boundsOf, fitProjection, ringsToPath, simplifyRing, type Point, type Ring } from '../src/domain/geo/map-shapes.ts';

const WIDTH = 400;
const TOLERANCE = 1.1;
const MIN_AREA = 4;
const source = new URL('../data/geo/peru-departments.geojson', import.meta.url);
const target = new URL('../data/geo/peru-departments.map.json', import.meta.url);

interface Feature {
  properties: { code: string; department: string };
  geometry: { type: 'Polygon'; coordinates: Point[][] } | { type: 'MultiPolygon'; coordinates: Point[][][] };
}

const features = (JSON.parse(readFileSync(source, 'utf8')) as { features: Feature[] }).features;
const ringsOf = (f: Feature): Point[][] => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat());
const projection = fitProjection(boundsOf(features.flatMap(ringsOf)), WIDTH);

const departments = features
  .map((f) => {
    const rings = ringsOf(f)
      .map((ring) => simplifyRing(ring.map(([lon, lat]) => projection.project(lon, lat)), { tolerance: TOLERANCE, minArea: MIN_AREA }))
      .filter((ring): ring is Ring => ring !== null);
    return { code: f.properties.code, name: f.properties.department, d: ringsToPath(rings) };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const map = { width: projection.width, height: projection.height, departments };
const json = `${JSON.stringify(map)}\n`;
writeFileSync(target, json);
process.stdout.write(`${departments.length} departments, ${json.length} bytes, ${gzipSync(json, { level: 9 }).length} bytes gzip\n`);
