/**
 * Downloads of what the dashboard shows: the rows of the chart's table as CSV, built in the
 * browser (UTF-8 with a BOM so spreadsheet programs read the accents), or as an Excel workbook,
 * whose writer is fetched only when someone asks for one so the dashboard chunk stays small.
 * Cells that start like a formula are prefixed with `'` (CSV injection).
 */
import type { ChartRow } from './chart-rows.ts';

export interface TableHeaders {
  group: string;
  people: string;
  value: string;
  ciLow: string;
  ciHigh: string;
  baseline: string;
  hidden: string;
}

type Cell = string | number | null;

/** The download's table: one line per row, proportions as fractions, hidden values empty. */
export function downloadTable(rows: readonly ChartRow[], headers: TableHeaders): Cell[][] {
  return [
    [headers.group, headers.people, headers.value, headers.ciLow, headers.ciHigh, headers.baseline, headers.hidden],
    ...rows.map((r) => [r.label, r.n, r.value, r.ci95?.[0] ?? null, r.ci95?.[1] ?? null, r.baseline?.value ?? null, r.hidden ?? '']),
  ];
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(Math.round(cell * 1e6) / 1e6);
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(table: readonly Cell[][]): string {
  return `${table.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A safe file name from an indicator id: letters, digits, `-`, `_` and `.`. */
export function fileNameFor(id: string, extension: 'csv' | 'xlsx'): string {
  return `indicador-${id.replace(/[^A-Za-z0-9_.-]+/g, '_').slice(0, 80)}.${extension}`;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveCsv(table: readonly Cell[][], fileName: string): void {
  save(new Blob(['\ufeff', toCsv(table)], { type: 'text/csv;charset=utf-8' }), fileName);
}

export async function saveXlsx(table: readonly Cell[][], fileName: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = table.map((line) => line.map((value) => (value === null ? null : { value })));
  save(await writeXlsxFile(data).toBlob(), fileName);
}
