/**
 * Reads .xlsx workbooks into the same text tables a CSV gives (src/domain/registry/import/
 * delimited.ts), so importers never see spreadsheet cell types.
 *
 * Must hold: row numbers are the spreadsheet's own (blank rows skipped, not renumbered); a date
 * cell becomes YYYY-MM-DD (with THH:MM:SS only when it has a time); a number cell becomes its
 * plain decimal text as stored ("40123456", "0.5"), while a text cell keeps its leading zeros
 * ("080101"); booleans become TRUE/FALSE. Every sheet can be read by name (XLSForm files have
 * survey, choices and settings sheets). Uses read-excel-file (pure JS, reads only), in its
 * build that reads the zip from its central directory: the Node build unzips as a stream and never
 * settles on a zip whose end record is damaged (a request that would hang forever).
 */
import readXlsxFile from 'read-excel-file/universal';
import { AppError } from '../../domain/errors.ts';
import { tableWithHeader, type Table } from '../../domain/registry/import/delimited.ts';

/** The bytes as an ArrayBuffer of their own (a Uint8Array may be a view into a larger buffer). */
export const xlsxInput = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

/** How read-excel-file hands us a number cell: its text as stored, tagged so it is not taken for text. */
class NumberCell {
  constructor(readonly stored: string) {}
}

/**
 * Every sheet of a workbook, by sheet name, in tab order. The first non-blank row of a sheet
 * (after any one-cell title rows) is its header. Throws VALIDATION_FAILED when the bytes are not a readable .xlsx file.
 * @example const { survey, choices } = await readWorkbook(bytes)
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Record<string, Table>> {
  const sheets = await readSheets(bytes);
  return Object.fromEntries(sheets.map((s) => [s.sheet, s.table]));
}

/** The first sheet (in tab order) of a workbook, with its name. */
export async function readFirstSheet(bytes: Uint8Array): Promise<{ sheet: string; table: Table }> {
  const [first] = await readSheets(bytes);
  if (!first) throw unreadable('the workbook has no sheets');
  return first;
}

async function readSheets(bytes: Uint8Array): Promise<{ sheet: string; table: Table }[]> {
  const input = xlsxInput(bytes);
  let sheets;
  try {
    sheets = await readXlsxFile<NumberCell>(input, { parseNumber: (stored) => new NumberCell(stored), trim: true });
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  return sheets.map(({ sheet, data }) => ({ sheet, table: sheetTable(data as unknown[][]) }));
}

function sheetTable(data: unknown[][]): Table {
  const rows = data
    .map((cells, index) => ({ line: index + 1, cells: cells.map(cellText) }))
    .filter((row) => row.cells.some((c) => c.trim() !== ''));
  return tableWithHeader(rows);
}

/** The text of one cell as a person would read it, with dates in ISO form. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof NumberCell) return numberText(value.stored);
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function numberText(stored: string): string {
  if (/^-?\d+$/.test(stored)) return stored;
  const n = Number(stored);
  // Writers may store 0.1 as 0.10000000000000001; the shortest round-trip text is what Excel shows.
  return Number.isFinite(n) ? String(n) : stored;
}

function dateText(date: Date): string {
  // read-excel-file builds dates in UTC from the serial number and floors the milliseconds.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const iso = rounded.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function unreadable(reason: string): AppError {
  const message = `The spreadsheet cannot be read as .xlsx: ${reason}`;
  return new AppError('VALIDATION_FAILED', message, { details: [{ path: 'file', code: 'file.unreadable', message }] });
}

/**
 * Every sheet of a workbook as raw cells (numbers, dates and booleans as read-excel-file gives
 * them), for readers that interpret cells themselves, like the XLSForm reader.
 */
export async function readWorkbookCells(bytes: Uint8Array): Promise<Record<string, unknown[][]>> {
  const input = xlsxInput(bytes);
  try {
    const sheets = await readXlsxFile(input);
    return Object.fromEntries(sheets.map(({ sheet, data }) => [sheet, data as unknown[][]]));
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
}
