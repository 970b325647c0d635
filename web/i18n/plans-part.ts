/**
 * The catalog part of action plan monitoring: Spanish and English together, imported only by
 * the plans chunk (plans/routes.tsx), which adds it with `addCatalogPart`.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-plans.ts';
import { messages as es, type PlansKey } from './es-plans.ts';

export const plansPart: CatalogPart<PlansKey> = { es, en };
