/**
 * The production screens' catalog part: Spanish and English together, imported only by code
 * under web/production/ (its lazy chunk, and the production section of a person's page), which
 * adds them with `addCatalogPart` before rendering.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-production.ts';
import { messages as es, type ProductionKey } from './es-production.ts';

export const productionPart: CatalogPart<ProductionKey> = { es, en };
