/**
 * Catalog keys for the production ledger's enumerations (sale kinds, lot statuses), so every
 * screen words them the same way and the catalog test sees each key written out.
 */
import type { MessageKey } from '../i18n/i18n.ts';
import type { Lot, Sale } from './production-api.ts';

export const SALE_KIND_LABELS: Record<Sale['kind'], MessageKey> = {
  ore_to_plant: 'sale.kind.ore_to_plant',
  amalgam_to_trader: 'sale.kind.amalgam_to_trader',
  other: 'sale.kind.other',
};

export const LOT_STATUS_LABELS: Record<Lot['status'], MessageKey> = {
  selecting: 'lot.status.selecting',
  stored: 'lot.status.stored',
  sold_in_part: 'lot.status.sold_in_part',
  sold: 'lot.status.sold',
};
