/**
 * The protective-equipment and mercury screens' catalog part: Spanish and English together,
 * imported only by their lazy chunk (web/protection/routes.tsx), which adds them with
 * `addCatalogPart` before rendering.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-protection.ts';
import { messages as es, type ProtectionKey } from './es-protection.ts';

export const protectionPart: CatalogPart<ProtectionKey> = { es, en };
