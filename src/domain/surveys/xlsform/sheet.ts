/**
 * One XLSForm sheet as text: found by name whatever its case (`survey`, `SURVEY`), its header
 * row read case-insensitively, every cell turned into trimmed text, and every row keeping the
 * spreadsheet's own 1-based number so problems can point at it. Blank rows are dropped (forms
 * use them as spacers) without renumbering the rest.
 */

export interface SheetColumn {
  /** The header as written, for messages. */
  header: string;
  /** Lower-cased, trimmed: what lookups compare. */
  key: string;
  index: number;
}

export interface SheetRow {
  row: number;
  cells: string[];
}

export interface Sheet {
  /** The sheet name as written in the workbook. */
  name: string;
  columns: SheetColumn[];
  rows: SheetRow[];
}

/** The sheet whose name is `wanted` in any case, or null. */
export function findSheet(sheets: Record<string, unknown[][]>, wanted: string): Sheet | null {
  const name = Object.keys(sheets).find((n) => n.trim().toLowerCase() === wanted);
  const data = name === undefined ? undefined : sheets[name];
  if (name === undefined || !data) return null;
  const rows: SheetRow[] = [];
  data.forEach((cells, index) => {
    const texts = (cells ?? []).map(cellText);
    if (texts.some((t) => t !== '')) rows.push({ row: index + 1, cells: texts });
  });
  const headerRow = rows.shift();
  const columns = (headerRow?.cells ?? []).map((header, index) => ({ header, key: header.toLowerCase(), index }));
  return { name, columns: columns.filter((c) => c.key !== ''), rows };
}

/** Control characters other than tab and line breaks: they break exports, and PostgreSQL refuses NUL (`_x0000_` in a cell). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The cells (header row included) holding a control character, by spreadsheet row and column header. */
export function controlCharacterCells(sheet: Sheet): { row: number; column: string }[] {
  const header = (index: number) => sheet.columns.find((c) => c.index === index)?.header || `#${index + 1}`;
  return [{ row: 1, cells: sheet.columns.map((c) => c.header) }, ...sheet.rows]
    .flatMap((r) => r.cells.flatMap((cell, index) => (CONTROL_CHARACTERS.test(cell) ? [{ row: r.row, column: header(index) }] : [])));
}

/** The first column whose header is one of `keys` (lower case), or null. */
export function findColumn(sheet: Sheet, ...keys: string[]): SheetColumn | null {
  for (const key of keys) {
    const column = sheet.columns.find((c) => c.key === key);
    if (column) return column;
  }
  return null;
}

/** The text of one cell of a row in a column (empty when the column is absent or the row is short). */
export function cellAt(row: SheetRow, column: SheetColumn | null): string {
  return column === null ? '' : (row.cells[column.index] ?? '');
}

/**
 * A cell as text, whatever read-excel-file made of it: numbers in their shortest form (a choice
 * named 2022 is "2022"), booleans as "true"/"false" (a name cell typed FALSE becomes "false"),
 * dates as YYYY-MM-DD (with the time in ISO form when there is one: a `version` cell).
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  // src/services/files/xlsx.ts wraps number cells as { stored: '2022' } so they keep their digits.
  const stored = typeof value === 'object' ? (value as { stored?: unknown }).stored : undefined;
  return (typeof stored === 'string' ? stored : String(value)).trim();
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
