/**
 * The idempotency key of a response: the submission's own instance id when the export has one
 * (`meta/instanceID` and Central's `KEY` write `uuid:…`, Kobo's `_uuid` writes the same id
 * without the prefix, so the prefix is dropped and all three agree), else a hash of the row.
 *
 * Must hold: importing the same file twice gives the same ids, whatever the line order; the
 * hash covers the form id and every non-empty cell with its header (in a fixed header order
 * computed once per file), never the line number.
 */
import { hash as digest } from 'node:crypto';

const UUID_PREFIX = /^uuid:/i;

/** The id written in an id cell, without a `uuid:` prefix; null when the cell is empty. */
export function idFromCell(cell: string): string | null {
  const id = cell.trim().replace(UUID_PREFIX, '');
  return id === '' ? null : id;
}

/** Hashes rows of one file: the column order is fixed once so equal rows hash equal. */
export class RowHasher {
  private readonly order: number[];

  constructor(private readonly formId: string, private readonly header: string[]) {
    // Code-unit order, not localeCompare: the id must not depend on the machine's locale.
    this.order = header.map((_, i) => i).sort((a, b) => compareText(header[a] ?? '', header[b] ?? '') || a - b);
  }

  /** `row-` and 32 hex digits of SHA-256 over the form id and the row's non-empty cells. */
  hash(values: string[]): string {
    let text = this.formId;
    for (const i of this.order) {
      const cell = values[i];
      if (cell !== undefined && cell !== '') text += `\u001e${this.header[i]}\u001f${cell}`;
    }
    // crypto.hash is the one-shot form: no Hash object per row.
    return `row-${digest('sha256', text, 'hex').slice(0, 32)}`;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
