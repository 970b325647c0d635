/** Nearest ranking: order by distance, fallback to district → province → department, Línea 100 always in. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankNearest, type RankablePoint } from './nearest.ts';

const places = new Map([
  ['211002', { lat: -14.6775, lon: -69.5347 }], // Ananea
  ['2110', { lat: -14.8703, lon: -69.3539 }], // San Antonio de Putina
  ['21', { lat: -15.8433, lon: -70.0236 }], // Puno
]);
const line: RankablePoint = { kind: 'line_100', name: 'Línea 100', district: null, lat: null, lon: null };
const origin = { lat: -14.68, lon: -69.53 };

describe('rankNearest', () => {
  it('puts Línea 100 first with a null distance, whatever the kind filter and limit', () => {
    const ranked = rankNearest([{ kind: 'cem', name: 'A', district: '211002', lat: null, lon: null }, line], { origin, places, kind: 'police', limit: 1 });
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ distanceKm: null, point: { kind: 'line_100' } });
  });

  it('falls back to the district, then the province, then the department capital', () => {
    const points: RankablePoint[] = [
      { kind: 'cem', name: 'district', district: '211002', lat: null, lon: null },
      { kind: 'cem', name: 'province', district: '211099', lat: null, lon: null },
      { kind: 'cem', name: 'department', district: '219999', lat: null, lon: null },
      { kind: 'cem', name: 'nowhere', district: null, lat: null, lon: null },
    ];
    const ranked = rankNearest(points, { origin, places, limit: 10 });
    expect(ranked.map((r) => [r.point.name, r.locatedBy])).toEqual([
      ['district', 'district'], ['province', 'province'], ['department', 'department'], ['nowhere', 'none'],
    ]);
    expect(ranked[0]!.distanceKm).toBe(0.6);
    expect(ranked[3]!.distanceKm).toBeNull();
  });

  it('always returns distances in ascending order, at most limit points besides Línea 100', () => {
    const point = fc.record({
      kind: fc.constantFrom('cem', 'police', 'health'),
      name: fc.string(),
      district: fc.constant(null),
      lat: fc.double({ min: -18.5, max: 0.1, noNaN: true }),
      lon: fc.double({ min: -81.5, max: -68.5, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), fc.integer({ min: 1, max: 10 }), (points, limit) => {
        const ranked = rankNearest([...points, line], { origin, places, limit });
        const distances = ranked.slice(1).map((r) => r.distanceKm!);
        expect(ranked[0]!.point.kind).toBe('line_100');
        expect(distances.length).toBe(Math.min(limit, points.length));
        expect([...distances].sort((a, b) => a - b)).toEqual(distances);
      }),
    );
  });
});
