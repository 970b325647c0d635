/** The price file reader: what an office computer saves is read, and every bad cell is named by line and column. */
import { describe, expect, it } from 'vitest';
import { parsePriceFile, parsePriceText } from './price-file.ts';

const TODAY = '2026-11-20';
const paths = (text: string) => parsePriceText(text, TODAY).problems.map((p) => p.path);

describe('a good price file', () => {
  it('reads days and months, gold and the exchange rate in one file, with a source column', () => {
    const file = parsePriceText('date,usd_per_oz,pen_per_usd,source\n2026-10-20,4101.5,3.392,BCRP diario\n2026-09,4010,,Pink Sheet\n', TODAY);
    expect(file.problems).toEqual([]);
    expect(file.prices).toEqual([
      { series: 'gold_usd_per_oz', date: '2026-10-20', period: 'day', value: 4101.5, source: 'BCRP diario', line: 2 },
      { series: 'pen_per_usd', date: '2026-10-20', period: 'day', value: 3.392, source: 'BCRP diario', line: 2 },
      { series: 'gold_usd_per_oz', date: '2026-09-01', period: 'month', value: 4010, source: 'Pink Sheet', line: 3 },
    ]);
  });

  it('reads one series alone, without a source column', () => {
    const file = parsePriceText('date,pen_per_usd\n2026-10-20,3.39\n', TODAY);
    expect(file.prices).toEqual([{ series: 'pen_per_usd', date: '2026-10-20', period: 'day', value: 3.39, source: null, line: 2 }]);
  });

  it('handles a BOM, semicolons, CRLF, blank lines, header case and keeps true line numbers', () => {
    const file = parsePriceText('\uFEFFDate;USD_per_oz\r\n\r\n2026-10-20;4101.5\r\n;\r\n2026-10-21;4110\r\n', TODAY);
    expect(file.problems).toEqual([]);
    expect(file.prices.map((p) => [p.line, p.value])).toEqual([[3, 4101.5], [5, 4110]]);
  });

  it('reads Windows-1252 bytes (a source with an accent) and the shipped files\' headers', () => {
    const bytes = new Uint8Array(Buffer.from('month,usd_per_troy_oz,is_annual_average\n2026-06,4228,0\n', 'latin1'));
    const file = parsePriceFile(bytes, TODAY);
    expect(file.prices).toEqual([{ series: 'gold_usd_per_oz', date: '2026-06-01', period: 'month', value: 4228, source: null, line: 2 }]);
    expect(file.ignoredColumns).toEqual(['is_annual_average']);
    const latin = parsePriceFile(new Uint8Array(Buffer.from('fecha,pen_per_usd,fuente\n2026-10-20,3.39,Cotización SBS\n', 'latin1')), TODAY);
    expect(latin.prices[0]?.source).toBe('Cotización SBS');
  });
});

describe('a bad price file', () => {
  it('refuses a file without a date column or a price column', () => {
    expect(parsePriceText('day,usd_per_oz\n2026-10-20,4100\n', TODAY).problems).toEqual([expect.objectContaining({ path: 'file', code: 'price_file.header' })]);
    expect(parsePriceText('date,gold\n2026-10-20,4100\n', TODAY).problems[0]?.code).toBe('price_file.header');
    expect(parsePriceText('date,usd_per_oz\n', TODAY).problems[0]?.code).toBe('price_file.empty');
  });

  it('names the line and column of every bad cell', () => {
    const text = [
      'date,usd_per_oz,pen_per_usd',
      '2026-13-01,4100,3.4',      // 2: no month 13
      '2026-02-30,4100,3.4',      // 3: no 30 February
      '20/10/2026,4100,3.4',      // 4: not ISO
      '2026-10-20,-5,0',          // 5: negative and zero
      '2026-10-21,"4,100",3,39',  // 6: thousands separator; decimal comma shifts a column
      '2026-10-22,abc,',          // 7: not a number
      '2026-10-23,,',             // 8: no price
      '2027-01-01,4100,3.4',      // 9: future
      ',4100,3.4',                // 10: no date
      '2026-10-24,2000000,3.4',   // 11: beyond the limit
    ].join('\n');
    const problems = parsePriceText(text, TODAY).problems;
    expect(problems.map((p) => p.path)).toEqual([
      'line 2, date', 'line 3, date', 'line 4, date', 'line 5, usd_per_oz', 'line 5, pen_per_usd', 'line 6, usd_per_oz',
      'line 7, usd_per_oz', 'line 8, usd_per_oz/pen_per_usd', 'line 9, date', 'line 10, date', 'line 11, usd_per_oz',
    ]);
    expect(problems.find((p) => p.path === 'line 6, usd_per_oz')?.message).toMatch(/decimal point/);
    expect(problems.find((p) => p.path === 'line 5, usd_per_oz')?.message).toBe('must be a number above 0; got "-5"');
    expect(problems.find((p) => p.path === 'line 9, date')?.message).toMatch(/future/);
    expect(problems[0]?.params).toEqual({ line: 2, column: 'date' });
  });

  it('refuses a decimal comma in a semicolon file', () => {
    expect(parsePriceText('date;pen_per_usd\n2026-10-20;3,39\n', TODAY).problems[0]?.message).toMatch(/decimal point/);
  });

  it('refuses the same series and date twice, naming the first line', () => {
    const problems = parsePriceText('date,usd_per_oz\n2026-10-20,4100\n2026-10-20,4110\n', TODAY).problems;
    expect(problems).toEqual([expect.objectContaining({ path: 'line 3, date', code: 'price_file.duplicate', message: 'gold_usd_per_oz for 2026-10-20 is already on line 2' })]);
  });

  it('refuses a source with control characters or too long', () => {
    expect(paths(`date,usd_per_oz,source\n2026-10-20,4100,${'x'.repeat(201)}\n`)).toEqual(['line 2, source']);
  });

  it('refuses binary data', () => {
    expect(() => parsePriceFile(new Uint8Array([0x64, 0, 0x61]), TODAY)).toThrow(/binary/);
  });
});
