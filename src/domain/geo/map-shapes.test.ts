/** The map's projection and simplification helpers: fitted bounds, kept ends, dropped islets, compact paths. */
import { describe, expect, it } from 'vitest';
import { boundsOf, fitProjection, ringArea, ringsToPath, simplifyLine, simplifyRing, type Point } from './map-shapes.ts';

describe('fitProjection', () => {
  const box = { minLon: -81.4, maxLon: -68.6, minLat: -18.4, maxLat: 0 };
  const projection = fitProjection(box, 600);

  it('puts the north-west corner at 0,0 and the east edge at the width', () => {
    expect(projection.project(-81.4, 0)).toEqual([0, 0]);
    expect(projection.project(-68.6, 0)[0]).toBeCloseTo(600, 6);
    const [, bottom] = projection.project(-75, -18.4);
    expect(bottom).toBeLessThanOrEqual(projection.height);
    expect(bottom).toBeGreaterThan(projection.height - 1);
  });

  it('keeps a degree of latitude longer than a degree of longitude away from the equator', () => {
    const [x1, y1] = projection.project(-75, -9);
    const [x2] = projection.project(-74, -9);
    const [, y2] = projection.project(-75, -10);
    expect(y2 - y1).toBeGreaterThan(x2 - x1);
    expect((x2 - x1) / (y2 - y1)).toBeCloseTo(Math.cos((9.2 * Math.PI) / 180), 6);
  });

  it('measures bounds over every ring', () => {
    expect(boundsOf([[[-70, -10], [-72, -12]], [[-69, -9]]])).toEqual({ minLon: -72, maxLon: -69, minLat: -12, maxLat: -9 });
  });
});

describe('simplification', () => {
  it('drops points closer to the line than the tolerance and keeps both ends', () => {
    const line: Point[] = [[0, 0], [1, 0.2], [2, -0.1], [3, 5], [4, 0], [10, 0]];
    expect(simplifyLine(line, 0.5)).toEqual([[0, 0], [2, -0.1], [3, 5], [4, 0], [10, 0]]);
    expect(simplifyLine(line, 10)).toEqual([[0, 0], [10, 0]]);
  });

  it('keeps a square ring with noise as its four corners, closed implicitly', () => {
    const noisy: Point[] = [[0, 0], [5, 0.2], [10, 0], [10.1, 5], [10, 10], [5, 9.8], [0, 10], [0.2, 5], [0, 0]];
    const ring = simplifyRing(noisy, { tolerance: 1, minArea: 1 })!;
    expect(ring).toHaveLength(4);
    expect(ringArea(ring)).toBe(100);
  });

  it('drops an islet below the minimum area and a ring that rounds to a point', () => {
    expect(simplifyRing([[0, 0], [1.2, 0], [1.2, 1.2], [0, 1.2]], { tolerance: 0.5, minArea: 4 })).toBeNull();
    expect(simplifyRing([[0.1, 0.1], [0.2, 0.3], [0.3, 0.1]], { tolerance: 0.5, minArea: 0 })).toBeNull();
  });
});

describe('ringsToPath', () => {
  it('writes one absolute move, relative lines and a close per ring', () => {
    expect(ringsToPath([[[10, 10], [20, 10], [20, 5], [10, 5]], [[0, 0], [3, 0], [0, 3]]])).toBe('M10 10l10 0 0-5-10 0zM0 0l3 0-3 3z');
  });
});
