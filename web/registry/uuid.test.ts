/** The browser-made UUIDv7: the RFC 9562 layout, time order, and a zod-valid UUID. */
import { describe, expect, it } from 'vitest';
import { uuidv7 } from './uuid.ts';

const PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('has version 7, the RFC variant and the time in its first 48 bits', () => {
    const at = Date.UTC(2026, 2, 1, 12, 0, 0);
    const id = uuidv7(at);
    expect(id).toMatch(PATTERN);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('keeps version and variant whatever the random bytes are', () => {
    expect(uuidv7(0, (b) => b.fill(0xff))).toBe('00000000-0000-7fff-bfff-ffffffffffff');
    expect(uuidv7(0, (b) => b.fill(0))).toBe('00000000-0000-7000-8000-000000000000');
  });

  it('sorts by creation time and does not repeat', () => {
    const ids = [uuidv7(1_000), uuidv7(2_000), uuidv7(3_000)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 1000 }, () => uuidv7())).size).toBe(1000);
  });
});
