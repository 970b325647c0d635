/**
 * The discreet help pages' catalog part: Spanish and English together, imported only by their
 * lazy chunk (web/help/routes.tsx), which adds them with `addCatalogPart` before rendering.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-help.ts';
import { messages as es, type HelpKey } from './es-help.ts';

export const helpPart: CatalogPart<HelpKey> = { es, en };
