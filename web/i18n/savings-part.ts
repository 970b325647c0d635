/**
 * The catalog part of the savings-group screens: Spanish and English together, imported only by
 * the savings chunk (web/savings/routes.tsx), which adds it with `addCatalogPart`.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-savings.ts';
import { messages as es, type SavingsKey } from './es-savings.ts';

export const savingsPart: CatalogPart<SavingsKey> = { es, en };
