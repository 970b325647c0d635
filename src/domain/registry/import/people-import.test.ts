import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PersonInput } from '../../../contracts/registry.ts';
import { decodeText } from './decode.ts';
import { detectSeparator, readDelimited } from './delimited.ts';
import { parseColumnMap } from './people-columns.ts';
import { readPeopleTable, rejectsCsv } from './people-import.ts';

/** Bytes as Windows-1252, which is what Spanish-locale Excel saves "CSV (delimitado por comas)" in. */
const windows1252 = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
const utf8WithBom = (text: string) => new TextEncoder().encode(`\uFEFF${text}`);

function importBytes(bytes: Uint8Array, map?: string) {
  const { text } = decodeText(bytes);
  return readPeopleTable(readDelimited(text, detectSeparator(text)), map ? { map: parseColumnMap(map) } : {});
}

describe('readPeopleTable', () => {
  it('imports a Latin-1 file with "Ñaupari" intact', () => {
    const file = 'DNI,Apellido paterno,Apellido materno,Nombres,Sexo,Perfil\r\n41234567,Ñaupari,Peña,María Ángela,F,pallaquera\r\n';
    const result = importBytes(windows1252(file));
    expect(result.problems).toEqual([]);
    expect(result.people).toEqual([{ line: 2, input: expect.objectContaining({ paternal_surname: 'Ñaupari', maternal_surname: 'Peña', given_names: 'María Ángela' }) }]);
    expect(PersonInput.safeParse(result.people[0]?.input).success).toBe(true);
  });

  it('reads a BOM, semicolons and blank lines, keeps good rows and reports bad ones by line and column', () => {
    const file = [
      'N°;DNI;Apellidos;Nombres;Sexo;Fecha de nacimiento;Perfil;Observaciones',
      '',
      '1;40123456;Quispe Mamani;Rosa;F;05/03/1985;pallaquera;',
      '2;4012345;Huamán Ccori;Nélida;F;12/11/1979;pallaquera;falta DNI',
      ';;;;;;;',
      '3;;De la Cruz Soto;Juana;Mujer;31/02/1990;minera;',
      '4;;Condori;Luz;F;1990-07-01;pallaquera y minera;',
    ].join('\r\n');
    const result = importBytes(utf8WithBom(file));
    expect(result.plan.ignored.map((i) => i.column)).toEqual(['N°', 'Observaciones']);
    expect(result.people.map((p) => [p.line, p.input.paternal_surname, p.input.maternal_surname, p.input.birth_date])).toEqual([
      [3, 'Quispe', 'Mamani', '1985-03-05'],
      [7, 'Condori', '', '1990-07-01'],
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: 4, column: 'DNI', message: 'DNI must have 8 digits; got 7' }),
      expect.objectContaining({ line: 6, column: 'Fecha de nacimiento', message: '"31/02/1990" is not a real date (that month has 28 days)' }),
    ]);
    for (const { input } of result.people) expect(PersonInput.safeParse(input).success).toBe(true);
  });

  it('decides how a lone "M" reads from the whole sex column', () => {
    const file = 'Nombres\tApellidos\tSexo\tPerfil\nRosa\tQuispe\tM\tpallaquera\nJuan\tQuispe\tH\tminero\n';
    expect(importBytes(utf8WithBom(file)).people.map((p) => p.input.sex)).toEqual(['female', 'male']);
  });

  it('uses --map for columns it does not know', () => {
    const file = 'Socia,Apellidos,Sexo,Actividad principal\nRosa,Quispe,F,pallaquera\n';
    const result = importBytes(utf8WithBom(file), 'Socia=given_names,Actividad principal=profiles');
    expect(result.people[0]?.input).toMatchObject({ given_names: 'Rosa', profiles: ['pallaquera'] });
  });

  it('refuses a file without the required columns, naming each', () => {
    expect(() => importBytes(utf8WithBom('DNI,Nombre completo\n40123456,Rosa Quispe\n'))).toThrow(
      'The file cannot be imported: no column for given names (e.g. "Nombres", "Nombre", "Prenombres"); no column for paternal surname (e.g. "Apellido paterno", "Ap. paterno", "Ape. paterno"); no column for sex (e.g. "Sexo", "Sex", "Género"); no column for profile (e.g. "Perfil", "Perfiles", "Actividad")',
    );
  });
});

describe('rejectsCsv', () => {
  it('writes line, column and reason, quoted where needed, with a BOM for Excel', () => {
    const csv = rejectsCsv([
      { line: 4, column: 'N° DNI', message: 'DNI must have 8 digits; got 7' },
      { line: 9, column: '=HYPERLINK("x")', message: 'not a "date"' },
    ]);
    expect(csv).toBe('\uFEFFline,column,reason\r\n4,N° DNI,"DNI must have 8 digits; got 7"\r\n9,"\'=HYPERLINK(""x"")","not a ""date"""\r\n');
  });
});

describe('docs/import-people.md', () => {
  it('shows the rejects file its example really gives', () => {
    const doc = readFileSync(new URL('../../../../docs/import-people.md', import.meta.url), 'utf8');
    const [, example = '', rejects = ''] = [...doc.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]);
    const result = readPeopleTable(readDelimited(example, detectSeparator(example)));
    expect(result.people.map((p) => p.line)).toEqual([4]);
    expect(rejectsCsv(result.problems)).toBe(`\uFEFF${rejects.replace(/\n/g, '\r\n')}`);
  });
});
