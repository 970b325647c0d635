import { describe, expect, it } from 'vitest';
import type { MatchablePerson } from './person.ts';
import { MATCH_THRESHOLDS, scorePair } from './score.ts';

/** Rosa Quispe Mamani of Ananea, no document on record: the person most duplicates start from. */
const rosa: MatchablePerson = {
  id: 'rosa', givenNames: 'Rosa', paternalSurname: 'Quispe', maternalSurname: 'Mamani', sex: 'female',
  birthDate: '1984-03-12', idType: 'none', idNumber: null, district: '211002', phone: null,
};
const variant = (changes: Partial<MatchablePerson>, of: MatchablePerson = rosa): MatchablePerson => ({ ...of, id: 'other', ...changes });

describe('scorePair: names', () => {
  it('"Rosa Quispe Mamani" vs "Rosa Mamani Quispe": surnames swapped, a match', () => {
    const result = scorePair(rosa, variant({ paternalSurname: 'Mamani', maternalSurname: 'Quispe' }));
    expect(result.decision).toBe('match');
    expect(result.reasons).toContain('surnames_swapped');
  });

  it('"María Rosa Ñaupari" vs "MARIA ROSA NAUPARI": accents, ñ and case do not matter', () => {
    const maria = variant({ givenNames: 'María Rosa', paternalSurname: 'Ñaupari', maternalSurname: '' });
    const result = scorePair(maria, variant({ givenNames: 'MARIA ROSA', paternalSurname: 'NAUPARI' }, maria));
    expect(result.decision).toBe('match');
    expect(result.reasons).toEqual(expect.arrayContaining(['given_names_equal', 'surnames_equal', 'birth_date_equal']));
  });

  it('"Rosa Quispe Mamani" vs "Rosa Quispe": a missing maternal surname is no evidence either way', () => {
    const result = scorePair(rosa, variant({ maternalSurname: '' }));
    expect(result.decision).toBe('match');
    expect(result.reasons).toContain('maternal_surname_missing');
    expect(result.reasons).not.toContain('maternal_surname_differs');
  });

  it('"Rosa Quispe Mamani" vs "Rosa Mamani": a lone surname may be the maternal one', () => {
    const result = scorePair(rosa, variant({ paternalSurname: 'Mamani', maternalSurname: '' }));
    expect(result.decision).toBe('match');
    expect(result.reasons).toEqual(expect.arrayContaining(['maternal_surname_missing', 'surnames_swapped']));
  });

  it('"María Rosa" vs "Rosa" or "María": a compound given name cut to either word', () => {
    const mariaRosa = variant({ givenNames: 'María Rosa' });
    for (const short of ['Rosa', 'María']) {
      const result = scorePair(mariaRosa, variant({ givenNames: short }));
      expect(result.decision).toBe('match');
      expect(result.reasons).toContain('compound_given_name');
    }
  });

  it('"Gregoria Quispe Ticona" vs "Gergoria Quipse Ticona": transposed letters; "Tocona": one wrong letter', () => {
    const gregoria = variant({ givenNames: 'Gregoria', maternalSurname: 'Ticona' });
    const transposed = scorePair(gregoria, variant({ givenNames: 'Gergoria', paternalSurname: 'Quipse' }, gregoria));
    expect(transposed.decision).toBe('match');
    expect(transposed.reasons).toEqual(expect.arrayContaining(['given_name_typo', 'paternal_surname_typo']));
    expect(scorePair(gregoria, variant({ maternalSurname: 'Tocona' }, gregoria)).reasons).toContain('maternal_surname_typo');
  });

  it('"Huamán" vs "Guamán" vs "Wamán": Andean spellings of one surname', () => {
    const huaman = variant({ paternalSurname: 'Huamán' });
    for (const spelling of ['Guamán', 'Wamán']) {
      const result = scorePair(huaman, variant({ paternalSurname: spelling }, huaman));
      expect(result.decision).toBe('match');
      expect(result.reasons).toContain('paternal_surname_typo');
    }
  });

  it('weighs agreement on the commonest names less: a names-only copy is possible when rare, distinct when common', () => {
    const bare = { birthDate: null, district: null };
    const felicitas = variant({ givenNames: 'Felícitas', paternalSurname: 'Ñaupari', maternalSurname: 'Zúñiga', ...bare });
    expect(scorePair(felicitas, variant({}, felicitas)).decision).toBe('possible');
    const commonest = variant(bare);
    expect(scorePair(commonest, variant({}, commonest)).decision).toBe('distinct');
  });
});

describe('scorePair: birth date, sex, district and phone', () => {
  it('1984-03-12 vs 1984-12-03: day and month transposed', () => {
    const result = scorePair(rosa, variant({ birthDate: '1984-12-03' }));
    expect(result.decision).toBe('match');
    expect(result.reasons).toContain('birth_day_month_swapped');
  });

  it('one digit off is a typo; 1 January stands for "only the year is known"', () => {
    expect(scorePair(rosa, variant({ birthDate: '1984-03-13' })).reasons).toContain('birth_date_typo');
    expect(scorePair(rosa, variant({ birthDate: '1984-01-01' })).reasons).toContain('birth_year_only');
  });

  it('a different sex lowers the score strongly and rules out a match', () => {
    const same = scorePair(rosa, variant({}));
    const other = scorePair(rosa, variant({ sex: 'male' }));
    expect(same.score - other.score).toBeGreaterThanOrEqual(6);
    expect(other.decision).not.toBe('match');
    expect(other.reasons).toContain('sex_differs');
  });

  it('a shared phone counts for, a different one a little against, +51 and spaces ignored', () => {
    const withPhone = variant({ phone: '987654321' });
    expect(scorePair(withPhone, variant({ phone: '+51 987 654 321' })).reasons).toContain('same_phone');
    expect(scorePair(withPhone, variant({ phone: '912345678' })).reasons).toContain('phone_differs');
  });
});

describe('scorePair: documents', () => {
  const withDni = variant({ idType: 'dni', idNumber: '40123456' });

  it('the same DNI is a match even when other fields disagree', () => {
    const result = scorePair(withDni, variant({ birthDate: '1990-07-21', district: '040307' }, withDni));
    expect(result.decision).toBe('match');
    expect(result.reasons).toContain('same_dni');
  });

  it('the same DNI with wildly different names is only possible: same_dni_different_name', () => {
    const result = scorePair(withDni, variant({ givenNames: 'Teodora', paternalSurname: 'Flores', maternalSurname: 'Apaza' }, withDni));
    expect(result.decision).toBe('possible');
    expect(result.reasons).toContain('same_dni_different_name');
  });

  it('two different DNIs are strong evidence against: never a match, even with everything else equal', () => {
    const result = scorePair(withDni, variant({ idNumber: '41234567' }, withDni));
    expect(result.decision).toBe('possible');
    expect(result.reasons).toContain('different_dni');
    expect(scorePair(withDni, variant({ idNumber: '41234567', birthDate: '1990-07-21' }, withDni)).decision).toBe('distinct');
  });

  it('a DNI one digit off or with two digits swapped counts for nothing either way', () => {
    const base = scorePair(withDni, variant({ idType: 'none', idNumber: null }, withDni)).score;
    for (const typo of ['40123457', '40123546']) {
      const result = scorePair(withDni, variant({ idNumber: typo }, withDni));
      expect(result.reasons).toContain('dni_typo');
      expect(result.score).toBe(base);
    }
  });

  it('a DNI missing on one side is no evidence either way', () => {
    expect(scorePair(withDni, variant({ idType: 'none', idNumber: null })).decision).toBe('match');
  });
});

describe('scorePair: look-alikes that are two people', () => {
  it('sisters: same surnames, district and phone, different given names and birth dates', () => {
    const elder = variant({ phone: '987654321', givenNames: 'María Rosa' });
    const sister = variant({ givenNames: 'María Elena', birthDate: '1987-07-21' }, elder);
    expect(scorePair(elder, sister).decision).toBe('distinct');
    expect(scorePair(elder, variant({ givenNames: 'Juana', birthDate: '1984-07-21' }, elder)).decision).toBe('distinct');
  });

  it('namesakes: same full name, different DNIs and birth dates', () => {
    const one = variant({ idType: 'dni', idNumber: '40123456' });
    expect(scorePair(one, variant({ idNumber: '45678901', birthDate: '1979-11-02', district: '040307' }, one)).decision).toBe('distinct');
  });
});

describe('MATCH_THRESHOLDS', () => {
  it('puts possible below match', () => {
    expect(MATCH_THRESHOLDS.possible).toBeLessThan(MATCH_THRESHOLDS.match);
  });
});
