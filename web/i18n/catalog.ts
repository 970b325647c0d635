/**
 * The shape every non-Spanish catalog shares, kept apart from the catalogs so that a reviewer of
 * Quechua or Aymara sees one plain rule: a text is either translated with confidence, translated
 * tentatively and listed in `needsReview`, or absent (and then shown in Spanish).
 * A tentative text is still shown to users, so a reviewer should check `needsReview` first.
 */
import type { CoreKey, MessageKey } from './es.ts';

export interface Catalog {
  /** Translations; any key left out falls back to Spanish. */
  messages: Partial<Record<MessageKey, string>>;
  /** Keys whose text in `messages` is a tentative translation a native speaker must check. */
  needsReview: readonly MessageKey[];
}

/**
 * A catalog that must translate every key of the shell (English: the second reference
 * language); the keys of lazily loaded parts arrive with their part (see `CatalogPart`).
 */
export interface CompleteCatalog extends Catalog {
  messages: Record<CoreKey, string> & Partial<Record<MessageKey, string>>;
}

/**
 * The texts of a module loaded on demand: Spanish (its source of truth) and complete English.
 * Its chunk adds them with `addCatalogPart` before its first screen renders. Quechua and Aymara
 * texts for any key, once a speaker provides them, go in qu.ts and ay.ts like the others.
 */
export interface CatalogPart<K extends MessageKey> {
  es: Record<K, string>;
  en: Record<K, string>;
}
