import { describe, expect, it } from 'vitest';
import { PersonInput } from '../../../contracts/registry.ts';
import { planColumns, toFieldCells } from './people-columns.ts';
import { detectSexLetters, rowToPersonInput, type SexLetters } from './people-values.ts';

/** One row as a promoter's spreadsheet has it: header → value. */
function row(values: Record<string, string>, line = 7, sexLetters?: SexLetters) {
  const cells = toFieldCells(values, planColumns(Object.keys(values)));
  return rowToPersonInput(cells, line, sexLetters ? { sexLetters } : {});
}

const rosa = { DNI: '40123456', Nombres: 'Rosa Elena', 'Apellido paterno': 'Quispe', 'Apellido materno': 'Mamani', Sexo: 'F', Perfil: 'pallaquera' };

describe('rowToPersonInput', () => {
  it('normalises a complete messy row into input the contract schema accepts', () => {
    const result = row({
      ...rosa, Sexo: 'Mujer', Perfil: 'Pallaquera y minera', 'Fecha de nacimiento': '5/3/1985', Celular: '+51 987 654 321',
      Idiomas: 'Castellano, quechua', Ubigeo: '211002', Cargo: 'socia', 'Jefa de hogar': 'Sí', 'Madre soltera': 'no',
      Dependientes: '3', 'Lee y escribe': 'solo lee', 'Grado de instrucción': 'Primaria incompleta', REINFO: ' R-2021-00123 ',
      'Estado REINFO': 'Vigente', RUC: '10401234567',
    });
    expect(result.problems).toEqual([]);
    expect(result.input).toEqual({
      id_type: 'dni', id_number: '40123456', id_none_reason: null, given_names: 'Rosa Elena', paternal_surname: 'Quispe',
      maternal_surname: 'Mamani', sex: 'female', profiles: ['pallaquera', 'woman_miner'], birth_date: '1985-03-05',
      phone: '+51987654321', languages: ['es', 'qu'], district: '211002', miner_position: 'partner', head_of_household: true,
      single_parent: false, dependants: 3, literacy: 'reads_only', education_level: 'primary_incomplete', reinfo_code: 'R-2021-00123',
      reinfo_status: 'valid', ruc: '10401234567',
    });
    expect(PersonInput.safeParse(result.input).success).toBe(true);
  });

  it('includes optional fields only when their column exists, blank ones as null', () => {
    const { input } = row({ ...rosa, Celular: '-', Idiomas: '' });
    expect(input).toEqual({
      id_type: 'dni', id_number: '40123456', id_none_reason: null, given_names: 'Rosa Elena', paternal_surname: 'Quispe',
      maternal_surname: 'Mamani', sex: 'female', profiles: ['pallaquera'], phone: null, languages: [],
    });
    expect(PersonInput.safeParse(input).success).toBe(true);
  });

  it('reports a 7-digit DNI with its line and column, never zero-padding it', () => {
    const { DNI: _dni, ...withoutDni } = rosa;
    const { input, problems } = row({ 'N° DNI': '4012345', ...withoutDni }, 12);
    expect(input).toBeUndefined();
    expect(problems).toEqual([{ line: 12, column: 'N° DNI', message: 'DNI must have 8 digits; got 7', code: 'dni.length', params: { count: 7 } }]);
  });

  it('infers the document type: 8 digits → DNI (check character dropped), letters → CE, empty → none', () => {
    expect(row({ ...rosa, DNI: '40123456-7' }).input).toMatchObject({ id_type: 'dni', id_number: '40123456' });
    expect(row({ ...rosa, DNI: 'e0012345' }).input).toMatchObject({ id_type: 'ce', id_number: 'E0012345' });
    expect(row({ ...rosa, DNI: '' }).input).toMatchObject({ id_type: 'none', id_number: null, id_none_reason: 'not recorded at import' });
    expect(row({ ...rosa, DNI: 'En trámite' }).input).toMatchObject({ id_type: 'none', id_none_reason: 'En trámite' });
    expect(row({ ...rosa, DNI: '001234567' }).problems[0]).toMatchObject({
      message: expect.stringMatching(/^DNI must have 8 digits; got 9 \(a carné de extranjería\?/), code: 'import.dni.length_ce', params: { count: 9 },
    });
  });

  it('follows a Tipo de documento column when there is one', () => {
    expect(row({ ...rosa, 'Tipo de documento': 'C.E.', DNI: '001234567' }).input).toMatchObject({ id_type: 'ce', id_number: '001234567' });
    expect(row({ ...rosa, 'Tipo de documento': 'DNI', DNI: '' }).problems).toEqual([
      { line: 7, column: 'DNI', message: 'DNI number is empty', code: 'import.id_number.empty', params: { type: 'DNI' } },
    ]);
    expect(row({ ...rosa, 'Tipo de documento': 'Pasaporte' }).problems[0]).toEqual({
      line: 7, column: 'Tipo de documento', message: 'unknown document type "Pasaporte"; write DNI, CE or ninguno',
      code: 'import.word.unknown', params: { value: 'Pasaporte', words: 'DNI, CE, ninguno' },
    });
  });

  it('splits one Apellidos column after the first surname, keeping particles', () => {
    const base = { Nombres: 'Rosa', Sexo: 'F', Perfil: 'minera' };
    expect(row({ ...base, Apellidos: 'Quispe Mamani' }).input).toMatchObject({ paternal_surname: 'Quispe', maternal_surname: 'Mamani' });
    expect(row({ ...base, Apellidos: 'De la Cruz  Huamán' }).input).toMatchObject({ paternal_surname: 'De la Cruz', maternal_surname: 'Huamán' });
    expect(row({ ...base, Apellidos: 'Ñaupari' }).input).toMatchObject({ paternal_surname: 'Ñaupari', maternal_surname: '' });
  });

  it('splits "Apellidos y nombres" at the comma and asks for one when there is none', () => {
    const base = { Sexo: 'F', Perfil: 'pallaquera' };
    expect(row({ ...base, 'Apellidos y nombres': 'QUISPE MAMANI, ROSA ELENA' }).input).toMatchObject({
      given_names: 'ROSA ELENA', paternal_surname: 'QUISPE', maternal_surname: 'MAMANI',
    });
    expect(row({ ...base, 'Apellidos y nombres': 'QUISPE MAMANI ROSA' }).problems.map((p) => p.message)).toEqual([
      'write it as "SURNAMES, NAMES" with a comma, or use separate columns', 'given names is empty', 'paternal surname is empty',
    ]);
  });

  it('reports every problem of a row, each naming its column as written', () => {
    const { problems } = row({ ...rosa, Nombres: ' ', Sexo: 'X', Perfil: 'cocinera', 'F. Nac.': '31/02/1990', Ubigeo: '80101' }, 4);
    expect(problems).toEqual([
      { line: 4, column: 'Nombres', message: 'given names is empty', code: 'import.value.empty' },
      { line: 4, column: 'Sexo', message: 'unknown sex "X"; write F or M, Mujer or Hombre', code: 'import.word.unknown', params: { value: 'X', words: 'F, M, Mujer, Hombre' } },
      {
        line: 4, column: 'Perfil', message: 'unknown profile "cocinera"; write pallaquera, minera, minero or otro',
        code: 'import.word.unknown', params: { value: 'cocinera', words: 'pallaquera, minera, minero, otro' },
      },
      { line: 4, column: 'F. Nac.', message: '"31/02/1990" is not a real date (that month has 28 days)', code: 'import.date.not_real', params: { value: '31/02/1990', days: 28 } },
      { line: 4, column: 'Ubigeo', message: 'UBIGEO must have 6 digits; got 5', code: 'import.digits.length', params: { length: 6, count: 5 } },
    ]);
  });

  it('reads profiles minera → woman_miner and minero → man_miner', () => {
    expect(row({ ...rosa, Perfil: 'Minera' }).input?.profiles).toEqual(['woman_miner']);
    expect(row({ ...rosa, Sexo: 'M', Perfil: 'minero' }).input).toMatchObject({ sex: 'male', profiles: ['man_miner'] });
  });

  it('reads a lone "M" by the letters the file uses', () => {
    expect(row({ ...rosa, Sexo: 'M' }, 7, 'HM').input?.sex).toBe('female');
    expect(row({ ...rosa, Sexo: 'H' }, 7, 'HM').input?.sex).toBe('male');
    expect(row({ ...rosa, Sexo: 'M' }, 7, 'ambiguous').problems[0]?.message).toMatch(/"M" is ambiguous/);
    expect(row({ ...rosa, Sexo: 'Mujer' }, 7, 'ambiguous').input?.sex).toBe('female');
  });
});

describe('detectSexLetters', () => {
  it.each([
    [['F', 'M', 'f'], 'FM'], [['H', 'M'], 'HM'], [['F', 'H', 'M'], 'ambiguous'], [['M', 'M'], 'ambiguous'],
    [['Mujer', 'Hombre'], 'FM'], [[], 'FM'],
  ])('%j → %s', (values, letters) => expect(detectSexLetters(values)).toBe(letters));
});
