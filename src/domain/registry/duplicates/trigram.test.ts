import { describe, expect, it } from 'vitest';
import { trigramNeighbours, trigrams, trigramSimilarity } from './trigram.ts';

describe('trigrams, as pg_trgm makes them', () => {
  it('pads each word with two spaces in front and one behind', () => {
    expect([...trigrams('Rosa')].sort()).toEqual(['  r', ' ro', 'osa', 'ros', 'sa ']);
    expect(trigrams('rosa quispe').size).toBe(5 + 7);
  });

  it('ignores word order, so swapped surnames are identical', () => {
    expect(trigramSimilarity('rosa quispe mamani', 'rosa mamani quispe')).toBe(1);
    expect(trigramSimilarity('rosa quispe mamani', 'rosa quispe')).toBeCloseTo(12 / 19);
    expect(trigramSimilarity('rosa quispe mamani', 'juana condori apaza')).toBeLessThan(0.1);
  });
});

describe('trigramNeighbours', () => {
  it('pairs each name with its nearest others above the threshold, each pair once', () => {
    const names = ['rosa quispe mamani', 'rosa mamani quispe', 'rosa quispe', 'juana condori apaza', 'rosa qusipe mamani'];
    const pairs = trigramNeighbours(names, { minSimilarity: 0.5, limit: 2 });
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs.some(([a, b]) => a === 3 || b === 3)).toBe(false);
    expect(new Set(pairs.map((p) => p.join())).size).toBe(pairs.length);
    expect(pairs.every(([a, b]) => a < b)).toBe(true);
  });
});
