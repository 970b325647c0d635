import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullNameKey, nameTokens, normaliseName, surnameCore } from './normalise.ts';

describe('normaliseName', () => {
  it('lower-cases, strips accents, folds ñ to n, drops apostrophes and squeezes other punctuation', () => {
    expect(normaliseName('  María  Ñaupari-D\'Ávila ')).toBe('maria naupari davila');
    expect(normaliseName('HUAMÁN')).toBe('huaman');
    expect(normaliseName('Zúñiga, Peña.')).toBe('zuniga pena');
    expect(normaliseName('Güemes')).toBe('guemes');
  });

  it('makes "Ñaupari" and "Naupari" the same, as a keyboard without ñ writes it', () => {
    expect(normaliseName('Ñaupari')).toBe(normaliseName('NAUPARI'));
  });

  it('is idempotent and yields only a–z words separated by single spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normaliseName(text);
        expect(normaliseName(once)).toBe(once);
        expect(once).toMatch(/^([a-z]+( [a-z]+)*)?$/);
      }),
    );
  });
});

describe('nameTokens and surnameCore', () => {
  it('drops joining particles but keeps a name made only of them', () => {
    expect(nameTokens('María del Carmen')).toEqual(['maria', 'carmen']);
    expect(surnameCore('De la Cruz')).toBe('cruz');
    expect(nameTokens('De La')).toEqual(['de', 'la']);
  });
});

describe('fullNameKey', () => {
  it('joins the folded given names and surnames, skipping an empty maternal surname', () => {
    const person = { id: 'x', givenNames: 'María Rosa', paternalSurname: 'Ñaupari', maternalSurname: '', sex: 'female', birthDate: null, idType: 'none', idNumber: null, district: null, phone: null } as const;
    expect(fullNameKey(person)).toBe('maria rosa naupari');
    expect(fullNameKey({ ...person, maternalSurname: 'Quispe' })).toBe('maria rosa naupari quispe');
  });
});
