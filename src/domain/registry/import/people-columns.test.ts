import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, compareKey, parseColumnMap, planColumns, recogniseColumn, toFieldCells } from './people-columns.ts';
import { HEADER_SYNONYMS, normaliseHeader } from './people-synonyms.ts';

describe('recogniseColumn', () => {
  it.each([
    ['DNI', 'id_number'], ['N° DNI', 'id_number'], ['Nº de DNI', 'id_number'], ['Nro. DNI', 'id_number'], ['Documento', 'id_number'],
    ['NOMBRES', 'given_names'], ['given names', 'given_names'], ['First Name', 'given_names'],
    ['Apellido paterno', 'paternal_surname'], ['APELLIDO  PATERNO', 'paternal_surname'], ['paternal surname', 'paternal_surname'],
    ['first surname', 'paternal_surname'], ['Ap. Paterno', 'paternal_surname'],
    ['Apellido materno', 'maternal_surname'], ['maternal surname', 'maternal_surname'], ['second surname', 'maternal_surname'],
    ['Apellidos', 'surnames'], ['Apellidos y nombres', 'surnames_and_names'],
    ['Sexo', 'sex'], ['Sexo (F/M)', 'sex'], ['sex', 'sex'], ['Género', 'sex'], ['gender', 'sex'],
    ['Fecha de nacimiento', 'birth_date'], ['Fecha de nacimiento (DD/MM/AAAA)', 'birth_date'], ['birth date', 'birth_date'],
    ['F. Nac.', 'birth_date'], ['fechaNacimiento', 'birth_date'], ['FECHA_NAC', 'birth_date'],
    ['Celular', 'phone'], ['Teléfono', 'phone'], ['Telefono', 'phone'], ['phone', 'phone'], ['N° de celular', 'phone'],
    ['Idiomas', 'languages'], ['languages', 'languages'], ['Ubigeo', 'district'], ['district code', 'district'],
    ['Perfil', 'profiles'], ['profile', 'profiles'], ['Cargo', 'miner_position'], ['position', 'miner_position'],
    ['RUC', 'ruc'], ['N° RUC', 'ruc'], ['REINFO', 'reinfo_code'], ['Código REINFO', 'reinfo_code'], ['Estado REINFO', 'reinfo_status'],
    ['Grado de instrucción', 'education_level'], ['Jefa de hogar', 'head_of_household'], ['Lee y escribe', 'literacy'],
    ['paternal_surname', 'paternal_surname'], ['selectors_registry_region', 'selectors_registry_region'],
    ['Apellidopaterno', 'paternal_surname'],
  ])('%j → %s', (header, field) => expect(recogniseColumn(header)).toBe(field));

  it.each(['Distrito', 'Observaciones', 'N° de hijos', '(column 4)', ''])('%j is not recognised', (header) => {
    expect(recogniseColumn(header)).toBeUndefined();
  });

  it('recognises every listed synonym as its own field (no two fields share a name)', () => {
    for (const field of IMPORT_FIELDS) for (const name of HEADER_SYNONYMS[field]) expect([name, recogniseColumn(name)]).toEqual([name, field]);
  });

  it('normalises case, accents, brackets, punctuation and filler words', () => {
    expect(normaliseHeader('  N° de Teléfono (celular) ')).toBe('telefono');
    expect(compareKey(' Número  de Socia ')).toBe('numero de socia');
  });
});

describe('planColumns', () => {
  const header = ['N°', 'DNI', 'Apellidos', 'Nombres', 'Sexo', 'Celular', 'Teléfono', 'Observaciones', 'Perfil'];

  it('maps known columns, reports unknown and repeated ones, and finds nothing missing', () => {
    const plan = planColumns(header);
    expect(plan.columns.map((c) => [c.column, c.field])).toEqual([
      ['DNI', 'id_number'], ['Apellidos', 'surnames'], ['Nombres', 'given_names'], ['Sexo', 'sex'], ['Celular', 'phone'], ['Perfil', 'profiles'],
    ]);
    expect(plan.ignored).toEqual([
      { column: 'N°', reason: 'not a known column; ignored (use --map to import it)' },
      { column: 'Teléfono', reason: 'also means phone, already read from "Celular"; ignored' },
      { column: 'Observaciones', reason: 'not a known column; ignored (use --map to import it)' },
    ]);
    expect(plan.missing).toEqual([]);
  });

  it('lists every missing required column with examples', () => {
    const plan = planColumns(['DNI', 'Celular']);
    expect(plan.missing.map((m) => m.what)).toEqual(['given names', 'paternal surname', 'sex', 'profile']);
    expect(plan.missing[2]?.message).toBe('no column for sex (e.g. "Sexo", "Sex", "Género")');
  });

  it('applies --map overrides before the synonyms, including "-" to ignore a column', () => {
    const map = parseColumnMap('Nombre de la socia=given_names, N°=- ,Teléfono=phone,Celular=-,Columna fantasma=ruc');
    const plan = planColumns(['N°', 'NOMBRE DE LA SOCIA', 'Celular', 'Teléfono', 'Apellidos', 'Sexo', 'Perfil'], map);
    expect(plan.columns.map((c) => c.field)).toEqual(['given_names', 'phone', 'surnames', 'sex', 'profiles']);
    expect(plan.ignored).toEqual([]);
    expect(plan.unmatchedMap).toEqual(['columna fantasma']);
  });
});

describe('parseColumnMap', () => {
  it('accepts field names, known header names and quoted headers with commas', () => {
    const map = parseColumnMap('Col A=given_names,"Apellidos, nombres"=surnames_and_names,Col C=Apellido paterno');
    expect([...map]).toEqual([['col a', 'given_names'], ['apellidos nombres', 'surnames_and_names'], ['col c', 'paternal_surname']]);
  });

  it('lists every bad pair in one error', () => {
    expect(() => parseColumnMap('Col A=nombre_de_pila,Col B,=sex')).toThrow(
      /--map: "nombre_de_pila" is not a field .*; "Col B" is not Header=field; "=sex" is not Header=field/,
    );
  });
});

describe('toFieldCells', () => {
  it('keeps the header as written next to each value', () => {
    const plan = planColumns(['Nombres', 'SEXO']);
    expect(toFieldCells({ Nombres: 'Rosa', SEXO: 'F' }, plan)).toEqual({
      given_names: { column: 'Nombres', value: 'Rosa' },
      sex: { column: 'SEXO', value: 'F' },
    });
  });
});

describe('planColumns and full names', () => {
  it('explains why a names-first full name column is not imported', () => {
    expect(planColumns(['Nombres y apellidos']).ignored[0]?.reason).toMatch(/cannot be split safely; use "Apellidos y nombres"/);
  });
});

describe('docs/import-people.md', () => {
  it('lists every header name the importer recognises', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../../docs/import-people.md', import.meta.url), 'utf8');
    const missing = IMPORT_FIELDS.flatMap((field) => HEADER_SYNONYMS[field].filter((name) => !doc.includes(name)));
    expect(missing).toEqual([]);
  });
});
