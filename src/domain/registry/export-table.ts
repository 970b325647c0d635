/**
 * Registry exports as a plain table (header + rows) and as CSV. Values that a spreadsheet would
 * run as a formula (starting with = + - @, or a tab/CR) get a leading apostrophe, so an export
 * opened in Excel can never execute what someone typed into a name field.
 */
export type Cell = string | number | boolean | null;

export interface ExportTable {
  header: string[];
  rows: Cell[][];
}

export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Cells of one record, in header order; arrays are joined with spaces, text is neutralised. */
export function toExportTable(records: readonly Record<string, unknown>[], header: readonly string[]): ExportTable {
  const cell = (value: unknown): Cell => {
    if (value === null || value === undefined) return null;
    if (Array.isArray(value)) return neutraliseFormula(value.join(' '));
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    return neutraliseFormula(String(value));
  };
  return { header: [...header], rows: records.map((r) => header.map((h) => cell(r[h]))) };
}

/** RFC 4180 CSV, UTF-8 with a BOM (Excel on a Spanish-locale computer then reads the accents). */
export function toCsv(table: ExportTable): string {
  const quote = (value: Cell) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}
