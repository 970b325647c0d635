import { describe, expect, it } from 'vitest';
import { readIdentity, readNames, splitSurnames } from './people-identity.ts';
import type { FieldCells } from './people-columns.ts';
import type { Failure } from './parse-values.ts';

describe('splitSurnames', () => {
  it.each([
    ['Quispe Mamani', ['Quispe', 'Mamani']],
    ['  QUISPE   MAMANI  ', ['QUISPE', 'MAMANI']],
    ['De la Cruz Huamán', ['De la Cruz', 'Huamán']],
    ['del Castillo de los Ríos', ['del Castillo', 'de los Ríos']],
    ['San Martín Quispe', ['San Martín', 'Quispe']],
    ['Quispe Mamani Ccori', ['Quispe', 'Mamani Ccori']],
    ['Ñaupari', ['Ñaupari', '']],
    ['De', ['De', '']],
  ])('%j → %j', (written, parts) => expect(splitSurnames(written)).toEqual(parts));
});

describe('readNames and readIdentity', () => {
  const collect = () => {
    const problems: string[] = [];
    const codes: string[] = [];
    return { problems, codes, report: (field: string, p: Failure) => problems.push(`${field}: ${p.message}`) && codes.push(`${field}: ${p.code} ${JSON.stringify(p.params ?? {})}`) };
  };

  it('prefers explicit surname columns over a combined one', () => {
    const { report, problems } = collect();
    const cells: FieldCells = {
      surnames: { column: 'Apellidos', value: 'Otro Nombre' },
      paternal_surname: { column: 'Ap. paterno', value: 'Quispe' },
      given_names: { column: 'Nombres', value: ' Rosa   Elena ' },
    };
    expect(readNames(cells, report)).toEqual({ given_names: 'Rosa Elena', paternal_surname: 'Quispe', maternal_surname: '' });
    expect(problems).toEqual([]);
  });

  it('reports names that are too long for the register', () => {
    const { report, problems, codes } = collect();
    readNames({ given_names: { column: 'Nombres', value: 'R'.repeat(81) }, paternal_surname: { column: 'AP', value: 'Quispe' } }, report);
    expect(problems).toEqual(['given_names: given names: too long: at most 80 characters; got 81']);
    expect(codes).toEqual(['given_names: import.text.too_long {"max":80,"length":81}']);
  });

  it('keeps the reason from a reason column when there is no document', () => {
    const { report } = collect();
    const cells: FieldCells = { id_number: { column: 'DNI', value: '' }, id_none_reason: { column: 'Motivo sin DNI', value: 'Extravió su DNI' } };
    expect(readIdentity(cells, report)).toEqual({ id_type: 'none', id_number: null, id_none_reason: 'Extravió su DNI' });
  });

  it('refuses a number next to a "none" document type, and a CE with symbols', () => {
    const { report, problems, codes } = collect();
    expect(readIdentity({ id_type: { column: 'Tipo doc', value: 'ninguno' }, id_number: { column: 'DNI', value: '40123456' } }, report)).toBeUndefined();
    expect(readIdentity({ id_type: { column: 'Tipo doc', value: 'CE' }, id_number: { column: 'Doc', value: 'E-00/123' } }, report)).toBeUndefined();
    expect(problems).toEqual([
      'id_type: document type is "ninguno" but a number is given',
      'id_number: CE number must be up to 12 letters and digits; got "E-00/123"',
    ]);
    expect(codes).toEqual(['id_type: import.id_type.none_with_number {"value":"ninguno"}', 'id_number: ce.format {"value":"E-00/123"}']);
  });
});
