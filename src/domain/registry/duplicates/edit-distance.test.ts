import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTypo, osaDistance } from './edit-distance.ts';

/** The textbook table, no shortcuts, to check the optimised one against. */
function referenceOsa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('osaDistance', () => {
  it('counts a transposition of adjacent letters as one edit', () => {
    expect(osaDistance('quispe', 'qusipe')).toBe(1);
    expect(osaDistance('mamani', 'mamnai')).toBe(1);
    expect(osaDistance('kitten', 'sitting')).toBe(3);
    expect(osaDistance('', 'abc')).toBe(3);
  });

  it('agrees with the reference table, under any limit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
        const exact = referenceOsa(a, b);
        expect(osaDistance(a, b)).toBe(exact);
        expect(osaDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
        expect(osaDistance(b, a)).toBe(exact);
      }),
    );
  });
});

describe('isTypo', () => {
  it('allows one edit from three letters and two from eight, none below three', () => {
    expect(isTypo('ticona', 'tocona')).toBe(true);
    expect(isTypo('gregoria', 'gergorai')).toBe(true);
    expect(isTypo('rosa', 'rsoa')).toBe(true);
    expect(isTypo('quispe', 'mamani')).toBe(false);
    expect(isTypo('li', 'lu')).toBe(false);
  });
});
