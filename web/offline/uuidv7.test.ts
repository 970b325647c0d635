/** The phone's record ids: version 7, variant 10, the time in front, and always in creation order. */
import { describe, expect, it } from 'vitest';
import { timeOfUuidv7, uuidv7 } from './uuidv7.ts';

const SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('sets the version and variant bits and writes the time first', () => {
    const at = Date.UTC(2026, 0, 10, 9, 30);
    const id = uuidv7(at + 10_000_000);
    expect(id).toMatch(SHAPE);
    expect(timeOfUuidv7(id)).toBe(at + 10_000_000);
  });

  it('keeps ids in creation order within one millisecond and when the clock steps back', () => {
    const start = Date.UTC(2026, 1, 1) + 20_000_000;
    const times = [start, start, start, start - 5_000, start + 1, start + 1, start - 1, start + 2];
    const ids = times.map((t) => uuidv7(t));
    for (const id of ids) expect(id).toMatch(SHAPE);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays ordered over many ids made as fast as possible', () => {
    const ids = Array.from({ length: 5_000 }, () => uuidv7());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('moves to the next millisecond when the counter would overflow', () => {
    const at = Date.UTC(2027, 0, 1) + 30_000_000;
    const allOnes = (bytes: Uint8Array) => bytes.fill(0xff);
    const first = uuidv7(at, allOnes);
    const ids = Array.from({ length: 3 }, () => uuidv7(at, allOnes));
    expect([first, ...ids].sort()).toEqual([first, ...ids]);
    expect(timeOfUuidv7(ids.at(-1)!)).toBeGreaterThanOrEqual(at);
    for (const id of ids) expect(id).toMatch(SHAPE);
  });
});
