import { describe, expect, it } from 'vitest';
import { groupHolders, rankNeighbours } from './neighbours.ts';

describe('rankNeighbours', () => {
  it('puts the people sharing most keys first, leaves her out, and stops at the limit', () => {
    const holders = groupHolders([
      { key: 'k1', personId: 'me' }, { key: 'k1', personId: 'twin' }, { key: 'k1', personId: 'sister' },
      { key: 'k2', personId: 'me' }, { key: 'k2', personId: 'twin' },
      { key: 'k3', personId: 'twin' }, { key: 'k3', personId: 'me' }, { key: 'k3', personId: 'namesake' },
    ]);
    expect(rankNeighbours('me', ['k1', 'k2', 'k3'], holders)[0]).toBe('twin');
    expect(rankNeighbours('me', ['k1', 'k2', 'k3'], holders).sort()).toEqual(['namesake', 'sister', 'twin']);
    expect(rankNeighbours('me', ['k1', 'k2', 'k3'], holders, 1)).toEqual(['twin']);
  });
});
