/**
 * The help pages' two public calls: districts by name (for the picker) and the nearest services
 * (Línea 100 first). No session is sent and nothing is cached by the browser.
 */
import type { NearestService } from '../../src/contracts/services-directory.ts';
import type { PlaceOutput } from '../../src/contracts/places.ts';

export type { NearestService, PlaceOutput };

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(path, { credentials: 'omit', cache: 'no-store', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as T;
}

export const findDistricts = (q: string) =>
  getJson<{ items: PlaceOutput[] }>(`/api/places?level=district&limit=20&q=${encodeURIComponent(q)}`).then((r) => r.items);

export type Origin = { ubigeo: string } | { lat: number; lon: number };

export function findNearest(origin: Origin, limit = 5): Promise<NearestService[]> {
  const params = new URLSearchParams({ limit: String(limit) });
  if ('ubigeo' in origin) params.set('ubigeo', origin.ubigeo);
  else {
    params.set('lat', origin.lat.toFixed(5));
    params.set('lon', origin.lon.toFixed(5));
  }
  return getJson<{ items: NearestService[] }>(`/api/services/nearest?${params}`).then((r) => r.items);
}
