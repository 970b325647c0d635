/** The rejects CSV made in the browser: Excel-safe cells, BOM, header in the reader's language. */
import { describe, expect, it } from 'vitest';
import { addCatalogPart } from '../i18n/i18n.ts';
import { registryPart } from '../i18n/registry-part.ts';
import { csvCell, rejectsCsv, rejectsFileName } from './import-csv.ts';

addCatalogPart(registryPart);

describe('rejects CSV', () => {
  it('defuses cells Excel would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+51 987')).toBe("'+51 987");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('Ñaupari')).toBe('Ñaupari');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('DNI must have 8 digits; got 7')).toBe('"DNI must have 8 digits; got 7"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a BOM, a Spanish header and one line per problem', () => {
    const csv = rejectsCsv([
      { line: 5, column: 'DNI', message: 'DNI must have 8 digits; got 7' },
      { line: 6, column: 'F. Nac.', message: '"31/02/1990" is not a real date' },
    ]);
    expect(csv).toBe('\uFEFFfila,columna,motivo\r\n5,DNI,"DNI must have 8 digits; got 7"\r\n6,F. Nac.,"""31/02/1990"" is not a real date"\r\n');
  });

  it('names the download after the uploaded file', () => {
    expect(rejectsFileName('padrón 2025.xlsx')).toBe('problemas-padrón-2025.csv');
    expect(rejectsFileName('.csv')).toBe('problemas-lista.csv');
  });
});
