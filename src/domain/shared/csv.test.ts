import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM, keeping leading zeros and accents', () => {
    const table = parseCsv('\uFEFFcode,name\r\n010101,"Chachapoyas, ""capital"""\r\n02,Áncash\r\n');
    expect(table.header).toEqual(['code', 'name']);
    expect(table.rows).toEqual([
      { line: 2, values: { code: '010101', name: 'Chachapoyas, "capital"' } },
      { line: 3, values: { code: '02', name: 'Áncash' } },
    ]);
  });

  it('keeps line breaks inside quotes and fills missing trailing cells with empty strings', () => {
    const table = parseCsv('a,b,c\n"x\ny",1\n');
    expect(table.rows[0]!.values).toEqual({ a: 'x\ny', b: '1', c: '' });
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 10 }), (rows) => {
        const text = rows.map((r) => r.map(quote).join(',')).join('\n');
        expect(parseCsvRecords(text)).toEqual(rows);
      }),
    );
  });
});
