/**
 * `/referrals/stats` for analysts: referral counts by incident type × department and by incident
 * type × month, with their totals. The server hides every count from 1 to 10 and the others that
 * would give one away (as null); each shows here as "—" with a line that says what it means.
 * The period is chosen in the form, not in the address; a month the server cannot read is named
 * under its field.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { usePlaceLabels } from '../registry/lookups.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';
import { TYPE_LABELS } from './labels.ts';
import { referralsApi, type ReferralStats } from './referrals-api.ts';

type Table = ReferralStats['by_type_and_region'];
type IncidentType = keyof typeof TYPE_LABELS;

function Cell({ value, isHeader = false }: { value: number | null; isHeader?: boolean }) {
  const Tag = isHeader ? 'th' : 'td';
  if (value !== null) return <Tag class="count">{value}</Tag>;
  return <Tag class="count suppressed"><span aria-hidden="true">—</span><span class="visually-hidden">{t('referral.hidden')}</span></Tag>;
}

function CountTable({ table, title, columnLabel, testId }: { table: Table; title: string; columnLabel: (c: string, j: number) => string; testId: string }) {
  return (
    <>
      <h2>{title}</h2>
      <div class="scroll">
        <table class="report" data-testid={testId}>
          <thead>
            <tr><th /> {table.columns.map((c, j) => <th key={c} scope="col">{columnLabel(c, j)}</th>)}<th scope="col">{t('referral.total')}</th></tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={row}>
                <th scope="row">{t(TYPE_LABELS[row as IncidentType])}</th>
                {table.cells[i]!.map((value, j) => <Cell key={table.columns[j]} value={value} />)}
                <Cell value={table.row_totals[i]!} isHeader />
              </tr>
            ))}
            <tr class="total">
              <th scope="row">{t('referral.total')}</th>
              {table.column_totals.map((value, j) => <Cell key={table.columns[j]} value={value} isHeader />)}
              <Cell value={table.total} isHeader />
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}

export function StatsPage() {
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [shown, setShown] = useState(period);
  const [stats, setStats] = useState<ReferralStats | null>(null);
  const [error, setError] = useState<unknown>(null);
  const byRegion = stats?.by_type_and_region;
  // Department names come with the counts; older servers send codes only, named here from the places list.
  const departments = usePlaceLabels(byRegion && !byRegion.column_names ? byRegion.columns : []);

  useEffect(() => {
    setError(null);
    referralsApi.stats(shown).then(setStats, (err: unknown) => {
      setStats(null);
      setError(err);
    });
  }, [shown]);

  const submit = (event: Event) => {
    event.preventDefault();
    setShown({ from: period.from.trim(), to: period.to.trim() });
  };
  const isEmpty = stats?.by_type_and_region.total === 0;
  const errors = fieldErrors(error);
  return (
    <section class="card referrals">
      <h1>{t('referral.statsTitle')}</h1>
      <p>{t('referral.statsIntro')}</p>
      <form class="period" onSubmit={submit} noValidate>
        <TextField name="from" label={t('referral.statsFrom')} hint="2026-01" inputMode="numeric" value={period.from} onInput={(from) => setPeriod({ ...period, from })} maxLength={7} error={errors.from} />
        <TextField name="to" label={t('referral.statsTo')} hint="2026-12" inputMode="numeric" value={period.to} onInput={(to) => setPeriod({ ...period, to })} maxLength={7} error={errors.to} />
        <button type="submit">{t('referral.statsShow')}</button>
      </form>
      <ErrorSummary error={error} fields={['from', 'to']} />
      {!stats && !error && <p class="loading">{t('app.loading')}</p>}
      {stats && (
        <>
          <p class="hint" data-testid="suppression-note">{t('referral.statsHidden', { min: stats.min_cell - 1 })}</p>
          {isEmpty && <p>{t('referral.statsEmpty')}</p>}
          <CountTable table={stats.by_type_and_region} title={t('referral.byRegion')} columnLabel={(c, j) => byRegion?.column_names?.[j] ?? departments[c] ?? c} testId="by-region" />
          <CountTable table={stats.by_type_and_month} title={t('referral.byMonth')} columnLabel={(c) => c} testId="by-month" />
        </>
      )}
    </section>
  );
}
