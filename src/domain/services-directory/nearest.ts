/**
 * Ranks service points by great-circle distance from an origin. A point without coordinates is
 * placed at its district's capital, else its province's, else its department's (the `places`
 * table holds capital coordinates). Línea 100 is a phone line, not a place: it is always in the
 * answer, first, with `distance_km` null, and does not count against the limit. Points that
 * cannot be located at all come last with a null distance. Ties keep name order.
 */
import { haversineKm, roundKm, type LatLon } from './distance.ts';

export type LocatedBy = 'coordinates' | 'district' | 'province' | 'department' | 'none';

export interface RankablePoint {
  kind: string;
  name: string;
  district: string | null;
  lat: number | null;
  lon: number | null;
}

/** Capital coordinates by UBIGEO code (2, 4 or 6 digits). */
export type PlaceCoordinates = ReadonlyMap<string, LatLon>;

export interface Ranked<T> {
  point: T;
  distanceKm: number | null;
  locatedBy: LocatedBy;
}

/** Where a point is, for measuring: its own coordinates, or its place's capital. */
export function locatePoint(point: RankablePoint, places: PlaceCoordinates): { at: LatLon | null; locatedBy: LocatedBy } {
  if (point.lat != null && point.lon != null) return { at: { lat: point.lat, lon: point.lon }, locatedBy: 'coordinates' };
  const code = point.district ?? '';
  const levels: [string, LocatedBy][] = [[code, 'district'], [code.slice(0, 4), 'province'], [code.slice(0, 2), 'department']];
  for (const [key, locatedBy] of levels) {
    const at = key.length >= 2 ? places.get(key) : undefined;
    if (at) return { at, locatedBy };
  }
  return { at: null, locatedBy: 'none' };
}

export interface RankOptions {
  origin: LatLon;
  places: PlaceCoordinates;
  kind?: string;
  limit: number;
}

/**
 * @example rankNearest(points, { origin: { lat: -14.68, lon: -69.53 }, places, kind: 'cem', limit: 5 })
 */
export function rankNearest<T extends RankablePoint>(points: readonly T[], options: RankOptions): Ranked<T>[] {
  const lines = points.filter((p) => p.kind === 'line_100').map((point): Ranked<T> => ({ point, distanceKm: null, locatedBy: 'none' }));
  const others = points
    .filter((p) => p.kind !== 'line_100' && (options.kind === undefined || p.kind === options.kind))
    .map((point): Ranked<T> & { exact: number } => {
      const { at, locatedBy } = locatePoint(point, options.places);
      const exact = at ? haversineKm(options.origin, at) : Number.POSITIVE_INFINITY;
      return { point, distanceKm: at ? roundKm(exact) : null, locatedBy, exact };
    })
    .sort((a, b) => a.exact - b.exact || a.point.name.localeCompare(b.point.name, 'es'))
    .slice(0, options.limit)
    .map(({ point, distanceKm, locatedBy }) => ({ point, distanceKm, locatedBy }));
  return [...lines, ...others];
}
