import { describe, expect, it } from 'vitest';
import { generatePeople } from './generate-people.ts';

describe('generatePeople', () => {
  const people = generatePeople(5, 20_000);

  it('is the same for the same seed and differs for another', () => {
    expect(generatePeople(5, 50)).toEqual(people.slice(0, 50));
    expect(generatePeople(6, 50)).not.toEqual(people.slice(0, 50));
  });

  it('gives unique UUID-shaped ids and unique DNIs to about 80 %', () => {
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    expect(people.every((p) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(p.id))).toBe(true);
    const dnis = people.filter((p) => p.idType === 'dni').map((p) => p.idNumber);
    expect(new Set(dnis).size).toBe(dnis.length);
    expect(dnis.every((d) => /^\d{8}$/.test(d ?? ''))).toBe(true);
    expect(dnis.length / people.length).toBeCloseTo(0.8, 1);
  });

  it('makes three in four women, born 1950–2008, a few with the date unknown', () => {
    expect(people.filter((p) => p.sex === 'female').length / people.length).toBeCloseTo(0.75, 1);
    const years = people.flatMap((p) => (p.birthDate ? [Number(p.birthDate.slice(0, 4))] : []));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1950);
    expect(Math.max(...years)).toBeLessThanOrEqual(2008);
    expect(people.filter((p) => p.birthDate === null).length).toBeGreaterThan(0);
  });

  it('draws surnames with a skew: Quispe first, Quechua and Aymara names common, ñ present', () => {
    const counts = new Map<string, number>();
    for (const p of people) counts.set(p.paternalSurname, (counts.get(p.paternalSurname) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    expect(ranked.slice(0, 3)).toEqual(['Quispe', 'Mamani', 'Condori']);
    expect(counts.get('Quispe')! / people.length).toBeGreaterThan(0.05);
    expect(people.some((p) => /ñ/i.test(p.paternalSurname + p.maternalSurname))).toBe(true);
  });

  it('builds households: siblings next to each other with both surnames and the district in common', () => {
    const siblings = people.slice(1).filter((p, i) => {
      const previous = people[i]!;
      return p.paternalSurname === previous.paternalSurname && p.maternalSurname === previous.maternalSurname && p.district === previous.district;
    });
    expect(siblings.length / people.length).toBeGreaterThan(0.15);
  });
});
