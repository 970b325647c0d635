/**
 * The registry's catalog part: its Spanish and English texts together, imported only by the
 * registry's lazy chunk (web/registry/routes.tsx), which adds them with `addCatalogPart`.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-registry.ts';
import { messages as es, type RegistryKey } from './es-registry.ts';

export const registryPart: CatalogPart<RegistryKey> = { es, en };
