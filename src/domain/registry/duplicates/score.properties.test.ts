import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchablePerson } from './person.ts';
import { scorePair } from './score.ts';

// Small pools, so that generated pairs often agree, nearly agree, or swap — plus arbitrary text.
const givenNames = fc.oneof(fc.constantFrom('María Rosa', 'Rosa María', 'Rosa', 'María', 'Maria Roas', 'Juana', 'M. Rosa', 'Luz Marina', 'Luzmarina'), fc.string({ maxLength: 12 }));
const surname = fc.oneof(fc.constantFrom('Quispe', 'Quipse', 'Mamani', 'Ñaupari', 'Naupari', 'Huamán', 'Guaman', 'De la Cruz', ''), fc.string({ maxLength: 10 }));
const documents = fc.constantFrom<Pick<MatchablePerson, 'idType' | 'idNumber'>>(
  { idType: 'dni', idNumber: '40123456' }, { idType: 'dni', idNumber: '40123457' }, { idType: 'dni', idNumber: '41234567' },
  { idType: 'ce', idNumber: '001234567' }, { idType: 'none', idNumber: null },
);

const person = (names: { given: fc.Arbitrary<string>; surname: fc.Arbitrary<string> }) =>
  fc.record({
    id: fc.uuid(),
    givenNames: names.given,
    paternalSurname: names.surname,
    maternalSurname: names.surname,
    sex: fc.constantFrom('female' as const, 'male' as const),
    birthDate: fc.option(fc.constantFrom('1984-03-12', '1984-12-03', '1984-03-13', '1984-01-01', '1990-07-21')),
    document: documents,
    district: fc.option(fc.constantFrom('211002', '211001', '040307')),
    phone: fc.option(fc.constantFrom('987654321', '+51 987 654 321', '912345678')),
  }).map(({ document, ...rest }): MatchablePerson => ({ ...rest, ...document }));

const anyPerson = person({ given: givenNames, surname });
const realisticPerson = person({ given: fc.constantFrom('María Rosa', 'Rosa', 'Juana', 'Felícitas'), surname: fc.constantFrom('Quispe', 'Mamani', 'Ñaupari', 'Huamán') });

describe('scorePair properties', () => {
  it('is symmetric: the same score, decision and reasons either way round', () => {
    fc.assert(
      fc.property(anyPerson, anyPerson, (a, b) => {
        const forward = scorePair(a, b);
        const backward = scorePair(b, a);
        expect(backward.score).toBe(forward.score);
        expect(backward.decision).toBe(forward.decision);
        expect([...backward.reasons].sort()).toEqual([...forward.reasons].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('finds an exact copy of a person with a birth date or a document to be a match', () => {
    fc.assert(
      fc.property(realisticPerson.filter((p) => p.birthDate !== null || p.idType !== 'none'), (p) => {
        expect(scorePair(p, { ...p, id: `${p.id}-copy` }).decision).toBe('match');
      }),
    );
  });

  it('never finds a copy distinct when a rare full name is all it has', () => {
    fc.assert(
      fc.property(realisticPerson, (p) => {
        const rare = { ...p, givenNames: 'Felícitas', paternalSurname: 'Ñaupari', maternalSurname: 'Zúñiga' };
        expect(scorePair(rare, { ...rare, id: 'copy' }).decision).not.toBe('distinct');
      }),
    );
  });
});
