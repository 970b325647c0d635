/**
 * The production screens' calls to the HTTP API (lots, sales, the price of a date, buyers).
 * Lives in the lazily loaded production chunk; follows the shared client's rules
 * (web/api/client.ts): same-origin cookies, the CSRF token on writes, Accept-Language,
 * problem+json → `ApiError`, a 401 reported as a lost session. Creates carry the id the form
 * made, so sending one again (a retry, later the offline outbox) records it once.
 */
import { ApiError, toApiErrorFrom } from '../api/client.ts';
import type { Items, Organisation } from '../api/types.ts';
import type { LotInput, LotOutput, PriceUsed, SaleInput, SaleOutput } from '../../src/contracts/production.ts';
import type { z } from 'zod';
import { getLanguage } from '../i18n/i18n.ts';

let csrfToken: string | null = null;
let onSessionLost: () => void = () => {};

/** Called by the production routes (and the person page) with the current session. */
export function connectProduction(opts: { csrfToken: string; onSessionLost: () => void }): void {
  csrfToken = opts.csrfToken;
  onSessionLost = opts.onSessionLost;
}

/** One call of the production chunk's API (statements and reports use it too). */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({ code: 'NETWORK', message: 'Network error', status: 0 });
  }
  if (res.status === 401) onSessionLost();
  if (!res.ok) throw toApiErrorFrom(await res.json().catch(() => null), res.status, res.statusText);
  return (await res.json()) as T;
}

export type Lot = LotOutput;
export type Sale = SaleOutput;
export type Price = PriceUsed;
export type NewLot = z.input<typeof LotInput>;
export type NewSale = z.input<typeof SaleInput>;

/** Whose ledger: a woman's, or (no argument) the signed-in member's own. */
const ledger = (personId?: string) => (personId ? `?person_id=${encodeURIComponent(personId)}` : '');

/** Organisation kinds offered first as buyers; any organisation may be chosen. */
const BUYER_KINDS = ['processing_plant', 'buyer_trader'] as const;

export const productionApi = {
  listLots: (personId?: string) => request<Items<Lot>>('GET', `/api/lots${ledger(personId)}`),
  createLot: (input: NewLot) => request<{ lot: Lot }>('POST', '/api/lots', input),
  listSales: (personId?: string) => request<Items<Sale>>('GET', `/api/sales${ledger(personId)}`),
  recordSale: (input: NewSale) => request<{ sale: Sale }>('POST', '/api/sales', input),
  getSale: (id: string) => request<{ sale: Sale }>('GET', `/api/sales/${encodeURIComponent(id)}`),
  /** The reference a sale on `date` is measured against (gold and exchange rate, their dates, stale flag). */
  priceOn: (date: string) => request<Price>('GET', `/api/prices/on?date=${encodeURIComponent(date)}`),
  async listBuyers(): Promise<Organisation[]> {
    const lists = await Promise.all(BUYER_KINDS.map((kind) => request<Items<Organisation>>('GET', `/api/organisations?kind=${kind}`)));
    return lists.flatMap((l) => l.items).sort((a, b) => a.name.localeCompare(b.name));
  },
};
