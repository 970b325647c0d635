/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM.
 * Returns rows as records keyed by the header, so importers can name the row and column
 * of a bad value. Pure: no IO.
 */
export interface CsvTable {
  header: string[];
  /** Data rows; `line` is the 1-based line number in the file (the header is line 1). */
  rows: { line: number; values: Record<string, string> }[];
}

export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let inQuotes = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
    } else if (ch === '"' && field === '') inQuotes = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

export function parseCsv(text: string): CsvTable {
  const [header = [], ...data] = parseCsvRecords(text);
  const rows = data
    .map((values, index) => ({ line: index + 2, values }))
    .filter((row) => !(row.values.length === 1 && row.values[0] === ''))
    .map(({ line, values }) => ({
      line,
      values: Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])),
    }));
  return { header, rows };
}
