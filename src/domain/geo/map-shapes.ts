/**
 * Turning department polygons (GeoJSON, longitude/latitude) into small SVG paths for the
 * dashboard's choropleth: project to a flat plane, round to a whole-unit grid, drop the points a
 * phone could not show (Douglas–Peucker), and write each ring as relative moves. Run once at
 * build time by scripts/build-department-map.ts; the browser only draws the result.
 * What must hold: a kept ring is still closed and has at least 3 distinct corners, rings that
 * shrink below `minArea` are dropped (islets), and the first and last point of a ring are kept.
 */

export type Point = readonly [number, number];
export type Ring = Point[];

export interface Projection {
  /** Longitude/latitude → x right, y down, in map units. */
  project(lon: number, lat: number): Point;
  width: number;
  height: number;
}

/**
 * An equirectangular projection scaled by the cosine of the middle latitude, fitted to `width`
 * map units across the bounding box. Over Peru (0° to 18° S) it distorts shapes by under 5%.
 * @example fitProjection({ minLon: -81.4, maxLon: -68.6, minLat: -18.4, maxLat: 0 }, 600).project(-75, -9)
 */
export function fitProjection(box: { minLon: number; maxLon: number; minLat: number; maxLat: number }, width: number): Projection {
  const k = Math.cos((((box.minLat + box.maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((box.maxLon - box.minLon) * k);
  return {
    project: (lon, lat) => [(lon - box.minLon) * k * scale, (box.maxLat - lat) * scale],
    width,
    height: Math.ceil((box.maxLat - box.minLat) * scale),
  };
}

/** Longitude/latitude bounds of every point of `rings`. */
export function boundsOf(rings: readonly (readonly Point[])[]) {
  const box = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
  for (const ring of rings) {
    for (const [lon, lat] of ring) {
      box.minLon = Math.min(box.minLon, lon);
      box.maxLon = Math.max(box.maxLon, lon);
      box.minLat = Math.min(box.minLat, lat);
      box.maxLat = Math.max(box.maxLat, lat);
    }
  }
  return box;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker on an open polyline: keeps the ends and every point further than `tolerance`. */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(points[i]!, points[from]!, points[to]!);
      if (d > worstDistance) [worst, worstDistance] = [i, d];
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([from, worst], [worst, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Shoelace area (absolute) of a closed ring. */
export function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/**
 * Rounds a projected ring to the grid, removes repeated points and simplifies it; `null` when
 * fewer than 3 corners or less than `minArea` square units remain.
 */
export function simplifyRing(ring: readonly Point[], opts: { tolerance: number; minArea: number }): Ring | null {
  const rounded: Point[] = [];
  for (const [x, y] of ring) {
    const p: Point = [Math.round(x), Math.round(y)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) rounded.push(p);
  }
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (first && last && rounded.length > 1 && first[0] === last[0] && first[1] === last[1]) rounded.pop();
  if (rounded.length < 3) return null;
  // Split the closed ring at its far point so both halves have fixed ends for Douglas–Peucker.
  let far = 0;
  let farDistance = -1;
  rounded.forEach((p, i) => {
    const d = Math.hypot(p[0] - rounded[0]![0], p[1] - rounded[0]![1]);
    if (d > farDistance) [far, farDistance] = [i, d];
  });
  const firstHalf = simplifyLine(rounded.slice(0, far + 1), opts.tolerance);
  const secondHalf = simplifyLine([...rounded.slice(far), rounded[0]!], opts.tolerance);
  const simplified = [...firstHalf, ...secondHalf.slice(1, -1)];
  if (simplified.length < 3 || ringArea(simplified) < opts.minArea) return null;
  return simplified;
}

/** An SVG path of whole-unit rings: an absolute move, then relative lines, closed with `z`. */
export function ringsToPath(rings: readonly Ring[]): string {
  return rings
    .map((ring) => {
      const [x0, y0] = ring[0]!;
      let d = `M${x0} ${y0}l`;
      for (let i = 1; i < ring.length; i++) {
        const dx = ring[i]![0] - ring[i - 1]![0];
        const dy = ring[i]![1] - ring[i - 1]![1];
        d += `${i === 1 || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
      }
      return `${d}z`;
    })
    .join('');
}
