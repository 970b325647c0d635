/**
 * Horizontal bars by group, hand-written SVG: the value as a bar, its 95% confidence interval as
 * a whisker, the study baseline as a diamond beside it, and a hidden group written out as
 * hidden (never drawn as a zero). Labels sit above their bar so a 360-px phone keeps the whole
 * width for the bars. The table under the chart carries the same figures for screen readers.
 */
import { t } from '../i18n/i18n.ts';
import type { ValueKind } from './indicator-options.ts';
import type { ChartRow } from './chart-rows.ts';
import { axisDomain, formatValue, linearScale, ticks } from './scales.ts';

const WIDTH = 320;
const PLOT = { left: 6, right: 306 };
const ROW = 54;
const AXIS = 22;

interface Props {
  rows: readonly ChartRow[];
  kind: ValueKind;
  k: number;
  title: string;
}

function Diamond({ x, y }: { x: number; y: number }) {
  return <path data-testid="baseline-marker" class="baseline-mark" d={`M${x} ${y - 7}l6 7-6 7-6-7z`} />;
}

function BarRow({ row, y, x, kind, k }: { row: ChartRow; y: number; x: (v: number) => number; kind: ValueKind; k: number }) {
  const mid = y + 33;
  const hiddenText = row.hidden === 'small' ? t('dashboard.hidden', { k }) : t('dashboard.hiddenComplement');
  return (
    <g class={row.isTotal ? 'row total' : 'row'} data-testid={row.hidden ? 'hidden-group' : 'bar-row'}>
      <text x={PLOT.left} y={y + 16} class="row-label">{row.label}</text>
      <text x={PLOT.right} y={y + 16} class="row-value" text-anchor="end">
        {row.hidden ? '' : formatValue(row.value, kind)}
      </text>
      {row.hidden ? (
        <>
          <rect x={PLOT.left} y={mid - 8} width={PLOT.right - PLOT.left} height={16} class="hidden-band" />
          <text x={PLOT.left + 6} y={mid + 5} class="hidden-text">{hiddenText}</text>
        </>
      ) : (
        row.value !== null && (
          <>
            <rect data-testid="bar" x={x(0)} y={mid - 7} width={Math.max(1, x(row.value) - x(0))} height={14} class="bar-fill" />
            {row.ci95 && (
              <path data-testid="ci" class="ci" d={`M${x(row.ci95[0])} ${mid - 5}v10M${x(row.ci95[0])} ${mid}H${x(row.ci95[1])}M${x(row.ci95[1])} ${mid - 5}v10`} />
            )}
          </>
        )
      )}
      {row.baseline && !row.hidden && <Diamond x={x(row.baseline.value)} y={mid} />}
    </g>
  );
}

export function BarChart({ rows, kind, k, title }: Props) {
  const domain = axisDomain(kind, rows.map((r) => r.ci95?.[1] ?? r.value));
  const x = linearScale(domain, [PLOT.left, PLOT.right]);
  const height = rows.length * ROW + AXIS;
  const axisY = rows.length * ROW + 2;
  return (
    <svg class="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} data-testid="bar-chart">
      {ticks(domain[1]).map((tick) => (
        <g key={tick} class="tick">
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={axisY} />
          <text x={x(tick)} y={axisY + 16} text-anchor={tick === 0 ? 'start' : tick === domain[1] ? 'end' : 'middle'}>
            {formatValue(tick, kind)}
          </text>
        </g>
      ))}
      {rows.map((row, i) => (
        <BarRow key={`${row.key ?? ''}-${row.isTotal}`} row={row} y={i * ROW} x={x} kind={kind} k={k} />
      ))}
    </svg>
  );
}
