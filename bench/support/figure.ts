/**
 * The shape every benchmark produces: a named figure beside a baseline measured on the same
 * machine in the same run, and the ratio between them. Machines are shared and noisy, so a
 * figure is the median of repeated runs, and the ratio is what to compare across machines.
 * A suite groups figures that share expensive set-up (a database, a server); run.ts lists them.
 */

export type Better = 'lower' | 'higher';

export interface Figure {
  /** Stable identifier, e.g. `db.pglite.insert_us`; later issues add names, never rename. */
  name: string;
  /** Median over `runs`; null when the figure was skipped. */
  value: number | null;
  baseline: number | null;
  /** What the baseline measures, e.g. `raw PGlite query` or `budget`. */
  baseline_name: string;
  /** value / baseline. */
  ratio: number | null;
  unit: string;
  /** Whether a lower or a higher value is the good direction. */
  better: Better;
  runs: number;
  /** Every run's value and baseline, so noise can be judged from the JSON. */
  samples: { value: number[]; baseline: number[] };
  /** Why there is no value, when there is none. */
  skipped?: string;
}

export interface Suite {
  /** Short title printed while the suite runs. */
  title: string;
  run(): Promise<Figure[]>;
}

export interface FigureSpec {
  name: string;
  unit: string;
  better: Better;
  baselineName: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Builds a figure from paired samples: value and baseline are medians, the ratio is theirs.
 * @example
 *   makeFigure({ name: 'db.pglite.read_us', unit: 'µs', better: 'lower', baselineName: 'raw SQL' }, [41, 39], [20, 21]);
 */
export function makeFigure(spec: FigureSpec, values: readonly number[], baselines: readonly number[]): Figure {
  const value = median(values);
  const baseline = median(baselines);
  return {
    name: spec.name,
    value,
    baseline,
    baseline_name: spec.baselineName,
    ratio: baseline === 0 ? null : value / baseline,
    unit: spec.unit,
    better: spec.better,
    runs: values.length,
    samples: { value: [...values], baseline: [...baselines] },
  };
}

/** A row that says why it has no value, so the table keeps its shape on every machine. */
export function skippedFigure(spec: FigureSpec, reason: string): Figure {
  return {
    name: spec.name,
    value: null,
    baseline: null,
    baseline_name: spec.baselineName,
    ratio: null,
    unit: spec.unit,
    better: spec.better,
    runs: 0,
    samples: { value: [], baseline: [] },
    skipped: reason,
  };
}
