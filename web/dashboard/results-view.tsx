/**
 * What one indicator looks like on the dashboard: the bars by group with their table and
 * downloads, the baseline note, and the map by department with its own table. Receives rows
 * already built (chart-rows.ts), so every view shows the same figures.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { BarChart } from './bar-chart.tsx';
import type { ChartRow } from './chart-rows.ts';
import { Choropleth, rowsByDepartment } from './choropleth.tsx';
import { downloadTable, fileNameFor, saveCsv, saveXlsx } from './downloads.ts';
import type { IndicatorOption } from './indicator-options.ts';
import { ResultTable } from './result-table.tsx';

export interface Results {
  rows: ChartRow[];
  /** Groups by the region question, for the map; null when the data have none. */
  regionRows: ChartRow[] | null;
}

interface Props {
  results: Results;
  option: IndicatorOption;
  byLabel: string;
  k: number;
}

function Downloads({ rows, groupHeader, id }: { rows: readonly ChartRow[]; groupHeader: string; id: string }) {
  const [error, setError] = useState<unknown>(null);
  const table = () => downloadTable(rows, {
    group: groupHeader, people: t('dashboard.people'), value: t('dashboard.value'), ciLow: `${t('dashboard.ci')} (min)`,
    ciHigh: `${t('dashboard.ci')} (max)`, baseline: t('dashboard.baseline'), hidden: t('dashboard.mapHidden'),
  });
  const excel = () => {
    setError(null);
    saveXlsx(table(), fileNameFor(id, 'xlsx')).catch(setError);
  };
  return (
    <>
      <p class="downloads">
        <button type="button" class="link-button" onClick={() => saveCsv(table(), fileNameFor(id, 'csv'))}>{t('dashboard.csv')}</button>
        <button type="button" class="link-button" onClick={excel}>{t('dashboard.xlsx')}</button>
      </p>
      <ErrorSummary error={error} />
    </>
  );
}

export function ResultsView({ results, option, byLabel, k }: Props) {
  const title = t('dashboard.chartTitle', { indicator: option.label, by: byLabel });
  const hasBaseline = results.rows.some((r) => r.baseline);
  const isDerived = results.rows.some((r) => r.baseline?.isDerived && !r.isTotal);
  const regionRows = results.regionRows ? [...rowsByDepartment(results.regionRows).values()] : null;
  const mapTitle = `${t('dashboard.map')}: ${option.label}`;
  if (results.rows.length === 0) return <p>{t('dashboard.empty')}</p>;
  return (
    <>
      <section class="chart" aria-labelledby="chart-title">
        <h2 id="chart-title">{title}</h2>
        <BarChart rows={results.rows} kind={option.kind} k={k} title={title} />
        <p class="hint">{t('dashboard.legend')}</p>
        {!hasBaseline && <p class="hint">{t('dashboard.noBaseline')}</p>}
        {isDerived && <p class="hint">{t('dashboard.legendDerived')}</p>}
        <ResultTable rows={results.rows} kind={option.kind} k={k} caption={title} groupHeader={byLabel} hasBaseline={hasBaseline} testId="chart-table" />
        <Downloads rows={results.rows} groupHeader={byLabel} id={option.spec.id} />
      </section>
      <section class="chart" aria-labelledby="map-title">
        <h2 id="map-title">{t('dashboard.map')}</h2>
        {regionRows ? (
          <>
            <Choropleth rows={regionRows} kind={option.kind} title={mapTitle} />
            <ResultTable rows={regionRows} kind={option.kind} k={k} caption={mapTitle} groupHeader={t('dashboard.department')} hasBaseline={false} testId="map-table" />
          </>
        ) : (
          <p>{t('dashboard.mapNone')}</p>
        )}
      </section>
      <p class="hint">{t('dashboard.note', { k })}</p>
      <p class="hint">{t('dashboard.study')}</p>
    </>
  );
}
