/** Writes an export table as an .xlsx workbook (one sheet, header row in bold, every value typed). */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { ExportTable } from '../../domain/registry/export-table.ts';

export async function writeXlsx(table: ExportTable, sheet: string): Promise<Buffer> {
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map((value) => (value === null ? null : { value })));
  const data = [header, ...rows] as SheetData;
  return writeXlsxFile(data, { sheet }).toBuffer();
}
