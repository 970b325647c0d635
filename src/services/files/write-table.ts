/** Writes export tables as an .xlsx workbook (one sheet per table, header row in bold, every value typed). */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { ExportTable } from '../../domain/registry/export-table.ts';

function sheetData(table: ExportTable): SheetData {
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map((value) => (value === null ? null : { value })));
  return [header, ...rows] as SheetData;
}

export async function writeXlsx(table: ExportTable, sheet: string): Promise<Buffer> {
  return writeXlsxFile(sheetData(table), { sheet }).toBuffer();
}

/** Several tables in one workbook, each on its own named sheet (sheet names: at most 31 characters). */
export async function writeXlsxSheets(sheets: readonly { name: string; table: ExportTable }[]): Promise<Buffer> {
  return writeXlsxFile(sheets.map((s) => ({ data: sheetData(s.table), sheet: s.name.slice(0, 31) }))).toBuffer();
}
