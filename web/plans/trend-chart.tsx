/**
 * An indicator's trend as a small SVG: the expected path from the baseline through the targets
 * (dashed line, targets as rings) and the values measured each year (solid line, filled
 * squares). Shapes and a legend tell the two apart, not colour alone; the same figures follow
 * in a table inside <details> for screen readers and for reading exact values.
 */
import { t } from '../i18n/i18n.ts';
import type { Indicator } from './plans-api.ts';

const W = 320;
const H = 150;
const PAD = { left: 36, right: 10, top: 10, bottom: 24 };

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString(undefined, { maximumFractionDigits: 2 }));

export function TrendChart({ indicator }: { indicator: Indicator }) {
  const rows = indicator.trend.rows;
  if (rows.length === 0) return null;
  const values = rows.flatMap((r) => [r.expected, r.actual, r.target].filter((v): v is number => v !== null));
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1);
  const first = rows[0]!.year;
  const span = Math.max(1, rows[rows.length - 1]!.year - first);
  const x = (year: number) => PAD.left + ((year - first) / span) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - low) / (high - low)) * (H - PAD.top - PAD.bottom);
  const path = (points: { year: number; value: number | null }[]) =>
    points.filter((p) => p.value !== null).map((p) => `${x(p.year).toFixed(1)},${y(p.value!).toFixed(1)}`).join(' ');
  const expected = path(rows.map((r) => ({ year: r.year, value: r.expected })));
  const actual = path(rows.map((r) => ({ year: r.year, value: r.actual })));
  const label = t('plans.chart', { name: indicator.name });
  return (
    <figure class="trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        <line x1={PAD.left} y1={y(low)} x2={W - PAD.right} y2={y(low)} class="axis" />
        <text x={PAD.left - 4} y={y(high) + 4} class="tick" text-anchor="end">{fmt(high)}</text>
        <text x={PAD.left - 4} y={y(low)} class="tick" text-anchor="end">{fmt(low)}</text>
        <text x={PAD.left} y={H - 6} class="tick">{first}</text>
        <text x={W - PAD.right} y={H - 6} class="tick" text-anchor="end">{rows[rows.length - 1]!.year}</text>
        {expected && <polyline points={expected} class="expected" />}
        {rows.filter((r) => r.target !== null).map((r) => <circle key={`t${r.year}`} cx={x(r.year)} cy={y(r.target!)} r="4" class="target" />)}
        {actual && <polyline points={actual} class="actual" />}
        {rows.filter((r) => r.actual !== null).map((r) => <rect key={`a${r.year}`} x={x(r.year) - 3.5} y={y(r.actual!) - 3.5} width="7" height="7" class="measured" />)}
      </svg>
      <figcaption>
        <span class="legend-expected">{t('plans.legendTarget')}</span> <span class="legend-actual">{t('plans.legendActual')}</span>
      </figcaption>
      <details>
        <summary>{label}</summary>
        <table class="report">
          <thead><tr><th>{t('plans.year')}</th><th>{t('plans.expected')}</th><th>{t('plans.actual')}</th></tr></thead>
          <tbody>
            {rows.map((r) => <tr key={r.year}><td>{r.year}</td><td>{fmt(r.expected)}</td><td>{fmt(r.actual)}</td></tr>)}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
