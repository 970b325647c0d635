/**
 * The shape every non-Spanish catalog shares, kept apart from the catalogs so that a reviewer of
 * Quechua or Aymara sees one plain rule: a text is either translated with confidence, translated
 * tentatively and listed in `needsReview`, or absent (and then shown in Spanish).
 * A tentative text is still shown to users, so a reviewer should check `needsReview` first.
 */
import type { MessageKey } from './es.ts';

export interface Catalog {
  /** Translations; any key left out falls back to Spanish. */
  messages: Partial<Record<MessageKey, string>>;
  /** Keys whose text in `messages` is a tentative translation a native speaker must check. */
  needsReview: readonly MessageKey[];
}

/** A catalog that must translate every key (English: the second reference language). */
export interface CompleteCatalog extends Catalog {
  messages: Record<MessageKey, string>;
}
