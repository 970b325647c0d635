/**
 * Label columns and their languages. XLSForm writes a translated column as `label::Español (es)`,
 * and older forms as `label:English (en)` or `label::english`: the language is the code in the
 * parentheses when there is one, else the language name lower-cased, and a plain `label` column is
 * the language `default`. The same rule reads settings' `default_language`, so `Swahili (sw)`
 * there matches the `sw` labels.
 */
import type { Labels } from '../form.ts';
import { cellAt, type Sheet, type SheetColumn, type SheetRow } from './sheet.ts';

export interface LabelColumn {
  language: string;
  column: SheetColumn;
}

const TRANSLATED_HEADER = /^([^:]+?)\s*::?\s*(.+)$/;
const CODE_IN_PARENTHESES = /\(([^()]+)\)\s*$/;

/**
 * The language code of a column suffix or a `default_language` setting.
 * @example languageCode('English (en)') // 'en'
 * @example languageCode('Chinese') // 'chinese'
 */
export function languageCode(written: string): string {
  const code = CODE_IN_PARENTHESES.exec(written)?.[1] ?? written;
  return code.trim().toLowerCase();
}

/** Splits `label::English (en)` into its base column (`label`) and language (`en`). */
export function splitTranslatedHeader(header: string): { base: string; language: string } {
  const match = TRANSLATED_HEADER.exec(header.trim());
  if (!match?.[1] || !match[2]) return { base: header.trim().toLowerCase(), language: 'default' };
  return { base: match[1].toLowerCase(), language: languageCode(match[2]) };
}

/** The label columns of a sheet (`label`, `label::…`, `label:…`), in column order. */
export function findLabelColumns(sheet: Sheet): LabelColumn[] {
  const found: LabelColumn[] = [];
  for (const column of sheet.columns) {
    const { base, language } = splitTranslatedHeader(column.header);
    if (base === 'label' && !found.some((f) => f.language === language)) found.push({ language, column });
  }
  return found;
}

/** A row's non-empty labels by language. */
export function readLabels(row: SheetRow, columns: LabelColumn[]): Labels {
  const labels: Labels = {};
  for (const { language, column } of columns) {
    const text = cellAt(row, column);
    if (text !== '') labels[language] = text;
  }
  return labels;
}
