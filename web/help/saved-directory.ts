/**
 * The services directory kept on the phone, so "where to get help nearby" still answers with no
 * connection. The directory is public (names, kinds, public addresses and phones of CEMs,
 * police, health centres; never a shelter's address, which is not even stored) and small
 * (~550 points), so the help page saves the whole list in Cache Storage at most once a day
 * while online, and ranks it in the browser when offline, with the same pure great-circle
 * ranking the server uses. Nothing about the woman (her district, her position) is stored.
 * The service worker keeps this cache across releases (web/public/sw.js).
 */
import type { ServicePointOutput } from '../../src/contracts/services-directory.ts';
import { rankNearest } from '../../src/domain/services-directory/nearest.ts';
import type { NearestService } from './help-api.ts';

export const DIRECTORY_CACHE = 'pallay-directory-v1';
/** The whole public list (the API's maximum page; the shipped list has ~550 points). */
export const DIRECTORY_URL = '/api/services?limit=1000';
const SAVED_AT = 'x-pallay-saved-at';
const DAY_MS = 24 * 60 * 60 * 1000;

const hasCache = () => typeof caches !== 'undefined';

/** Saves the directory if the copy on the phone is missing or older than a day; never throws. */
export async function saveDirectory(now = Date.now()): Promise<void> {
  if (!hasCache()) return;
  try {
    const cache = await caches.open(DIRECTORY_CACHE);
    const saved = await cache.match(DIRECTORY_URL);
    if (saved && now - Date.parse(saved.headers.get(SAVED_AT) ?? '') < DAY_MS) return;
    const res = await fetch(DIRECTORY_URL, { credentials: 'omit', cache: 'no-store', headers: { accept: 'application/json' } });
    if (!res.ok) return;
    const body = await res.text();
    await cache.put(DIRECTORY_URL, new Response(body, { headers: { 'content-type': 'application/json', [SAVED_AT]: new Date(now).toISOString() } }));
  } catch {
    // No connection or no room: the copy already saved (if any) stays.
  }
}

/** The saved directory, or null when this phone has none. */
export async function savedDirectory(): Promise<ServicePointOutput[] | null> {
  if (!hasCache()) return null;
  try {
    const saved = await caches.match(DIRECTORY_URL, { cacheName: DIRECTORY_CACHE });
    return saved ? ((await saved.json()) as { items: ServicePointOutput[] }).items : null;
  } catch {
    return null;
  }
}

/**
 * The saved points nearest to a position, Línea 100 first, as the server would answer; points
 * known only by their district have no capital coordinates here, so they come last, unmeasured.
 */
export function rankSaved(points: readonly ServicePointOutput[], origin: { lat: number; lon: number }, limit = 5): NearestService[] {
  return rankNearest(points, { origin, places: new Map(), limit }).map((r) => ({ ...r.point, distance_km: r.distanceKm, located_by: r.locatedBy }));
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Saved points whose name or address holds `text` (accents and case ignored), Línea 100 first. */
export function findSaved(points: readonly ServicePointOutput[], text: string, limit = 10): NearestService[] {
  const wanted = fold(text.trim());
  const lines = points.filter((p) => p.kind === 'line_100');
  const found = points.filter((p) => p.kind !== 'line_100' && fold(`${p.name} ${p.address ?? ''}`).includes(wanted)).slice(0, limit);
  return [...lines, ...found].map((p) => ({ ...p, distance_km: null, located_by: 'none' }));
}
