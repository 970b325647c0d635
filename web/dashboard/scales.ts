/**
 * The arithmetic of the dashboard's hand-written SVG charts: a clamped linear scale, a "nice"
 * axis maximum with its ticks, and the classes and colours of the choropleth. Pure and small, so
 * the charts stay plain markup and these rules are unit-tested.
 * What must hold: proportions always use the full 0–100 % axis (bars of two charts compare), and
 * a value outside the domain is drawn at the edge, never off the chart.
 */

export type Scale = (value: number) => number;

/** Maps [d0, d1] onto [r0, r1], clamping values outside the domain to its ends. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => {
    const t = span === 0 ? 0 : Math.min(1, Math.max(0, (value - d0) / span));
    return r0 + t * (r1 - r0);
  };
}

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above `value` (1 for nothing to show). */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value * (1 - 1e-12))!;
  return step * power;
}

/** The axis domain: 0–1 for proportions, else 0 to a nice maximum above every interval's end. */
export function axisDomain(kind: 'proportion' | 'mean', highs: readonly (number | null)[]): [number, number] {
  if (kind === 'proportion') return [0, 1];
  return [0, niceMax(Math.max(0, ...highs.filter((h): h is number => h !== null)))];
}

/** `count` + 1 evenly spaced ticks from 0 to `max`, without floating-point dust. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => Number(((max * i) / count).toPrecision(12)));
}

/** Light to dark: readable with black text on the first three and white on the last two. */
export const MAP_COLOURS = ['#f3e3c3', '#e0b874', '#c98a2e', '#8f5a10', '#5a3300'] as const;

/**
 * The colour class (0 to classes − 1) of `value` on equal intervals of [min, max]; with one
 * distinct value every department gets the middle class.
 */
export function colourClass(value: number, min: number, max: number, classes: number = MAP_COLOURS.length): number {
  if (max <= min) return Math.floor(classes / 2);
  const t = (value - min) / (max - min);
  // The epsilon keeps a value on a class boundary (0.3 of 0.1–0.9 in 4) in the upper class.
  return Math.min(classes - 1, Math.max(0, Math.floor(t * classes + 1e-9)));
}

/** The lower bound of each class on equal intervals of [min, max], for the legend. */
export function classBreaks(min: number, max: number, classes: number = MAP_COLOURS.length): number[] {
  if (max <= min) return [min];
  return Array.from({ length: classes }, (_, i) => min + ((max - min) * i) / classes);
}

const percentFormat = new Intl.NumberFormat('es-PE', { maximumFractionDigits: 1 });
const numberFormat = new Intl.NumberFormat('es-PE', { maximumFractionDigits: 2 });

/** A proportion (0.2869) as "28.7 %" (Peru writes a decimal point), a mean as a plain number; "—" for nothing. */
export function formatValue(value: number | null, kind: 'proportion' | 'mean'): string {
  if (value === null) return '—';
  return kind === 'proportion' ? `${percentFormat.format(Math.round(value * 1000) / 10)} %` : numberFormat.format(value);
}

/** An interval as "21–35.4 %" (proportions) or "1.234–1.567". */
export function formatInterval(ci: readonly [number, number] | null, kind: 'proportion' | 'mean'): string {
  if (!ci) return '—';
  if (kind === 'proportion') return `${percentFormat.format(Math.round(ci[0] * 1000) / 10)}–${formatValue(ci[1], kind)}`;
  return `${numberFormat.format(ci[0])}–${numberFormat.format(ci[1])}`;
}
