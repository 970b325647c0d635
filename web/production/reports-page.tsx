/**
 * Production reports (`/reports`) for networks, associations and analysts: income and the
 * discount against the reference by region, profile, season or month, drawn as bars, and the
 * discount by buyer or plant. Hidden cells (fewer than five people) say so; downloads are the
 * same reports as CSV or Excel.
 */
import { useEffect, useState } from 'preact/hooks';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { statementsPart } from '../i18n/statements-part.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { formatNumber, formatPercent, formatSoles } from './format.ts';
import { reportQuery, statementsApi, type BuyerReport, type ProductionReport, type ReportDimension, type ReportFilter } from './statements-api.ts';
import './production.css';

addCatalogPart(statementsPart);

const DIMENSION_LABELS = { region: 'report.by.region', profile: 'report.by.profile', season: 'report.by.season', month: 'report.by.month' } as const;
const DIMENSIONS = Object.keys(DIMENSION_LABELS) as ReportDimension[];
const percent = (d: number | null) => (d === null ? '—' : formatPercent(d));

function Bar({ value, max }: { value: number | null; max: number }) {
  if (value === null || max <= 0) return null;
  return <span class="bar" style={{ width: `${Math.max(2, Math.round((value / max) * 100))}%` }} aria-hidden="true" />;
}

function ProductionTable({ report }: { report: ProductionReport }) {
  const max = Math.max(0, ...report.rows.map((r) => r.paid_pen ?? 0));
  if (report.rows.length === 0) return <p>{t('report.empty')}</p>;
  return (
    <table class="report" data-testid="production-report">
      <thead><tr><th>{t('report.group')}</th><th>{t('report.people')}</th><th>{t('report.sales')}</th><th>{t('report.paid')}</th><th>{t('report.discount')}</th></tr></thead>
      <tbody>
        {report.rows.map((r) => r.suppressed ? (
          <tr key={r.key} class="suppressed"><td>{r.label}</td><td colSpan={4}>{t('report.suppressed', { min: report.min_cell })}</td></tr>
        ) : (
          <tr key={r.key}>
            <td>{r.label}</td><td>{r.people}</td><td>{r.sales}</td>
            <td>{formatSoles(r.paid_pen ?? 0)}<Bar value={r.paid_pen} max={max} /></td><td>{percent(r.discount)}</td>
          </tr>
        ))}
        <tr class="total"><td>{t('report.total')}</td><td>{report.total.people ?? '—'}</td><td>{report.total.sales ?? '—'}</td>
          <td>{report.total.paid_pen === null ? '—' : formatSoles(report.total.paid_pen)}</td><td>{percent(report.total.discount)}</td></tr>
      </tbody>
    </table>
  );
}

function BuyersTable({ report }: { report: BuyerReport }) {
  if (report.rows.length === 0) return <p>{t('report.empty')}</p>;
  return (
    <table class="report" data-testid="buyers-report">
      <thead><tr><th>{t('report.buyer')}</th><th>{t('report.recpo')}</th><th>{t('report.sales')}</th><th>{t('report.discount')}</th></tr></thead>
      <tbody>
        {report.rows.map((b) => (
          <tr key={b.buyer_id ?? 'pooled'} class={b.suppressed ? 'suppressed' : undefined}>
            <td>{b.pooled ? t('report.pooled', { min: report.min_sales }) : b.name}</td>
            <td>{b.recpo_registered === null ? '' : b.recpo_registered ? '✓' : '✗'}</td>
            <td>{b.sales === null ? '—' : formatNumber(b.sales)}</td><td>{percent(b.discount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportsPage() {
  const [filter, setFilter] = useState<ReportFilter>({ by: 'region', from: '', to: '' });
  const [shown, setShown] = useState<ReportFilter>(filter);
  const [reports, setReports] = useState<{ production: ProductionReport; buyers: BuyerReport } | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setError(null);
    Promise.all([statementsApi.production(shown), statementsApi.buyers({ from: shown.from, to: shown.to })])
      .then(([production, buyers]) => setReports({ production, buyers }), setError);
  }, [shown]);
  const submit = (event: Event) => {
    event.preventDefault();
    setShown({ ...filter });
  };
  return (
    <section class="card production">
      <h1>{t('report.title')}</h1>
      <form onSubmit={submit} noValidate>
        <SelectField name="by" label={t('report.by')} value={filter.by} onChange={(v) => setFilter({ ...filter, by: v as ReportDimension })}>
          {DIMENSIONS.map((d) => <option key={d} value={d}>{t(DIMENSION_LABELS[d])}</option>)}
        </SelectField>
        <TextField name="from" type="date" label={t('statement.from')} value={filter.from ?? ''} onInput={(v) => setFilter({ ...filter, from: v })} />
        <TextField name="to" type="date" label={t('statement.to')} value={filter.to ?? ''} onInput={(v) => setFilter({ ...filter, to: v })} />
        <button type="submit" class="primary">{t('report.show')}</button>
      </form>
      <ErrorSummary error={error} />
      {reports && (
        <>
          <ProductionTable report={reports.production} />
          <p class="actions">
            <a href={`/api/reports/production?${reportQuery(shown, 'csv')}`} download>{t('report.csv')}</a> ·{' '}
            <a href={`/api/reports/production?${reportQuery(shown, 'xlsx')}`} download>{t('report.xlsx')}</a>
          </p>
          <h2>{t('report.buyers')}</h2>
          <BuyersTable report={reports.buyers} />
          <p class="hint">{t('report.note', { min: reports.production.min_cell })}</p>
        </>
      )}
    </section>
  );
}
