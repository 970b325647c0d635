/**
 * The field forms' records as the phone sees them: what the server gave at the last sync plus
 * what waits in the outbox. A woman registered offline is in the people list at once (marked
 * "not yet sent"), her lot is offered to her sale, and a sale queued offline takes its
 * kilograms off the lots it uses, so a second sale cannot sell them again on the phone. Plain
 * functions over plain data (unit-tested); the server still checks everything when it syncs.
 */
import type { PersonInput, PersonSummary } from '../api/types.ts';
import type { LotInput, LotOutput, PriceOutput, PriceUsed, SaleInput } from '../../src/contracts/production.ts';
import { isPriceStale } from '../../src/domain/production/price-age.ts';
import type { OutboxItem, OutboxState } from './outbox-state.ts';
import type { z } from 'zod';

export const PERSON_KIND = 'person.create';
export const LOT_KIND = 'lot.create';
export const SALE_KIND = 'sale.create';
/** The installation's default (1000/15 kg a bag); the server applies its own setting on sync. */
export const KG_PER_BAG = 1000 / 15;

type NewLot = z.input<typeof LotInput>;
type NewSale = z.input<typeof SaleInput>;

/** A kept or queued record with the outbox state of the item that created it (none: it came from the server). */
export type OnPhone<T> = T & { outbox_state?: OutboxState };

const isPending = (item: OutboxItem) => item.state !== 'synced';
const ofKind = (items: readonly OutboxItem[], kind: string) => items.filter((i) => i.kind === kind);

export function summaryOfPerson(body: PersonInput & { id: string }): PersonSummary {
  return {
    id: body.id, given_names: body.given_names, paternal_surname: body.paternal_surname, maternal_surname: body.maternal_surname ?? '',
    sex: body.sex, district: body.district ?? null, profiles: body.profiles, id_number_last3: body.id_number ? body.id_number.slice(-3) : null,
  };
}

/** Kept people, with the ones registered on this phone first (newest first) when the kept copy lacks them. */
export function peopleOnPhone(kept: readonly PersonSummary[], items: readonly OutboxItem[]): OnPhone<PersonSummary>[] {
  const keptIds = new Set(kept.map((p) => p.id));
  const queued = ofKind(items, PERSON_KIND)
    .map((i) => ({ ...summaryOfPerson(i.body as PersonInput & { id: string }), outbox_state: i.state }))
    .filter((p) => !keptIds.has(p.id))
    .reverse();
  return [...queued, ...kept];
}

/** A lot as the server would record it from a queued body (weight estimated from bags when not measured). */
export function lotOfBody(body: NewLot & { id: string }, createdAt: string): LotOutput {
  const measured = body.weight_kg ?? null;
  const kgPerBag = body.kg_per_bag ?? null;
  const estimated = measured === null && body.bags ? Math.round(body.bags * (kgPerBag ?? KG_PER_BAG) * 1000) / 1000 : 0;
  return {
    id: body.id, version: 0, owner_person_id: body.owner_person_id ?? null, owner_organisation_id: body.owner_organisation_id ?? null,
    site_id: body.site_id ?? null, season_from: body.season_from, season_to: body.season_to ?? null, bags: body.bags ?? null,
    weight_kg: measured ?? estimated, weight_estimated: measured === null, kg_per_bag: kgPerBag, grade_g_per_t: body.grade_g_per_t ?? null,
    status: body.status ?? 'selecting', sold_kg: 0, created_at: createdAt,
  };
}

/**
 * The open lots of one woman on the phone: kept ones and queued ones, less the kilograms of
 * sales not yet synced, or synced after the lots were kept (`keptAt`), so nothing sells twice.
 */
export function lotsOnPhone(personId: string, kept: readonly LotOutput[], items: readonly OutboxItem[], keptAt: string | null): OnPhone<LotOutput>[] {
  const queued = ofKind(items, LOT_KIND)
    .filter((i) => isPending(i) || !kept.some((l) => l.id === (i.body as { id: string }).id))
    .map((i) => ({ ...lotOfBody(i.body as NewLot & { id: string }, i.created_at), outbox_state: i.state }));
  const byId = new Map<string, OnPhone<LotOutput>>();
  for (const lot of [...kept, ...queued]) if (lot.owner_person_id === personId && !byId.has(lot.id)) byId.set(lot.id, { ...lot });
  const unseenSales = ofKind(items, SALE_KIND).filter((i) => isPending(i) || (keptAt !== null && (i.synced_at ?? '') > keptAt));
  for (const sale of unseenSales) {
    for (const part of (sale.body as NewSale).lots) {
      const lot = byId.get(part.lot_id);
      if (lot) lot.sold_kg = Math.round((lot.sold_kg + part.weight_kg) * 1000) / 1000;
    }
  }
  return [...byId.values()].filter((l) => l.sold_kg < l.weight_kg && l.status !== 'sold');
}

/** The reference on `date` from kept prices, as the server's price lookup gives it; null when a series has none before it. */
export function priceOnDate(prices: readonly PriceOutput[], date: string): PriceUsed | null {
  const latest = (series: PriceOutput['series']) =>
    prices.filter((p) => p.series === series && p.date <= date).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  const gold = latest('gold_usd_per_oz');
  const fx = latest('pen_per_usd');
  if (!gold || !fx) return null;
  return {
    gold_usd_per_oz: gold.value, gold_price_date: gold.date, pen_per_usd: fx.value, pen_per_usd_date: fx.date,
    stale: isPriceStale(gold, date) || isPriceStale(fx, date),
  };
}
