/**
 * The table under every chart: the same rows as the bars (or the map), with people, value,
 * interval and baseline as text, so a screen reader or a printout loses nothing. A hidden group
 * says why in words, like the chart. Three columns (people under the group's name, the interval
 * under the value) so the baseline stays in view on a 360-px phone.
 */
import { t } from '../i18n/i18n.ts';
import type { ChartRow } from './chart-rows.ts';
import type { ValueKind } from './indicator-options.ts';
import { formatInterval, formatValue } from './scales.ts';

interface Props {
  rows: readonly ChartRow[];
  kind: ValueKind;
  k: number;
  caption: string;
  groupHeader: string;
  /** False for the map's table: the study has no baseline by region. */
  hasBaseline: boolean;
  testId: string;
}

function BaselineCell({ row }: { row: ChartRow }) {
  if (!row.baseline) return <td>—</td>;
  return (
    <td>
      {formatValue(row.baseline.value, 'proportion')}
      {row.baseline.isDerived && <small class="ci-text">{t('dashboard.baselineDerived')}</small>}
    </td>
  );
}

export function ResultTable({ rows, kind, k, caption, groupHeader, hasBaseline, testId }: Props) {
  return (
    <div class="table-scroll">
      <table class="results" data-testid={testId}>
        {/* The heading above says the same; the caption names the table for screen readers. */}
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeader}</th>
            <th scope="col">{t('dashboard.value')} <small>({t('dashboard.ci')})</small></th>
            {hasBaseline && <th scope="col">{t('dashboard.baseline')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.key ?? ''}-${row.isTotal}`} class={[row.isTotal && 'total', row.hidden && 'hidden'].filter(Boolean).join(' ') || undefined}>
              <th scope="row">
                {row.label}
                <small class="ci-text">{t('dashboard.peopleCount', { n: row.n })}</small>
              </th>
              {row.hidden ? (
                <td>{row.hidden === 'small' ? t('dashboard.hidden', { k }) : t('dashboard.hiddenComplement')}</td>
              ) : (
                <td class="num">
                  {formatValue(row.value, kind)}
                  {row.ci95 && <small class="ci-text">{formatInterval(row.ci95, kind)}</small>}
                </td>
              )}
              {hasBaseline && <BaselineCell row={row} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
