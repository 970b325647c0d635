/** Chart scales: clamping, nice axis maxima, ticks, map classes and number wording. */
import { describe, expect, it } from 'vitest';
import { axisDomain, classBreaks, colourClass, formatInterval, formatValue, linearScale, niceMax, ticks } from './scales.ts';

describe('chart scales', () => {
  it('maps the domain onto the range and clamps outside values', () => {
    const x = linearScale([0, 1], [10, 210]);
    expect(x(0)).toBe(10);
    expect(x(0.5)).toBe(110);
    expect(x(1.3)).toBe(210);
    expect(x(-0.2)).toBe(10);
    expect(linearScale([2, 2], [0, 100])(5)).toBe(0);
  });

  it('rounds an axis maximum up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.07, 1, 1.2, 2.2, 3, 7, 12, 480, 1999].map(niceMax)).toEqual([0.1, 1, 2, 2.5, 5, 10, 20, 500, 2000]);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(Number.NaN)).toBe(1);
  });

  it('keeps proportions on 0–100 % and fits means above every interval', () => {
    expect(axisDomain('proportion', [0.2, 0.3])).toEqual([0, 1]);
    expect(axisDomain('mean', [812, null, 1430])).toEqual([0, 2000]);
    expect(axisDomain('mean', [null])).toEqual([0, 1]);
  });

  it('makes clean ticks', () => {
    expect(ticks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });
});

describe('map classes', () => {
  it('puts values into equal intervals, the maximum in the last class', () => {
    expect([0.1, 0.29, 0.3, 0.5, 0.9].map((v) => colourClass(v, 0.1, 0.9, 4))).toEqual([0, 0, 1, 2, 3]);
    expect(colourClass(0.4, 0.4, 0.4)).toBe(2);
    expect(classBreaks(0, 1, 4)).toEqual([0, 0.25, 0.5, 0.75]);
  });
});

describe('wording', () => {
  it('writes percentages and intervals the Peruvian way', () => {
    expect(formatValue(0.2869, 'proportion')).toBe('28.7 %');
    expect(formatValue(null, 'proportion')).toBe('—');
    expect(formatInterval([0.21, 0.354], 'proportion')).toBe('21–35.4 %');
    expect(formatValue(1234.567, 'mean')).toBe('1,234.57');
  });
});
