import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completion, modulesRequired } from './completion.ts';

const mods = ['m1', 'm2', 'm3', 'm4'];

describe('training completion rule', () => {
  it('requires three of four modules at the default 75%', () => {
    expect(completion({ moduleIds: mods, attendedModuleIds: ['m1', 'm2'], minShare: 0.75 })).toEqual({ attended: 2, total: 4, required: 3, complete: false });
    expect(completion({ moduleIds: mods, attendedModuleIds: ['m1', 'm2', 'm4'], minShare: 0.75 }).complete).toBe(true);
  });

  it('counts a module once however many of its sessions she attended', () => {
    expect(completion({ moduleIds: mods, attendedModuleIds: ['m1', 'm1', 'm1', 'm2'], minShare: 0.75 }).attended).toBe(2);
  });

  it('ignores modules of other programmes', () => {
    expect(completion({ moduleIds: mods, attendedModuleIds: ['x', 'y', 'm1'], minShare: 0.5 })).toMatchObject({ attended: 1, complete: false });
  });

  it('rounds the required count up and never below one', () => {
    expect(modulesRequired(3, 0.75)).toBe(3);
    expect(modulesRequired(10, 0.7)).toBe(7);
    expect(modulesRequired(1, 0.1)).toBe(1);
    expect(modulesRequired(4, 1)).toBe(4);
  });

  it('never completes a programme without modules', () => {
    expect(completion({ moduleIds: [], attendedModuleIds: [], minShare: 0.75 }).complete).toBe(false);
  });

  it('is complete exactly when the attended share reaches the rule', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 100 }), (total, k, pct) => {
      const ids = Array.from({ length: total }, (_, i) => `m${i}`);
      const attended = ids.slice(0, Math.min(k, total));
      const result = completion({ moduleIds: ids, attendedModuleIds: attended, minShare: pct / 100 });
      expect(result.complete).toBe(attended.length / total >= pct / 100 - 1e-9);
    }));
  });
});
