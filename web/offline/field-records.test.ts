/** The field records on a phone: queued people and lots usable at once, queued sales taking their kilograms, prices of a date. */
import { describe, expect, it } from 'vitest';
import type { LotOutput, PriceOutput } from '../../src/contracts/production.ts';
import { queuedItem, type OutboxItem } from './outbox-state.ts';
import { LOT_KIND, lotsOnPhone, PERSON_KIND, peopleOnPhone, priceOnDate, SALE_KIND } from './field-records.ts';

const T0 = new Date('2026-03-02T14:00:00Z');
const ROSA = '01900000-0000-7000-8000-000000000001';
const NEW = '01900000-0000-7000-8000-000000000009';
const item = (id: string, kind: string, body: object, over: Partial<OutboxItem> = {}): OutboxItem => ({
  ...queuedItem({ id, kind, owner: 'promotora', method: 'POST', url: '/api/x', body }, T0), ...over,
});
const keptLot = (id: string, over: Partial<LotOutput> = {}): LotOutput => ({
  id, version: 1, owner_person_id: ROSA, owner_organisation_id: null, site_id: null, season_from: '2026-01-05', season_to: null, bags: null,
  weight_kg: 1000, weight_estimated: false, kg_per_bag: null, grade_g_per_t: 10, status: 'selecting', sold_kg: 0, created_at: T0.toISOString(), ...over,
});
const person = { id: NEW, id_type: 'dni', id_number: '41234567', given_names: 'Eva', paternal_surname: 'Mamani', maternal_surname: 'Ccama', sex: 'female', profiles: ['pallaquera'], district: '211002' };

describe('field records on the phone', () => {
  it('lists a woman registered offline first, marked with her outbox state, once', () => {
    const kept = [{ id: ROSA, given_names: 'Rosa', paternal_surname: 'Quispe', maternal_surname: '', sex: 'female' as const, district: null, profiles: [], id_number_last3: null }];
    const people = peopleOnPhone(kept, [item('i1', PERSON_KIND, person)]);
    expect(people.map((p) => [p.id, p.outbox_state, p.id_number_last3])).toEqual([[NEW, 'waiting', '567'], [ROSA, undefined, null]]);
    // Synced and already in the kept copy: listed once, as the server has her.
    expect(peopleOnPhone([...kept, { ...kept[0]!, id: NEW }], [item('i1', PERSON_KIND, person, { state: 'synced' })])).toHaveLength(2);
  });

  it("offers a lot queued offline to her sale, its weight estimated from bags, and not another woman's", () => {
    const bags = item('i2', LOT_KIND, { id: 'L2', owner_person_id: ROSA, season_from: '2026-02-01', bags: 30, status: 'selecting' });
    const other = item('i3', LOT_KIND, { id: 'L3', owner_person_id: NEW, season_from: '2026-02-01', weight_kg: 500, status: 'stored' });
    const lots = lotsOnPhone(ROSA, [keptLot('L1')], [bags, other], T0.toISOString());
    expect(lots.map((l) => [l.id, l.weight_kg, l.weight_estimated, l.outbox_state])).toEqual([['L1', 1000, false, undefined], ['L2', 2000, true, 'waiting']]);
  });

  it('takes off the kilograms of sales not yet on the server, and drops a lot they sold out', () => {
    const sale = item('i4', SALE_KIND, { id: 'S1', lots: [{ lot_id: 'L1', weight_kg: 400 }, { lot_id: 'L2', weight_kg: 500 }] });
    const lots = lotsOnPhone(ROSA, [keptLot('L1'), keptLot('L2', { weight_kg: 800, sold_kg: 300 })], [sale], T0.toISOString());
    expect(lots.map((l) => [l.id, l.sold_kg])).toEqual([['L1', 400]]);
    // Synced before the lots were kept: the kept copy already counts it.
    const old = { ...sale, state: 'synced' as const, synced_at: '2026-03-02T13:00:00.000Z' };
    expect(lotsOnPhone(ROSA, [keptLot('L1')], [old], T0.toISOString())[0]!.sold_kg).toBe(0);
    const fresh = { ...sale, state: 'synced' as const, synced_at: '2026-03-02T15:00:00.000Z' };
    expect(lotsOnPhone(ROSA, [keptLot('L1')], [fresh], T0.toISOString())[0]!.sold_kg).toBe(400);
  });

  it('prices a date with the latest kept price on or before it, stale after a week, none before the series', () => {
    const prices: PriceOutput[] = [
      { series: 'gold_usd_per_oz', date: '2026-02-20', value: 2900, period: 'day', source: 't' },
      { series: 'gold_usd_per_oz', date: '2026-02-10', value: 2800, period: 'day', source: 't' },
      { series: 'pen_per_usd', date: '2026-02-18', value: 3.7, period: 'day', source: 't' },
    ];
    expect(priceOnDate(prices, '2026-02-25')).toEqual({ gold_usd_per_oz: 2900, gold_price_date: '2026-02-20', pen_per_usd: 3.7, pen_per_usd_date: '2026-02-18', stale: false });
    expect(priceOnDate(prices, '2026-03-10')?.stale).toBe(true);
    expect(priceOnDate(prices, '2026-02-15')).toBeNull();
  });
});
