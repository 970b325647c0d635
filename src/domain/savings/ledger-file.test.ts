/** Reading a typed-in paper ledger: amounts as people write them, dates, ids, and the first unreadable line. */
import { describe, expect, it } from 'vitest';
import { penToCentimos, readLedgerTable } from './ledger-file.ts';

const table = (rows: Record<string, string>[]) => ({ header: ['Date', 'member', 'type', 'shares', 'amount_pen', 'interest_pen', 'id'], rows: rows.map((values, i) => ({ line: i + 2, values })) });

describe('paper ledger files', () => {
  it('reads soles into céntimos without floats', () => {
    expect([penToCentimos('12'), penToCentimos('12,5'), penToCentimos('S/ 0.07'), penToCentimos('1200.10')]).toEqual([1_200, 1_250, 7, 120_010]);
    expect([penToCentimos('1.234'), penToCentimos('-3'), penToCentimos('')]).toEqual([undefined, undefined, undefined]);
  });

  it('turns rows into transactions, DD/MM/YYYY dates to ISO, with the id column or the line as client id', () => {
    const read = readLedgerTable(table([
      { Date: '05/03/2026', member: 'Rosa', type: 'Repayment', shares: '', amount_pen: '20', interest_pen: '', id: '' },
      { Date: '2026-03-05', member: '', type: 'cash_count', shares: '', amount_pen: '99.90', interest_pen: '', id: 'count-1' },
    ]));
    expect(read).toEqual({ ok: true, lines: [
      { line: 2, transaction: { id: 'line-2', date: '2026-03-05', type: 'repayment', member: 'Rosa', principal: 2_000, interest: 0 } },
      { line: 3, transaction: { id: 'count-1', date: '2026-03-05', type: 'cash_count', counted: 9_990 } },
    ] });
  });

  it('names the first line it cannot read', () => {
    expect(readLedgerTable(table([{ Date: '2026-03-05', member: 'Rosa', type: 'share_purchase', shares: '1.5', amount_pen: '' }]))).toEqual({ ok: false, line: 2, message: 'shares "1.5" is not a whole number' });
    expect(readLedgerTable({ header: ['date', 'member'], rows: [] })).toMatchObject({ ok: false, line: 1, message: 'missing columns type, amount_pen (expected date, member, type, shares, amount_pen, interest_pen)' });
  });
});
