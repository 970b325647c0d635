/**
 * The rejects of an import as a CSV file made in the browser, so the person importing can fix
 * the rows in her spreadsheet: UTF-8 with a BOM (Excel then shows accents right), one problem
 * per line, and any cell that Excel would run as a formula (= + - @, tab, carriage return at the
 * start) neutralised with a leading apostrophe, as the CLI's rejects file does.
 */
import { t } from '../i18n/i18n.ts';
import { problemText } from '../ui/problem-text.ts';
import type { ImportReport } from './registry-api.ts';

type Reject = ImportReport['rejects'][number];

/** A cell Excel reads as text: formula starters defused, quoted when it holds a separator, quote or line break. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The whole CSV text, header in the reader's language, lines ended with CRLF as Excel writes.
 * @example rejectsCsv([{ line: 5, column: 'DNI', message: 'DNI must have 8 digits; got 7' }])
 */
export function rejectsCsv(rejects: readonly Reject[]): string {
  const header = [t('import.csv.line'), t('import.csv.column'), t('import.csv.reason')];
  const lines = [header, ...rejects.map((r) => [String(r.line), r.column, problemText({ path: r.column, message: r.message, code: r.code, params: r.params })])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** `problemas-socias.csv` for `socias.xlsx`. */
export function rejectsFileName(uploaded: string): string {
  const base = uploaded.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'lista';
  return t('import.csv.fileName', { name: base });
}

/** Hands the rejects to the browser as a download; nothing is sent to the server. */
export function downloadRejects(rejects: readonly Reject[], uploaded: string): void {
  const url = URL.createObjectURL(new Blob([rejectsCsv(rejects)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = rejectsFileName(uploaded);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
