/**
 * The production screens' calls to the HTTP API (lots, sales, the price of a date, buyers).
 * Lives in the lazily loaded production chunk; follows the shared client's rules
 * (web/api/client.ts): same-origin cookies, the CSRF token on writes, Accept-Language,
 * problem+json → `ApiError`, a 401 reported as a lost session. Creates carry the id the form
 * made, so sending one again (a retry, later the offline outbox) records it once.
 */
import { moduleRequests } from '../api/module-requests.ts';
import type { Items, Organisation } from '../api/types.ts';
import type { LotInput, LotOutput, PriceUsed, SaleInput, SaleOutput } from '../../src/contracts/production.ts';
import type { z } from 'zod';

const requests = moduleRequests();

/** Called by the production routes (and the person page) with the current session. */
export const connectProduction = requests.connect;
/** One call of the production chunk's API (statements and reports use it too). */
export const request = requests.request;

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
