/**
 * One list as a download: rows of records in a fixed column order, written as CSV (UTF-8 with a
 * BOM) or as an XLSX sheet. Every export of a list goes through toExportTable, so text a
 * spreadsheet would run as a formula is neutralised whatever list it comes from. The caller has
 * already applied the role's rights: this module only formats what it is given.
 */
import { toCsv, toExportTable } from '../../domain/registry/export-table.ts';
import { writeXlsx } from './write-table.ts';

export type FileFormat = 'csv' | 'xlsx';

export interface TableFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface RecordsFileOptions {
  /** Column names, in order; each is a key of the records. */
  columns: readonly string[];
  /** File name without extension, e.g. `pallay-ppe-stock`. */
  name: string;
  /** Sheet name in the workbook (at most 31 characters). */
  sheet: string;
  format: FileFormat;
}

/**
 * @example await recordsFile([{ item: 'Casco', on_hand: 3 }], { columns: ['item', 'on_hand'], name: 'pallay-ppe-stock', sheet: 'stock', format: 'csv' })
 */
export async function recordsFile(records: readonly Record<string, unknown>[], options: RecordsFileOptions): Promise<TableFile> {
  const table = toExportTable(records, options.columns);
  if (options.format === 'csv') {
    return { filename: `${options.name}.csv`, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(toCsv(table), 'utf8') };
  }
  return { filename: `${options.name}.xlsx`, contentType: XLSX_TYPE, bytes: await writeXlsx(table, options.sheet.slice(0, 31)) };
}
