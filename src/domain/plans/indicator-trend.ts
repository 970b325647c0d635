/**
 * An indicator's trend against its targets: one row per year from the baseline to the last
 * target (or the last measurement), with the target where one is set, the value expected on a
 * straight line from the baseline through the targets, and the latest value measured that
 * year. "On track" compares the latest measurement with what was expected in its year, in the
 * direction the targets point (up for "more women trained", down for "mercury use").
 */

export interface TrendInput {
  baseline: { value: number; year: number } | null;
  targets: readonly { year: number; value: number }[];
  /** Measured values (by hand or computed live), any order. */
  actuals: readonly { measured_on: string; value: number }[];
}

export interface TrendRow {
  year: number;
  target: number | null;
  expected: number | null;
  actual: number | null;
}

export interface Trend {
  direction: 'up' | 'down' | null;
  rows: TrendRow[];
  latest: { year: number; value: number; measured_on: string } | null;
  on_track: boolean | null;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Straight lines between the known points (baseline first, then targets by year). */
function expectedAt(points: readonly { year: number; value: number }[], year: number): number | null {
  if (points.length === 0) return null;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (year === p.year) return p.value;
    if (year < p.year) {
      if (i === 0) return null;
      const q = points[i - 1]!;
      return round(q.value + ((p.value - q.value) * (year - q.year)) / (p.year - q.year));
    }
  }
  return null;
}

export function indicatorTrend(input: TrendInput): Trend {
  const targets = [...input.targets].sort((a, b) => a.year - b.year);
  const points = [...(input.baseline ? [input.baseline] : []), ...targets.filter((t) => !input.baseline || t.year > input.baseline.year)];
  const latestByYear = new Map<number, { value: number; measured_on: string }>();
  for (const a of input.actuals) {
    const year = Number(a.measured_on.slice(0, 4));
    const seen = latestByYear.get(year);
    if (!seen || a.measured_on >= seen.measured_on) latestByYear.set(year, { value: a.value, measured_on: a.measured_on });
  }
  const years = [...points.map((p) => p.year), ...latestByYear.keys()];
  if (years.length === 0) return { direction: null, rows: [], latest: null, on_track: null };
  const rows: TrendRow[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    rows.push({ year, target: targets.find((t) => t.year === year)?.value ?? null, expected: expectedAt(points, year), actual: latestByYear.get(year)?.value ?? null });
  }
  const first = points[0];
  const last = points[points.length - 1];
  const direction = first && last && last !== first ? (last.value >= first.value ? 'up' : 'down') : null;
  const latestYear = [...latestByYear.keys()].sort((a, b) => b - a)[0];
  const latest = latestYear === undefined ? null : { year: latestYear, ...latestByYear.get(latestYear)! };
  const expected = latest ? expectedAt(points, latest.year) : null;
  const on_track = latest && expected !== null && direction ? (direction === 'up' ? latest.value >= expected : latest.value <= expected) : null;
  return { direction, rows, latest, on_track };
}
