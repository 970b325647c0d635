/** PIN rules: length and digits, the PINs guessed first refused, and the wait after wrong tries. */
import { describe, expect, it } from 'vitest';
import { checkNewPin, isTrivialPin, waitAfter, waitLeft } from './pin-rules.ts';

describe('new PIN', () => {
  it('takes 4 to 8 digits that are not a first guess, typed twice the same', () => {
    expect(checkNewPin('4829', '4829')).toBeNull();
    expect(checkNewPin('48291537', '48291537')).toBeNull();
    expect(checkNewPin('', '')).toBe('pin.required');
    expect(checkNewPin('48a9', '48a9')).toBe('pin.notDigits');
    expect(checkNewPin('482', '482')).toBe('pin.length');
    expect(checkNewPin('482915370', '482915370')).toBe('pin.length');
    expect(checkNewPin('4829', '4828')).toBe('pin.mismatch');
  });

  it('refuses repeated digits, straight runs, repeated blocks and common keypad patterns', () => {
    for (const pin of ['0000', '1111', '99999999', '1234', '0123', '12345678', '4321', '9876', '8901', '1212', '123123', '12341234', '2580', '6969']) {
      expect(isTrivialPin(pin), pin).toBe(true);
      expect(checkNewPin(pin, pin)).toBe('pin.tooEasy');
    }
    for (const pin of ['4829', '1357924', '7391', '2024' + '61']) expect(isTrivialPin(pin), pin).toBe(false);
  });
});

describe('wrong tries', () => {
  it('makes no one wait for the first four, then 30 s doubling with each further try', () => {
    expect([0, 1, 4].map(waitAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(waitAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(waitAfter(40)).toBe(24 * 3600_000);
  });

  it('counts the wait from the last wrong try', () => {
    const lock = { failed_tries: 5, last_failed_at: '2026-03-02T14:00:00.000Z' };
    expect(waitLeft(lock, new Date('2026-03-02T14:00:10Z'))).toBe(20_000);
    expect(waitLeft(lock, new Date('2026-03-02T14:00:31Z'))).toBe(0);
    expect(waitLeft({ failed_tries: 0 }, new Date())).toBe(0);
  });
});
