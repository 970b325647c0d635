/** The interval formulas against textbook values (Wilson 1927; Conover's order-statistic median interval). */
import { describe, expect, it } from 'vitest';
import { kishEffectiveSize, meanInterval, medianWithInterval, wilsonInterval } from './statistics.ts';

const close = (actual: [number, number] | null, expected: [number, number], digits = 4) => {
  expect(actual).not.toBeNull();
  expect(actual![0]).toBeCloseTo(expected[0], digits);
  expect(actual![1]).toBeCloseTo(expected[1], digits);
};

describe('wilsonInterval', () => {
  it('matches published values', () => {
    close(wilsonInterval(0.5, 10), [0.2366, 0.7634]);
    close(wilsonInterval(0, 10), [0, 0.2775]);
    close(wilsonInterval(1, 10), [0.7225, 1]);
    close(wilsonInterval(0.93, 100), [0.8625, 0.9657]);
  });

  it('is null with nobody in the denominator', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('kishEffectiveSize', () => {
  it('is n for equal weights and smaller for unequal ones', () => {
    expect(kishEffectiveSize(4, 4)).toBe(4);
    expect(kishEffectiveSize(4 * 2.5, 4 * 2.5 * 2.5)).toBe(4);
    // Weights 1, 1, 1, 5: (8)² / (1+1+1+25) = 2.2857
    expect(kishEffectiveSize(8, 28)).toBeCloseTo(2.2857, 4);
  });
});

describe('meanInterval', () => {
  it('is mean ± 1.96 s/√n for unweighted answers', () => {
    // 1..5: mean 3, V = 2 (divided by n), s² = 2.5, SE = √(2.5/5)
    close(meanInterval(3, 2, 5), [3 - 1.959964 * Math.sqrt(0.5), 3 + 1.959964 * Math.sqrt(0.5)]);
  });

  it('is null with fewer than two effective answers', () => {
    expect(meanInterval(7, 0, 1)).toBeNull();
  });
});

describe('medianWithInterval', () => {
  const range = (n: number) => Float64Array.from({ length: n }, (_, i) => i + 1);

  it('takes the 40th and 61st of 100 answers, the textbook ranks', () => {
    expect(medianWithInterval(range(100), null)).toEqual({ value: 50.5, ci95: [40, 61] });
  });

  it('averages the two middle answers of an even count and spans the range when there are few', () => {
    expect(medianWithInterval(Float64Array.from([9, 1, 5, 3]), null)).toEqual({ value: 4, ci95: [1, 9] });
    expect(medianWithInterval(Float64Array.from([4]), null)).toEqual({ value: 4, ci95: [4, 4] });
  });

  it('gives heavier answers more say', () => {
    const estimate = medianWithInterval(Float64Array.from([1, 2, 3]), Float64Array.from([1, 1, 5]));
    expect(estimate?.value).toBe(3);
  });

  it('equals the unweighted result with weights of 1', () => {
    const values = Float64Array.from([5, 3, 8, 1, 9, 2, 7, 7, 4, 6, 10, 12, 11]);
    expect(medianWithInterval(Float64Array.from(values), new Float64Array(values.length).fill(1))).toEqual(medianWithInterval(Float64Array.from(values), null));
  });
});
