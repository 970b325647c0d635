/**
 * The field working set: what a promoter's or association leader's phone keeps after login so
 * her forms work with no signal. The people of the organisations assigned to her (her subtree,
 * as the server scopes GET /api/people), at most PEOPLE_LIMIT of them; the open lots of those
 * women (GET /api/lots/open, at most 2,000); the mining sites; the organisations (her own for
 * the person form, plants and traders as buyers); the gold and exchange-rate prices of the last
 * PRICE_DAYS days (the sale form's fair value); and the districts of the departments she works
 * in (the person form's district picker). Kept through working-set.ts (one entry per part,
 * owned by the user, so the shared-phone encryption below it covers them too), with one summary
 * entry saying when it was synced, how big it is and what was left on the server.
 * See docs/offline.md, "Working set".
 */
import { moduleRequests } from '../api/module-requests.ts';
import type { Items, Organisation, PersonList, PersonSummary, Place } from '../api/types.ts';
import type { LotOutput, PriceOutput } from '../../src/contracts/production.ts';
import type { SiteOutput } from '../../src/contracts/sites.ts';
import { recallSession } from './session-memory.ts';
import { recall, remember } from './working-set.ts';

/** People kept at most; past it the first PEOPLE_LIMIT in the server's order are kept and the summary says so. */
export const PEOPLE_LIMIT = 2000;
const PAGE = 200;
/** Days of prices kept: a sale recorded offline is rarely older. */
export const PRICE_DAYS = 60;
/** Departments whose districts are kept (the ones most of her people and sites are in). */
const DEPARTMENTS_LIMIT = 3;

export interface FieldParts {
  people: PersonSummary[];
  lots: LotOutput[];
  sites: SiteOutput[];
  organisations: Organisation[];
  prices: PriceOutput[];
  places: Place[];
}
export type FieldPart = keyof FieldParts;
export const FIELD_PARTS: readonly FieldPart[] = ['people', 'lots', 'sites', 'organisations', 'prices', 'places'];

export interface FieldSetSummary {
  synced_at: string;
  /** UTF-8 bytes of the kept parts as stored (JSON). */
  bytes: number;
  counts: Record<FieldPart, number>;
  /** Parts the bound cut short: the server holds more than the phone keeps. */
  truncated: FieldPart[];
}

const SUMMARY_KEY = 'field.summary';
const partKey = (part: FieldPart) => `field.${part}`;
const { request } = moduleRequests();
const get = <T>(path: string) => request<T>('GET', path);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function fetchPeople(): Promise<{ items: PersonSummary[]; isTruncated: boolean }> {
  const items: PersonSummary[] = [];
  let total = 0;
  do {
    const page = await get<PersonList>(`/api/people?limit=${PAGE}&offset=${items.length}`);
    total = page.total;
    items.push(...page.items);
    if (page.items.length < PAGE) break;
  } while (items.length < Math.min(total, PEOPLE_LIMIT));
  return { items: items.slice(0, PEOPLE_LIMIT), isTruncated: total > PEOPLE_LIMIT };
}

/** The departments (2-digit UBIGEO) most used by her people, sites and organisations. */
export function departmentsUsed(codes: readonly (string | null)[]): string[] {
  const counts = new Map<string, number>();
  for (const code of codes) if (code && code.length >= 2) counts.set(code.slice(0, 2), (counts.get(code.slice(0, 2)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, DEPARTMENTS_LIMIT).map(([d]) => d);
}

/** Reads everything from the server and keeps it; throws (keeping the old copy) when the server is not reached. */
export async function refreshFieldSet(owner: string, now: Date = new Date()): Promise<FieldSetSummary> {
  const people = await fetchPeople();
  const lots = await get<{ items: LotOutput[]; is_truncated: boolean }>('/api/lots/open');
  const sites = (await get<Items<SiteOutput>>('/api/sites')).items;
  const organisations = (await get<Items<Organisation>>('/api/organisations')).items;
  const prices = (await get<Items<PriceOutput>>(`/api/prices?from=${isoDay(now.getTime() - PRICE_DAYS * 86_400_000)}`)).items;
  const departments = departmentsUsed([...people.items.map((p) => p.district), ...sites.map((s) => s.district), ...organisations.map((o) => o.district)]);
  const places: Place[] = [];
  for (const department of departments) places.push(...(await get<Items<Place>>(`/api/places?level=district&parent=${department}&limit=2000`)).items);
  const parts: FieldParts = { people: people.items, lots: lots.items, sites, organisations, prices, places };
  return keepFieldSet(owner, parts, { people: people.isTruncated, lots: lots.is_truncated }, now);
}

/** Stores the parts and their summary (exported for tests and for the e2e's size check). */
export async function keepFieldSet(owner: string, parts: FieldParts, truncated: Partial<Record<FieldPart, boolean>>, now: Date): Promise<FieldSetSummary> {
  let bytes = 0;
  const encoder = new TextEncoder();
  for (const part of FIELD_PARTS) {
    await remember(owner, partKey(part), parts[part], now);
    bytes += encoder.encode(JSON.stringify(parts[part])).length;
  }
  const summary: FieldSetSummary = {
    synced_at: now.toISOString(), bytes,
    counts: Object.fromEntries(FIELD_PARTS.map((p) => [p, parts[p].length])) as Record<FieldPart, number>,
    truncated: FIELD_PARTS.filter((p) => truncated[p]),
  };
  await remember(owner, SUMMARY_KEY, summary, now);
  return summary;
}

/** When and how much was kept, or null before the first sync on this phone. */
export async function fieldSetSummary(owner: string): Promise<FieldSetSummary | null> {
  return (await recall<FieldSetSummary>(owner, SUMMARY_KEY).catch(() => undefined))?.value ?? null;
}

/** One kept part (empty before the first sync). */
export async function keptPart<P extends FieldPart>(owner: string, part: P): Promise<FieldParts[P]> {
  const kept = await recall<FieldParts[P]>(owner, partKey(part)).catch(() => undefined);
  return kept?.value ?? ([] as unknown as FieldParts[P]);
}

/** A kept part of the user signed in on this tab (the forms' pickers use it when the server cannot be reached). */
export function keptForSignedIn<P extends FieldPart>(part: P): Promise<FieldParts[P]> {
  const owner = recallSession()?.user.id;
  return owner ? keptPart(owner, part) : Promise.resolve([] as unknown as FieldParts[P]);
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Kept records whose name holds every word of `text` (accents and case ignored), at most `limit`. */
export function matchingByName<T extends { name: string }>(records: readonly T[], text: string, limit = 20): T[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return records.filter((r) => words.every((w) => fold(r.name).includes(w))).slice(0, limit);
}
