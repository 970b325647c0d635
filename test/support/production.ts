/**
 * Production ledger factories for integration and end-to-end tests: reference prices around
 * the test clock's date, a processing plant registered in RECPO, a woman in the Ananea
 * association, and valid lot and sale bodies with client-made ids.
 */
import { uuidv7 } from 'uuidv7';
import type { TestApp, Session } from './app.ts';
import { personBody, type Network } from './registry.ts';

/** Gold at 2,900 USD/oz and 3.70 soles per dollar, priced on 2026-02-20 (the test clock reads 2026-03-01). */
export const GOLD_USD_PER_OZ = 2900;
export const PEN_PER_USD = 3.7;
export const PRICE_DATE = '2026-02-20';

export async function seedPrices(t: TestApp, date = PRICE_DATE, gold = GOLD_USD_PER_OZ, fx = PEN_PER_USD): Promise<void> {
  await t.ctx.services.store.repos.prices.upsertMany([
    { series: 'gold_usd_per_oz', date, value: gold, period: 'day', source: 'test', recorded_by: null },
    { series: 'pen_per_usd', date, value: fx, period: 'day', source: 'test', recorded_by: null },
  ]);
}

export async function createPlant(t: TestApp, session: Session, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.request('POST', '/api/organisations', {
    session, body: { id: uuidv7(), kind: 'processing_plant', name: 'Planta Santa Rosa', mercury_free: true, recpo_code: 'RECPO-0042', ...extra },
  });
  if (res.status !== 201) throw new Error(`plant: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { organisation: { id: string } }).organisation.id;
}

export async function createWoman(t: TestApp, n: Network, extra: Record<string, unknown> = {}): Promise<string> {
  const body = personBody({ organisation_id: n.ananea, ...extra });
  const res = await t.request('POST', '/api/people', { session: n.promoterAnanea, body });
  if (res.status !== 201) throw new Error(`person: ${res.status} ${await res.text()}`);
  return body.id;
}

export const lotBody = (personId: string, extra: Record<string, unknown> = {}) => ({
  id: uuidv7(), owner_person_id: personId, season_from: '2026-01-05', season_to: '2026-02-15', weight_kg: 1500, grade_g_per_t: 10, ...extra,
});

export const saleBody = (lotId: string, buyerId: string, extra: Record<string, unknown> = {}) => ({
  id: uuidv7(), sold_on: '2026-02-25', buyer_organisation_id: buyerId, kind: 'ore_to_plant', lots: [{ lot_id: lotId, weight_kg: 1000 }],
  grade_g_per_t: 10, recovery: 0.9, processing_fee_pen_per_t: 300, paid_pen: 2500, receipt_number: '001-4521', ...extra,
});
