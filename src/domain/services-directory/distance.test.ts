/** Haversine distance: known city pairs, symmetry, zero on the diagonal, the triangle inequality. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm, roundKm } from './distance.ts';

const inPeru = fc.record({ lat: fc.double({ min: -18.5, max: 0.1, noNaN: true }), lon: fc.double({ min: -81.5, max: -68.5, noNaN: true }) });

describe('haversineKm', () => {
  it('measures a degree of latitude as 111.2 km and Lima to Cusco as about 575 km', () => {
    expect(roundKm(haversineKm({ lat: -12.0464, lon: -77.0428 }, { lat: -13.5319, lon: -71.9675 }))).toBeGreaterThan(570);
    expect(haversineKm({ lat: -12.0464, lon: -77.0428 }, { lat: -13.5319, lon: -71.9675 })).toBeLessThan(580);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.2, 1);
  });

  it('is symmetric, zero from a point to itself, and obeys the triangle inequality', () => {
    fc.assert(
      fc.property(inPeru, inPeru, inPeru, (a, b, c) => {
        expect(haversineKm(a, a)).toBeCloseTo(0, 9);
        expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
        expect(haversineKm(a, c)).toBeLessThanOrEqual(haversineKm(a, b) + haversineKm(b, c) + 1e-9);
      }),
    );
  });

  it('rounds to one decimal', () => {
    expect(roundKm(12.345)).toBe(12.3);
    expect(roundKm(0.05)).toBe(0.1);
  });
});
