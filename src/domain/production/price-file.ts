/**
 * Reads a reference price file: `date,usd_per_oz` (gold, USD per troy ounce) and/or
 * `date,pen_per_usd` (soles per US dollar), with an optional `source` column. A date is a day
 * (`2026-10-20`) or a month (`2026-10`, a monthly average, kept on the 1st with period 'month').
 *
 * Files come from office computers: a BOM, Windows-1252 bytes, semicolons, blank or title rows
 * are handled by the people importer's readers (decode.ts, delimited.ts). Numbers must use a
 * decimal point and no thousands separator, because "4,228" could mean either.
 *
 * The import is all-or-nothing, so this returns every problem at once, each naming its line
 * and column; the caller writes nothing when there is any. Pure: `today` is passed in.
 */
import type { FieldProblem } from '../errors.ts';
import type { PriceSeries } from '../../contracts/production.ts';
import { decodeText } from '../registry/import/decode.ts';
import { detectSeparator, readDelimited } from '../registry/import/delimited.ts';

export interface ParsedPrice {
  series: PriceSeries;
  /** YYYY-MM-DD; the 1st of the month for a monthly average. */
  date: string;
  period: 'day' | 'month';
  value: number;
  /** The row's own `source`, when the file has that column and the cell is filled. */
  source: string | null;
  line: number;
}

export interface PriceFile {
  prices: ParsedPrice[];
  problems: FieldProblem[];
  /** Columns that were not read (neither date, a price series nor source). */
  ignoredColumns: string[];
}

/** Header names accepted for each column (lower case); `month` and `usd_per_troy_oz` read the shipped files. */
const COLUMN_NAMES = {
  date: ['date', 'month', 'fecha'],
  gold_usd_per_oz: ['usd_per_oz', 'usd_per_troy_oz'],
  pen_per_usd: ['pen_per_usd'],
  source: ['source', 'fuente'],
} as const;

/** The largest value each series may take (the same limits as a price typed in the web app). */
export const PRICE_LIMITS: Record<PriceSeries, number> = { gold_usd_per_oz: 1_000_000, pen_per_usd: 1000 };
export const MAX_PRICE_ROWS = 100_000;
const MAX_SOURCE_LENGTH = 200;
const FIRST_YEAR = 1800;

type Column = keyof typeof COLUMN_NAMES;

function findColumns(header: string[]): { columns: Partial<Record<Column, string>>; ignored: string[] } {
  const columns: Partial<Record<Column, string>> = {};
  const ignored: string[] = [];
  for (const name of header) {
    const column = (Object.keys(COLUMN_NAMES) as Column[]).find((c) => (COLUMN_NAMES[c] as readonly string[]).includes(name.trim().toLowerCase()));
    if (column && !columns[column]) columns[column] = name;
    else ignored.push(name);
  }
  return { columns, ignored };
}

const problem = (line: number, column: string, code: string, message: string): FieldProblem => ({
  path: `line ${line}, ${column}`, code, params: { line, column }, message,
});

function isRealDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** A day or a month as written, or a problem message. */
export function readPriceDate(text: string, today: string): { date: string; period: 'day' | 'month' } | string {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  const read = month ? { date: `${text}-01`, period: 'month' as const } : /^\d{4}-\d{2}-\d{2}$/.test(text) ? { date: text, period: 'day' as const } : null;
  if (!read || !isRealDate(read.date)) return `must be a date as YYYY-MM-DD, or YYYY-MM for a monthly average; got "${text}"`;
  if (Number(read.date.slice(0, 4)) < FIRST_YEAR) return `is before ${FIRST_YEAR}`;
  if (read.date > today) return `is in the future (today is ${today})`;
  return read;
}

/** A positive price with a decimal point, or a problem message. */
export function readPriceValue(text: string, max: number): number | string {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) || /^\d+,\d+$/.test(text)) {
    return `write numbers with a decimal point and no thousands separator (e.g. 4228.50); got "${text}"`;
  }
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) <= 0) return `must be a number above 0; got "${text}"`;
  if (Number(text) > max) return `must be at most ${max}; got "${text}"`;
  return Number(text);
}

/** Parses the text of a price file; see the module comment for what it accepts. */
export function parsePriceText(text: string, today: string): PriceFile {
  const table = readDelimited(text, detectSeparator(text));
  const { columns, ignored } = findColumns(table.header);
  const series = (['gold_usd_per_oz', 'pen_per_usd'] as const).filter((s) => columns[s]);
  if (!columns.date || series.length === 0) {
    const message = 'the file needs a header with a date column and usd_per_oz and/or pen_per_usd (e.g. "date,usd_per_oz")';
    return { prices: [], ignoredColumns: ignored, problems: [{ path: 'file', code: 'price_file.header', message }] };
  }
  if (table.rows.length > MAX_PRICE_ROWS) {
    return { prices: [], ignoredColumns: ignored, problems: [{ path: 'file', code: 'price_file.too_many_rows', params: { max: MAX_PRICE_ROWS }, message: `has more than ${MAX_PRICE_ROWS} rows; split it` }] };
  }
  const prices: ParsedPrice[] = [];
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const dateText = values[columns.date] ?? '';
    const date = readPriceDate(dateText, today);
    if (typeof date === 'string') problems.push(problem(line, columns.date, dateText ? 'price_file.date' : 'price_file.date_missing', dateText ? date : 'is empty'));
    const source = columns.source ? (values[columns.source] ?? '').trim() || null : null;
    if (source && (source.length > MAX_SOURCE_LENGTH || /[\u0000-\u001F\u007F]/.test(source))) {
      problems.push(problem(line, columns.source!, 'price_file.source', `must be at most ${MAX_SOURCE_LENGTH} characters, without control characters`));
    }
    let hasValue = false;
    for (const s of series) {
      const text = values[columns[s]!] ?? '';
      if (text === '') continue;
      hasValue = true;
      const value = readPriceValue(text, PRICE_LIMITS[s]);
      if (typeof value === 'string') problems.push(problem(line, columns[s]!, 'price_file.value', value));
      else if (typeof date !== 'string') {
        const key = `${s} ${date.date}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) problems.push(problem(line, columns.date, 'price_file.duplicate', `${s} for ${date.date} is already on line ${earlier}`));
        else seen.set(key, line);
        prices.push({ series: s, date: date.date, period: date.period, value, source, line });
      }
    }
    if (!hasValue) problems.push(problem(line, series.map((s) => columns[s]).join('/'), 'price_file.no_value', 'has no price'));
  }
  if (table.rows.length === 0) problems.push({ path: 'file', code: 'price_file.empty', message: 'has no price rows below the header' });
  return { prices, problems, ignoredColumns: ignored };
}

/** Decodes the file's bytes (UTF-8, UTF-16 or Windows-1252) and parses it. */
export function parsePriceFile(bytes: Uint8Array, today: string): PriceFile {
  return parsePriceText(decodeText(bytes).text, today);
}
