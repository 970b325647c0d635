import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockingKeys } from './blocking.ts';
import { candidatePairs } from './evaluate.ts';
import { generatePeople } from './generate-people.ts';
import { ERROR_KINDS } from './inject-errors.ts';
import { generateLabelledSet } from './labelled-set.ts';
import type { MatchablePerson } from './person.ts';

const rosa: MatchablePerson = {
  id: 'rosa', givenNames: 'Rosa María', paternalSurname: 'Quispe', maternalSurname: 'Mamani', sex: 'female',
  birthDate: '1984-03-12', idType: 'dni', idNumber: '40123456', district: '211002', phone: null,
};
const shareKey = (a: MatchablePerson, b: MatchablePerson) => blockingKeys(a).some((key) => blockingKeys(b).includes(key));

describe('blockingKeys', () => {
  it('gives the document, paternal surname + year + sex, phonetic surnames + year, and given word + date / surnames keys', () => {
    expect(blockingKeys(rosa)).toEqual([
      'dni:40123456', 'ps:quispe|1984|f', 'ph:KSP|MMN|1984', 'gd:RS|1984|3|12', 'gd:MR|1984|3|12', 'nm:RS|KSP|MMN', 'nm:MR|KSP|MMN',
    ]);
  });

  it.each([
    ['surnames swapped', { paternalSurname: 'Mamani', maternalSurname: 'Quispe' }],
    ['maternal surname missing', { maternalSurname: '' }],
    ['paternal surname mistyped', { paternalSurname: 'Qusipe' }],
    ['given names cut to one', { givenNames: 'María' }],
    ['given name mistyped', { givenNames: 'Rsoa María' }],
    ['day and month transposed', { birthDate: '1984-12-03' }],
    ['birth date missing', { birthDate: null }],
    ['accents, ñ and case', { givenNames: 'ROSA MARIA', paternalSurname: 'QUISPE' }],
  ])('lets a copy with %s and no DNI meet the original', (_error, changes) => {
    expect(shareKey(rosa, { ...rosa, id: 'copy', idType: 'none', idNumber: null, ...changes })).toBe(true);
  });

  it('lets every injected duplicate of a labelled set meet its original, but for a few with two errors', () => {
    const set = generateLabelledSet(11, 3000);
    const byId = new Map(set.people.map((p) => [p.id, p]));
    const missed = set.truePairs.filter(([a, b]) => !shareKey(byId.get(a)!, byId.get(b)!));
    expect(new Set(set.errorKinds.flat())).toEqual(new Set(ERROR_KINDS));
    expect(missed.length / set.truePairs.length).toBeLessThan(0.02);
  });

  it('never repeats a key and always prefixes its kind', () => {
    const people = generatePeople(3, 500);
    for (const keys of people.map(blockingKeys)) {
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^(dni|ce|ps|ph|gd|nm):\S/);
    }
  });

  it('depends on nothing but the fields (not the id)', () => {
    fc.assert(fc.property(fc.uuid(), (id) => {
      expect(blockingKeys({ ...rosa, id })).toEqual(blockingKeys(rosa));
    }));
  });

  // Generates and blocks 100,000 people: a few seconds of CPU, more on a loaded machine.
  it('keeps candidate pairs per record at most 50 on 100,000 people with Andean surname frequencies', { timeout: 30_000 }, () => {
    const people = generatePeople(2024, 100_000);
    const perRecord = candidatePairs(people).length / people.length;
    expect(perRecord).toBeLessThanOrEqual(50);
  });
});
