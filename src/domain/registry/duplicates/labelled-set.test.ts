import { describe, expect, it } from 'vitest';
import { nameTokens } from './normalise.ts';
import { ERROR_KINDS } from './inject-errors.ts';
import { generateLabelledSet } from './labelled-set.ts';

describe('generateLabelledSet', () => {
  const set = generateLabelledSet(42, 5000);
  const byId = new Map(set.people.map((p) => [p.id, p]));

  it('is the same for the same seed', () => {
    expect(generateLabelledSet(42, 300)).toEqual(generateLabelledSet(42, 300));
    expect(generateLabelledSet(43, 300).people).not.toEqual(generateLabelledSet(42, 300).people);
  });

  it('holds about the size asked for, unique ids, and a few hundred duplicates covering every error kind', () => {
    expect(set.people.length).toBeCloseTo(5000, -2);
    expect(byId.size).toBe(set.people.length);
    expect(set.truePairs.length).toBeGreaterThanOrEqual(300);
    for (const kind of ERROR_KINDS) expect(set.errorKinds.filter((kinds) => kinds[0] === kind).length).toBeGreaterThanOrEqual(25);
    expect(set.errorKinds.filter((kinds) => kinds.length === 2).length).toBeGreaterThan(30);
  });

  it('injects what each kind says: e.g. swapped surnames are swapped, a shortened name keeps one word', () => {
    set.truePairs.forEach(([originalId, copyId], i) => {
      const [original, copy] = [byId.get(originalId)!, byId.get(copyId)!];
      if (set.errorKinds[i]!.length > 1) return;
      const kind = set.errorKinds[i]![0];
      if (kind === 'surnames_swapped') expect([copy.paternalSurname, copy.maternalSurname]).toEqual([original.maternalSurname, original.paternalSurname]);
      if (kind === 'compound_given_shortened') expect(original.givenNames.split(' ')).toContain(copy.givenNames);
      if (kind === 'enye_to_n') expect(`${original.givenNames}${original.paternalSurname}${original.maternalSurname}`).toMatch(/ñ/i);
      if (kind === 'dni_missing') expect([original.idType, copy.idType]).toEqual(['dni', 'none']);
    });
  });

  it('adds hard negatives: sisters and namesakes who are not duplicates', () => {
    const pairs = set.hardNegatives.map(([a, b]) => [byId.get(a)!, byId.get(b)!] as const);
    const sisters = pairs.filter(([a, b]) => a.givenNames !== b.givenNames);
    const namesakes = pairs.filter(([a, b]) => a.givenNames === b.givenNames);
    expect(sisters.length).toBeGreaterThanOrEqual(150);
    expect(namesakes.length).toBeGreaterThanOrEqual(80);
    for (const [a, b] of sisters) {
      expect([b.paternalSurname, b.maternalSurname, b.district]).toEqual([a.paternalSurname, a.maternalSurname, a.district]);
      expect(nameTokens(b.givenNames)[0]).not.toBe(nameTokens(a.givenNames)[0]);
      expect(b.birthDate).not.toBe(a.birthDate);
    }
    for (const [a, b] of namesakes) {
      expect(`${b.paternalSurname} ${b.maternalSurname}`).toBe(`${a.paternalSurname} ${a.maternalSurname}`);
      expect(a.idType === 'dni' && b.idType === 'dni' && a.idNumber !== b.idNumber).toBe(true);
      expect(b.birthDate).not.toBe(a.birthDate);
    }
  });
});
