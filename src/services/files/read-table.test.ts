import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeXlsx } from './fixtures/make-xlsx.ts';
import { readTableFile, readWorkbook } from './read-table.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const windows1252 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

const socias = makeXlsx([
  {
    name: 'Socias',
    rows: {
      1: ['Padrón de socias — Asociación Virgen del Carmen'],
      3: ['DNI', 'Nombres', 'Apellidos', 'Fecha de nacimiento', 'Ubigeo', 'Celular', 'Activa', 'Hijos'],
      4: [40123456, { inline: 'Rosa' }, 'Quispe Mamani', { date: '1985-03-05' }, '080101', 987654321, true, 2],
      6: [{ stored: '4.1234567E7' }, 'Nélida', 'Ñaupari', { date: '1979-11-12' }, 211002, null, false, { stored: '0.10000000000000001' }],
    },
  },
  { name: 'Notas', rows: { 1: ['Nota'], 2: ['importar en marzo'] } },
]);

describe('readTableFile: text', () => {
  it('reads a Latin-1 CSV with semicolons and says which encoding and separator it used', async () => {
    const table = await readTableFile(windows1252('Apellido paterno;Nombres\r\nÑaupari;María\r\n'), 'socias.csv');
    expect(table).toEqual({
      header: ['Apellido paterno', 'Nombres'],
      rows: [{ line: 2, values: { 'Apellido paterno': 'Ñaupari', Nombres: 'María' } }],
      format: 'text', encoding: 'windows-1252', separator: ';',
    });
  });

  it('reads .tsv as tab-separated and .txt by detection', async () => {
    const tsv = await readTableFile(new TextEncoder().encode('A\tB,C\n1\t2,3\n'), 'lista.TSV');
    expect(tsv.rows[0]?.values).toEqual({ A: '1', 'B,C': '2,3' });
    expect((await readTableFile(new TextEncoder().encode('A|B\n'), 'lista.txt')).separator).toBe(',');
  });

  it('refuses empty files and formats it cannot read, saying what to do', async () => {
    await expect(readTableFile(new Uint8Array(), 'vacio.csv')).rejects.toThrow('vacio.csv is empty');
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readTableFile(xls, 'socias.xls')).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: /old Excel \.xls file; save it as \.xlsx or CSV/ });
    await expect(readTableFile(new TextEncoder().encode('%PDF-1.7'), 'socias.pdf')).rejects.toThrow(/it is a PDF/);
    await expect(readTableFile(new TextEncoder().encode('{}'), 'socias.json')).rejects.toThrow(/only \.csv, \.tsv, \.txt and \.xlsx/);
    await expect(readTableFile(socias, 'socias.ods')).rejects.toThrow(/OpenDocument/);
  });
});

describe('readTableFile: xlsx', () => {
  it('reads the first sheet with spreadsheet row numbers, ISO dates and leading zeros kept', async () => {
    const table = await readTableFile(socias, 'socias.xlsx');
    expect(table.format).toBe('xlsx');
    expect(table.sheet).toBe('Socias');
    // Row 1 is a title above the real header in row 3.
    expect(table.header).toEqual(['DNI', 'Nombres', 'Apellidos', 'Fecha de nacimiento', 'Ubigeo', 'Celular', 'Activa', 'Hijos']);
    expect(table.rows.map((r) => r.line)).toEqual([4, 6]);
    expect(table.rows[1]?.values).toMatchObject({ DNI: '41234567', Apellidos: 'Ñaupari', 'Fecha de nacimiento': '1979-11-12', Hijos: '0.1' });
  });

  it('turns every cell type into the text a person reads', async () => {
    const bytes = makeXlsx([{ name: 'Hoja1', rows: { 2: ['DNI', 'Fecha', 'Ubigeo', 'Celular', 'Activa', 'Peso'], 3: [40123456, { date: '1985-03-05' }, '080101', 987654321, true, { stored: '0.10000000000000001' }], 5: [{ stored: '4.1234567E7' }, { date: '2024-02-29' }, 211002, null, false, 2.5] } }]);
    const table = await readTableFile(bytes, 'socias.xlsx');
    expect(table.rows).toEqual([
      { line: 3, values: { DNI: '40123456', Fecha: '1985-03-05', Ubigeo: '080101', Celular: '987654321', Activa: 'TRUE', Peso: '0.1' } },
      { line: 5, values: { DNI: '41234567', Fecha: '2024-02-29', Ubigeo: '211002', Celular: '', Activa: 'FALSE', Peso: '2.5' } },
    ]);
  });

  it('reads a workbook by its content even when it was renamed .csv', async () => {
    expect((await readTableFile(socias, 'socias.csv')).format).toBe('xlsx');
  });

  it('refuses a damaged workbook with a message', async () => {
    const broken = socias.slice(0, 200);
    await expect(readTableFile(broken, 'socias.xlsx')).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: /cannot be read as \.xlsx/ });
  });
});

describe('readWorkbook', () => {
  it('reads every sheet by name', async () => {
    const book = await readWorkbook(socias);
    expect(Object.keys(book)).toEqual(['Socias', 'Notas']);
    expect(book.Notas).toEqual({ header: ['Nota'], rows: [{ line: 2, values: { Nota: 'importar en marzo' } }] });
  });

  it('reads a real XLSForm (pyxform test suite, upper-case sheet names) sheet by sheet', async () => {
    const book = await readWorkbook(fixture('xlsform-case-insensitivity.xlsx'));
    expect(Object.keys(book)).toEqual(['SURVEY', 'CHOICES', 'SETTINGS', 'EXTERNAL_CHOICES', 'ENTITIES', 'OSM']);
    expect(book.SURVEY?.header).toEqual(['TYPE', 'NAME', 'LABEL::EN', 'CHOICE_FILTER']);
    expect(book.SURVEY?.rows[1]).toEqual({
      line: 3,
      values: { TYPE: 'select_one_external c1', NAME: 'q2', 'LABEL::EN': 'Where are you?', CHOICE_FILTER: 'YES_NO=${q1}' },
    });
    expect(book.SETTINGS?.rows).toEqual([{ line: 2, values: { FORM_TITLE: 'Yes or no', FORM_ID: 'YesNo', DEFAULT_LANGUAGE: 'EN' } }]);
  });
});
