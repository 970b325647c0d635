import { describe, expect, it } from 'vitest';
import { indicatorTrend } from './indicator-trend.ts';

describe('indicatorTrend', () => {
  it('lines up targets, the expected path and the latest value of each year', () => {
    const trend = indicatorTrend({
      baseline: { value: 10, year: 2024 },
      targets: [{ year: 2030, value: 70 }, { year: 2026, value: 30 }],
      actuals: [{ measured_on: '2025-03-01', value: 12 }, { measured_on: '2025-11-30', value: 21 }],
    });
    expect(trend.rows.slice(0, 3)).toEqual([
      { year: 2024, target: null, expected: 10, actual: null },
      { year: 2025, target: null, expected: 20, actual: 21 },
      { year: 2026, target: 30, expected: 30, actual: null },
    ]);
    expect(trend.rows.at(-1)).toEqual({ year: 2030, target: 70, expected: 70, actual: null });
    expect(trend).toMatchObject({ direction: 'up', latest: { year: 2025, value: 21 }, on_track: true });
  });

  it('judges a falling indicator by going down', () => {
    const trend = indicatorTrend({ baseline: { value: 80, year: 2024 }, targets: [{ year: 2028, value: 40 }], actuals: [{ measured_on: '2026-01-01', value: 65 }] });
    expect(trend).toMatchObject({ direction: 'down', on_track: false });
  });

  it('is empty without baseline, targets or values', () => {
    expect(indicatorTrend({ baseline: null, targets: [], actuals: [] })).toEqual({ direction: null, rows: [], latest: null, on_track: null });
  });
});
