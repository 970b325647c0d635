/**
 * A paper ledger typed into a table (docs/savings.md): one row per transaction with the columns
 * date, member, type, shares, amount_pen, interest_pen (and optionally id, the client
 * transaction id; without it the row's line is its id). Turns rows into ledger transactions,
 * or says which line cannot be read and why. Amounts are read as text into céntimos ("12.50",
 * "12,50", "S/ 12.5"), never through a float. Pure.
 */
import type { Table } from '../registry/import/delimited.ts';
import type { Transaction } from './transactions.ts';

export const LEDGER_COLUMNS = ['date', 'member', 'type', 'shares', 'amount_pen', 'interest_pen'] as const;
export const LEDGER_TYPES = ['share_purchase', 'social_fund', 'fine', 'loan', 'repayment', 'social_fund_grant', 'cash_count'] as const;

export interface LedgerLine {
  line: number;
  transaction: Transaction;
}

export type LedgerFile = { ok: true; lines: LedgerLine[] } | { ok: false; line: number; message: string };

/**
 * Soles as written ("12", "12.5", "12,50", "S/ 1200.00") to céntimos; undefined when unreadable.
 * @example penToCentimos('12,5') // 1250
 */
export function penToCentimos(text: string): number | undefined {
  const match = /^(?:S\/\s*)?(\d{1,9})(?:[.,](\d{1,2}))?$/i.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** ISO dates stay; DD/MM/YYYY (how Peruvian paper ledgers write them) becomes ISO. */
function isoDate(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : undefined;
}

/** Reads every row, or stops at the first one that cannot be read. */
export function readLedgerTable(table: Table): LedgerFile {
  const header = new Map(table.header.map((h) => [h.trim().toLowerCase(), h]));
  const missing = LEDGER_COLUMNS.filter((c) => !header.has(c) && c !== 'interest_pen' && c !== 'shares');
  if (missing.length) return { ok: false, line: 1, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${LEDGER_COLUMNS.join(', ')})` };
  const lines: LedgerLine[] = [];
  for (const row of table.rows) {
    const cell = (column: string) => (header.has(column) ? (row.values[header.get(column)!] ?? '').trim() : '');
    const read = readRow(cell, `line-${row.line}`);
    if (typeof read === 'string') return { ok: false, line: row.line, message: read };
    lines.push({ line: row.line, transaction: read });
  }
  return { ok: true, lines };
}

function readRow(cell: (column: string) => string, lineId: string): Transaction | string {
  const date = isoDate(cell('date'));
  if (!date) return `date "${cell('date')}" is not YYYY-MM-DD or DD/MM/YYYY`;
  const type = cell('type').toLowerCase();
  if (!(LEDGER_TYPES as readonly string[]).includes(type)) return `type "${cell('type')}" is not one of ${LEDGER_TYPES.join(', ')}`;
  const id = cell('id') || lineId;
  const member = cell('member');
  if (!member && type !== 'cash_count') return 'member is blank';
  const money = (column: string, isOptional: boolean): number | string => {
    const text = cell(column);
    if (text === '' && isOptional) return 0;
    const value = penToCentimos(text);
    return value === undefined ? `${column} "${text}" is not an amount in soles (like 12.50)` : value;
  };
  const amount = money('amount_pen', type === 'repayment' || type === 'share_purchase');
  if (typeof amount === 'string') return amount;
  switch (type) {
    case 'share_purchase': {
      const shares = cell('shares');
      return /^\d+$/.test(shares) ? { id, date, type, member, shares: Number(shares) } : `shares "${shares}" is not a whole number`;
    }
    case 'repayment': {
      const interest = money('interest_pen', true);
      return typeof interest === 'string' ? interest : { id, date, type, member, principal: amount, interest };
    }
    case 'cash_count':
      return { id, date, type, counted: amount };
    default:
      return { id, date, type: type as 'social_fund' | 'fine' | 'loan' | 'social_fund_grant', member, amount };
  }
}
