import { describe, expect, it } from 'vitest';
import { decodeDate, decodeDecimal, decodeInteger, Misfit } from './cell-decoders.ts';

describe('cell decoders', () => {
  it('reads whole numbers, with a decimal point or comma when the fraction is zero', () => {
    expect(['42', '-3', '+7', '12.0', '12,0', '1e3'].map(decodeInteger)).toEqual([42, -3, 7, 12, 12, 1000]);
    for (const bad of ['12,5', 'doce', '1.234,5', '1 234', '0x10', 'Infinity', '']) expect(decodeInteger(bad)).toBeInstanceOf(Misfit);
  });

  it('reads decimals with a decimal point or a decimal comma, never a thousands separator', () => {
    expect(['2.5', '2,5', ',5', '-0.25', '3'].map(decodeDecimal)).toEqual([2.5, 2.5, 0.5, -0.25, 3]);
    for (const bad of ['1.234,5', '1,234.5', '2.5 g', 'NaN']) expect(decodeDecimal(bad)).toBeInstanceOf(Misfit);
  });

  it('reads ISO dates (also with a time), DD/MM/YYYY and Excel serials', () => {
    expect(['2026-03-05', '2026-03-05T10:20:00.000-05:00', '2026-03-05 10:20:00', '5/3/2026', '05-03-2026', '05.03.2026', '46086', '46086.5'].map(decodeDate))
      .toEqual(Array(8).fill('2026-03-05'));
    expect(decodeDate('29/02/2024')).toBe('2024-02-29');
    for (const bad of ['31/02/2026', '29/02/2025', '2026-13-01', '05/03/26', 'ayer', '0']) expect(decodeDate(bad)).toBeInstanceOf(Misfit);
  });
});
