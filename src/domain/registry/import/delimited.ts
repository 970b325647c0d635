/**
 * Reads a delimited text table (comma, semicolon or tab) into rows keyed by header, keeping the
 * true line number of every row so a rejects file can point at the line people see in an editor.
 *
 * Why not src/domain/shared/csv.ts: that reader is comma-only and numbers records, not lines, so
 * a quoted value spanning two lines or a skipped blank line shifts every number after it. This
 * one also skips rows that are blank or only separators (";;;" is how Excel saves an empty row),
 * names header-less columns "(column N)" and renames repeated headers "Name (2)" so no value is
 * lost silently. Values and header names are trimmed. Pure.
 */
import { AppError } from '../../errors.ts';

export type Separator = ',' | ';' | '\t';

export interface TableRow {
  /** 1-based line (or spreadsheet row) where the row starts; the header counts. */
  line: number;
  values: Record<string, string>;
}

/** A table read from a file: the same shape as src/domain/shared/csv.ts's CsvTable. */
export interface Table {
  header: string[];
  rows: TableRow[];
}

/**
 * The separator of the header line (the first non-blank line): whichever of tab, semicolon and
 * comma occurs most outside quotes; ties go to tab, then semicolon (Spanish-locale Excel), and a
 * single-column file gets ','.
 * @example detectSeparator('Nombres;Apellido paterno;DNI\n') // ';'
 */
export function detectSeparator(text: string): Separator {
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const counts: Record<Separator, number> = { '\t': 0, ';': 0, ',': 0 };
  let inQuotes = false;
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\t' || ch === ';' || ch === ',')) counts[ch]++;
  }
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] > 0 ? best : ',';
}

interface RawRecord {
  line: number;
  fields: string[];
}

/** Splits text into records (RFC 4180 quoting, CRLF/LF/CR), each with its starting line. */
function splitRecords(text: string, sep: Separator): RawRecord[] {
  const src = text.replace(/^\uFEFF/, '');
  const records: RawRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let inQuotes = false;
  let quoteLine = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    const isLineEnd = ch === '\n' || (ch === '\r' && src[i + 1] !== '\n');
    if (inQuotes) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        if (isLineEnd) line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      inQuotes = true;
      field = '';
      quoteLine = line;
    } else if (ch === sep) endField();
    else if (isLineEnd) {
      endField();
      records.push({ line: start, fields });
      fields = [];
      start = ++line;
    } else if (ch !== '\r') field += ch;
  }
  if (inQuotes) {
    const message = `line ${quoteLine}: a quoted value opened here is never closed (a missing ")`;
    throw new AppError('VALIDATION_FAILED', `The file cannot be read: ${message}`, { details: [{ path: `line ${quoteLine}`, code: 'file.unclosed_quote', params: { line: quoteLine }, message }] });
  }
  if (field !== '' || fields.length > 0) records.push({ line: start, fields: [...fields, field] });
  return records;
}

/**
 * Reads a delimited table. The first non-blank row (after any title rows) is the header; blank
 * rows are skipped but every row keeps its true line number.
 * @example readDelimited('DNI;Nombres\n\n40123456;Rosa\n', ';').rows // [{ line: 3, values: { DNI: '40123456', Nombres: 'Rosa' } }]
 */
export function readDelimited(text: string, sep: Separator): Table {
  const records = splitRecords(text, sep).filter((r) => r.fields.some((f) => f.trim() !== ''));
  return tableWithHeader(records.map((r) => ({ line: r.line, cells: r.fields })));
}

/**
 * Builds a Table from non-blank rows: the header is the first row, except that up to five title
 * rows above it (one filled cell, such as "Padrón de socias 2025") are skipped when a wider row
 * follows them.
 */
export function tableWithHeader(rows: { line: number; cells: string[] }[]): Table {
  const filled = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;
  const wide = rows.findIndex((r) => filled(r.cells) > 1);
  const at = wide > 0 && wide <= 5 ? wide : 0;
  const header = rows[at];
  return header ? tableFromCells(header.cells, rows.slice(at + 1)) : { header: [], rows: [] };
}

/**
 * Builds a Table from a header row and data rows of cells (shared with the XLSX reader). Cells
 * beyond the header get "(column N)" headers; all names and values are trimmed.
 */
export function tableFromCells(headerCells: string[], data: { line: number; cells: string[] }[]): Table {
  // Columns past the last one with a header or a value (a trailing ";") are dropped.
  const width = data.reduce((max, r) => Math.max(max, usedWidth(r.cells)), usedWidth(headerCells));
  const header = uniqueNames(Array.from({ length: width }, (_, i) => headerCells[i]?.trim() || `(column ${i + 1})`));
  const rows = data.map(({ line, cells }) => ({
    line,
    values: Object.fromEntries(header.map((name, i) => [name, (cells[i] ?? '').trim()])),
  }));
  return { header, rows };
}

function usedWidth(cells: string[]): number {
  let width = cells.length;
  while (width > 0 && (cells[width - 1] ?? '').trim() === '') width--;
  return width;
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
