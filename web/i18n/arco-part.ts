/**
 * The data-subject rights (ARCO) screens' catalog part: Spanish and English together, imported
 * only by the ARCO chunk (web/arco/setup.ts), which adds them with `addCatalogPart` before its
 * first screen renders. Quechua and Aymara have none yet: these texts show in Spanish there
 * until a speaker provides them (never guessed).
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-arco.ts';
import { messages as es, type ArcoKey } from './es-arco.ts';

export const arcoPart: CatalogPart<ArcoKey> = { es, en };
