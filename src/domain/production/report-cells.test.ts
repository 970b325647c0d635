import { describe, expect, it } from 'vitest';
import { cellsToSuppress, pooledDiscount, poolSmallBuyers } from './report-cells.ts';

describe('cellsToSuppress', () => {
  it('hides cells under the minimum and the smallest of the others too', () => {
    expect([...cellsToSuppress([{ count: 12 }, { count: 3 }, { count: 7 }], 5)].sort()).toEqual([1, 2]);
    expect([...cellsToSuppress([{ count: 2 }, { count: 4 }, { count: 9 }, { count: 30 }], 5)].sort()).toEqual([0, 1, 2]);
    expect(cellsToSuppress([{ count: 5 }, { count: 9 }], 5).size).toBe(0);
    expect([...cellsToSuppress([{ count: 1 }], 5)]).toEqual([0]);
  });

  it('never leaves small hidden cells whose sum the total would pin down (4 + 4 beside 50)', () => {
    // Total 58 minus the 50 shown is 8, and two cells under 5 adding up to 8 are both 4.
    expect([...cellsToSuppress([{ count: 4 }, { count: 4 }, { count: 50 }], 5)].sort()).toEqual([0, 1, 2]);
    expect([...cellsToSuppress([{ count: 1 }, { count: 1 }, { count: 20 }, { count: 60 }], 5)].sort()).toEqual([0, 1, 2]);
  });
});

describe('poolSmallBuyers', () => {
  it('names buyers with at least the minimum of sales and pools the rest', () => {
    const { named, pooled } = poolSmallBuyers([{ id: 'a', sales: 5 }, { id: 'b', sales: 4 }], 5);
    expect(named.map((b) => b.id)).toEqual(['a']);
    expect(pooled.map((b) => b.id)).toEqual(['b']);
  });
});

describe('pooledDiscount', () => {
  it('weights by money, is negative when paid above the reference, and null without a reference', () => {
    expect(pooledDiscount(70_00, 100_00)).toBe(0.3);
    expect(pooledDiscount(110_00, 100_00)).toBe(-0.1);
    expect(pooledDiscount(10, 0)).toBeNull();
  });
});
