/**
 * Great-circle distance on a spherical Earth (haversine, mean radius 6,371 km), the measure the
 * nearest-service lookup promises: good to well under 1 % at Peru's scale, with no projection.
 * Pure: no IO.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const toRad = (deg: number) => (deg * Math.PI) / 180;

/**
 * @example haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 }) // ≈ 111.2
 */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Kilometres to one decimal, as shown and returned. */
export const roundKm = (km: number): number => Math.round(km * 10) / 10;
