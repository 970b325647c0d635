/**
 * The choropleth of Peru's departments: each department coloured by its value on five equal
 * classes, hatched when its group is hidden, white when there are no data. The shapes are the
 * pre-simplified paths of data/geo/peru-departments.map.json (about 3 KB gzip), imported here
 * only, so they travel in the dashboard chunk and never with the login route.
 */
import map from '../../data/geo/peru-departments.map.json';
import { t } from '../i18n/i18n.ts';
import type { ChartRow } from './chart-rows.ts';
import { departmentOf, type Department, type ValueKind } from './indicator-options.ts';
import { classBreaks, colourClass, formatValue, MAP_COLOURS } from './scales.ts';

export const DEPARTMENTS: readonly Department[] = map.departments.map(({ code, name }) => ({ code, name }));

/** The rows that name a department, by department code (the first row wins a repeat). */
export function rowsByDepartment(rows: readonly ChartRow[]): Map<string, ChartRow> {
  const found = new Map<string, ChartRow>();
  for (const row of rows) {
    if (row.isTotal || row.key === null) continue;
    const code = departmentOf(row.key, DEPARTMENTS, row.label);
    if (code && !found.has(code)) found.set(code, row);
  }
  return found;
}

interface Props {
  rows: readonly ChartRow[];
  kind: ValueKind;
  title: string;
}

export function Choropleth({ rows, kind, title }: Props) {
  const byCode = rowsByDepartment(rows);
  const values = [...byCode.values()].filter((r) => !r.hidden && r.value !== null).map((r) => r.value!);
  const min = kind === 'proportion' ? 0 : Math.min(...values, 0);
  const max = kind === 'proportion' ? 1 : Math.max(...values, 1);
  const fillOf = (row: ChartRow | undefined) => {
    if (!row || (row.value === null && !row.hidden)) return '#ffffff';
    if (row.hidden) return 'url(#hidden-hatch)';
    return MAP_COLOURS[colourClass(row.value!, min, max)];
  };
  const breaks = classBreaks(min, max);
  return (
    <figure class="map" data-testid="choropleth">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={title}>
        <defs>
          <pattern id="hidden-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#e6e1d8" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#4a4a4a" stroke-width="2" />
          </pattern>
        </defs>
        {map.departments.map((d) => {
          const row = byCode.get(d.code);
          const text = row ? (row.hidden ? t('dashboard.mapHidden') : formatValue(row.value, kind)) : t('dashboard.mapNoData');
          return (
            <path key={d.code} d={d.d} fill={fillOf(row)} class={row ? 'dept has-data' : 'dept'} data-code={d.code}>
              <title>{`${d.name}: ${text}`}</title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {breaks.map((from, i) => (
            <li key={from}>
              <span class="swatch" style={{ background: MAP_COLOURS[breaks.length === 1 ? colourClass(from, min, max) : i] }} />
              {breaks.length === 1 ? formatValue(from, kind) : `${formatValue(from, kind)}–${formatValue(breaks[i + 1] ?? max, kind)}`}
            </li>
          ))}
          <li><span class="swatch hatched" />{t('dashboard.mapHidden')}</li>
          <li><span class="swatch empty" />{t('dashboard.mapNoData')}</li>
        </ul>
      </figcaption>
    </figure>
  );
}
