import { describe, expect, it } from 'vitest';
import { detectSeparator, readDelimited, tableFromCells } from './delimited.ts';

describe('detectSeparator', () => {
  it.each([
    ['Nombres;Apellido paterno;DNI\n1;2;3', ';'],
    ['Nombres,Apellido paterno,DNI', ','],
    ['Nombres\tApellido paterno\tDNI', '\t'],
    ['"Apellidos, nombres";DNI;Sexo', ';'],
    ['\uFEFF\n\n  \nDNI;Sexo', ';'],
    ['DNI', ','],
    ['', ','],
  ])('%j → %j', (text, sep) => expect(detectSeparator(text)).toBe(sep));
});

describe('readDelimited', () => {
  it('skips a BOM and blank lines but keeps the true line numbers', () => {
    const text = '\uFEFFDNI;Nombres\r\n\r\n40123456;Rosa\r\n;;\r\n   \r\n41234567;Nélida\r\n';
    expect(readDelimited(text, ';')).toEqual({
      header: ['DNI', 'Nombres'],
      rows: [
        { line: 3, values: { DNI: '40123456', Nombres: 'Rosa' } },
        { line: 6, values: { DNI: '41234567', Nombres: 'Nélida' } },
      ],
    });
  });

  it('counts the lines inside a quoted value, so later rows keep their numbers', () => {
    const text = 'Nombres,Notas\nRosa,"vive en\nla parte alta"\nNélida,"dice ""no"""\n';
    const { rows } = readDelimited(text, ',');
    expect(rows).toEqual([
      { line: 2, values: { Nombres: 'Rosa', Notas: 'vive en\nla parte alta' } },
      { line: 4, values: { Nombres: 'Nélida', Notas: 'dice "no"' } },
    ]);
  });

  it('starts at the first non-blank line, trims names and values, reads LF, CRLF and CR', () => {
    const text = '\n\n Nombres \tSexo\r Rosa \tF\n';
    expect(readDelimited(text, '\t')).toEqual({ header: ['Nombres', 'Sexo'], rows: [{ line: 4, values: { Nombres: 'Rosa', Sexo: 'F' } }] });
  });

  it('keeps separators inside quotes and reads a quote after leading spaces', () => {
    const { rows } = readDelimited('Apellidos;Nombres\n "Quispe; Mamani";Rosa\n', ';');
    expect(rows[0]?.values).toEqual({ Apellidos: 'Quispe; Mamani', Nombres: 'Rosa' });
  });

  it('names header-less columns, drops trailing empty ones and renames repeated headers', () => {
    const { header, rows } = readDelimited('Teléfono;Teléfono;;\n987654321;912345678;extra;\n', ';');
    expect(header).toEqual(['Teléfono', 'Teléfono (2)', '(column 3)']);
    expect(rows[0]?.values).toEqual({ Teléfono: '987654321', 'Teléfono (2)': '912345678', '(column 3)': 'extra' });
  });

  it('fills missing trailing values with empty text', () => {
    expect(readDelimited('A,B,C\n1\n', ',').rows[0]?.values).toEqual({ A: '1', B: '', C: '' });
  });

  it('reads a last line without a line break, and an empty file as an empty table', () => {
    expect(readDelimited('A\n1', ',').rows).toEqual([{ line: 2, values: { A: '1' } }]);
    expect(readDelimited('\n \n', ',')).toEqual({ header: [], rows: [] });
  });

  it('refuses an unclosed quote, naming the line where it opened', () => {
    expect(() => readDelimited('A;B\n1;2\n3;"sin cerrar\n4;5\n', ';')).toThrow(/line 3: a quoted value opened here is never closed/);
  });
});

describe('tableFromCells', () => {
  it('builds rows keyed by header for the spreadsheet reader', () => {
    expect(tableFromCells(['A', ''], [{ line: 7, cells: ['1', '2'] }])).toEqual({
      header: ['A', '(column 2)'],
      rows: [{ line: 7, values: { A: '1', '(column 2)': '2' } }],
    });
  });
});

describe('title rows', () => {
  it('skips one-cell title rows above the header, keeping line numbers', () => {
    const text = 'Padrón de socias 2025;;;\nAsociación Virgen del Carmen\n\nDNI;Nombres\n40123456;Rosa\n';
    expect(readDelimited(text, ';')).toEqual({ header: ['DNI', 'Nombres'], rows: [{ line: 5, values: { DNI: '40123456', Nombres: 'Rosa' } }] });
  });

  it('keeps a one-column table as it is', () => {
    expect(readDelimited('DNI\n40123456\n41234567\n', ',').rows.map((r) => r.line)).toEqual([2, 3]);
  });
});
