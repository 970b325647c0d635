/**
 * Opens an uploaded table file (CSV, TSV, TXT or XLSX) and returns its rows as text keyed by
 * header, with the line or spreadsheet row of each, whatever program wrote it.
 *
 * The bytes decide the format before the name does: an .xlsx renamed .csv is still read as a
 * workbook, and an old binary .xls, an .ods or a PDF is refused with a message that says what to
 * save it as. Text files go through the pure decoders in src/domain/registry/import (encoding,
 * BOM, separator, blank lines); the result says which encoding and separator were used so the
 * CLI can tell the user.
 */
import { AppError } from '../../domain/errors.ts';
import { decodeText, type TextEncoding } from '../../domain/registry/import/decode.ts';
import { detectSeparator, readDelimited, type Separator, type Table } from '../../domain/registry/import/delimited.ts';
import { readFirstSheet } from './xlsx.ts';

export { readWorkbook } from './xlsx.ts';

export interface TableFile extends Table {
  format: 'text' | 'xlsx';
  /** Text files: the encoding the bytes were read as. */
  encoding?: TextEncoding;
  /** Text files: the separator found in the header line. */
  separator?: Separator;
  /** Workbooks: the name of the sheet that was read (the first). */
  sheet?: string;
}

const TEXT_EXTENSIONS = new Set(['csv', 'txt', 'tsv', '']);

const SIGNATURES: { bytes: number[]; kind: 'zip' | 'ole' | 'pdf' }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'ole' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
];

/**
 * Reads a table file. Throws UNSUPPORTED_MEDIA_TYPE for formats it cannot read and
 * VALIDATION_FAILED for a file that is empty or broken.
 * @example const table = await readTableFile(await readFile('socias.csv'), 'socias.csv')
 */
export async function readTableFile(bytes: Uint8Array, fileName: string): Promise<TableFile> {
  if (bytes.length === 0) throw new AppError('VALIDATION_FAILED', `${fileName} is empty`, { details: [{ path: 'file', code: 'file.empty', message: 'the file is empty' }] });
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.kind;
  if (kind === 'ole') throw unsupported(fileName, 'file.xls', 'it is an old Excel .xls file; save it as .xlsx or CSV (UTF-8)');
  if (kind === 'pdf') throw unsupported(fileName, 'file.pdf', 'it is a PDF; export the table as .xlsx or CSV');
  if (kind === 'zip' && extension === 'ods') throw unsupported(fileName, 'file.ods', 'it is an OpenDocument spreadsheet; save it as .xlsx or CSV');
  if (kind === 'zip') {
    const { sheet, table } = await readFirstSheet(bytes);
    refuseNulCells(fileName, sheet, table);
    return { ...table, format: 'xlsx', sheet };
  }
  if (!TEXT_EXTENSIONS.has(extension)) throw unsupported(fileName, 'file.format', 'only .csv, .tsv, .txt and .xlsx files can be imported');
  const { text, encoding } = decodeText(bytes);
  const separator = extension === 'tsv' ? '\t' : detectSeparator(text);
  return { ...readDelimited(text, separator), format: 'text', encoding, separator };
}

/**
 * A NUL in a workbook cell (typed, or written `_x0000_`) is refused like a NUL byte in a text
 * file: PostgreSQL refuses it in text, so it was a 500 on import. Names the first cells.
 */
function refuseNulCells(fileName: string, sheet: string, table: Table): void {
  const cells = [
    ...(table.header.some((h) => h.includes('\u0000')) ? ['the header row'] : []),
    ...table.rows.flatMap((r) => Object.entries(r.values).filter(([, v]) => v.includes('\u0000')).map(([column]) => `row ${r.line}, column ${column}`)),
  ];
  if (!cells.length) return;
  const where = `sheet ${sheet}, ${cells.slice(0, 3).join('; ')}${cells.length > 3 ? ` (and ${cells.length - 3} more)` : ''}`;
  throw new AppError('VALIDATION_FAILED', `${fileName} has a NUL character in ${where}; remove it and import again`, {
    details: [{ path: 'file', code: 'file.binary', message: `contains a NUL character (${where})` }],
  });
}

function unsupported(fileName: string, code: string, reason: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', `${fileName} cannot be imported: ${reason}`, { details: [{ path: 'file', code, message: reason }] });
}
