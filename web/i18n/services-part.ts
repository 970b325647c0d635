/**
 * The service points' shared catalog part (kinds, a service's card, the nearest list of a
 * mining site): Spanish and English together, added by web/services/service-kinds.ts when any
 * screen that shows service points loads it.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-services.ts';
import { messages as es, type ServicesKey } from './es-services.ts';

export const servicesPart: CatalogPart<ServicesKey> = { es, en };
