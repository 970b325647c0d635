/**
 * The catalog part of the field screens (web/offline: the /sync page and the notices of forms
 * saved through the outbox): Spanish and English together, added with `addCatalogPart` by the
 * offline modules that show them, never by the login route.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-field.ts';
import { messages as es, type FieldKey } from './es-field.ts';

export const fieldPart: CatalogPart<FieldKey> = { es, en };
