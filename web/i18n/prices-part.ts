/**
 * The reference prices screen's catalog part: Spanish and English together, imported only by
 * its lazy chunk (web/production/prices-route.tsx), which adds them with `addCatalogPart`.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-prices.ts';
import { messages as es, type PricesKey } from './es-prices.ts';

export const pricesPart: CatalogPart<PricesKey> = { es, en };
