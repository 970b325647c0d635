/**
 * The table under every chart: the same rows as the bars (or the map), with people, value,
 * interval and baseline as text, so a screen reader or a printout loses nothing. A hidden group
 * says why in words, like the chart.
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

function baselineText(row: ChartRow): string {
  if (!row.baseline) return '—';
  const value = formatValue(row.baseline.value, 'proportion');
  return row.baseline.isDerived ? t('dashboard.baselineDerived', { value }) : value;
}

export function ResultTable({ rows, kind, k, caption, groupHeader, hasBaseline, testId }: Props) {
  return (
    <div class="table-scroll">
      <table class="results" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeader}</th>
            <th scope="col">{t('dashboard.people')}</th>
            <th scope="col">{t('dashboard.value')}</th>
            <th scope="col">{t('dashboard.ci')}</th>
            {hasBaseline && <th scope="col">{t('dashboard.baseline')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.key ?? ''}-${row.isTotal}`} class={[row.isTotal && 'total', row.hidden && 'hidden'].filter(Boolean).join(' ') || undefined}>
              <th scope="row">{row.label}</th>
              <td>{row.n}</td>
              {row.hidden ? (
                <td colSpan={2}>{row.hidden === 'small' ? t('dashboard.hidden', { k }) : t('dashboard.hiddenComplement')}</td>
              ) : (
                <>
                  <td>{formatValue(row.value, kind)}</td>
                  <td>{formatInterval(row.ci95, kind)}</td>
                </>
              )}
              {hasBaseline && <td>{baselineText(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
