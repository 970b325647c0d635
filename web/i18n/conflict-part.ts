/**
 * The catalog part of the conflict screen and offline corrections (web/offline/conflict-*):
 * Spanish and English together, added with `addCatalogPart` by those modules, never by the
 * login route.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-conflict.ts';
import { messages as es, type ConflictKey } from './es-conflict.ts';

export const conflictPart: CatalogPart<ConflictKey> = { es, en };
