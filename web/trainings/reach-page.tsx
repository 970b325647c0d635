/**
 * `/trainings/reports`: the reach of the trainings — people trained and certified by
 * programme, profile, sex, region, year or month over a period, with hidden counts worded as
 * hidden, and the same table as CSV or Excel (plain links to the API, so the browser saves it).
 */
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { trainingsApi, type ReachFilter, type TrainingReport, type TrainingReportDimension } from './trainings-api.ts';

const DIMENSIONS: Record<TrainingReportDimension, MessageKey> = {
  programme: 'training.by.programme', profile: 'training.by.profile', sex: 'training.by.sex',
  region: 'training.by.region', year: 'training.by.year', month: 'training.by.month',
};
/** Sexes and profiles arrive as codes; programmes, regions and periods as names. */
const KEY_WORDS: Record<string, MessageKey> = {
  female: 'training.key.female', male: 'training.key.male', pallaquera: 'training.key.pallaquera',
  woman_miner: 'training.key.woman_miner', man_miner: 'training.key.man_miner', other: 'training.key.other',
};

const labelOf = (by: TrainingReportDimension, key: string, label: string) => {
  const word = by === 'sex' || by === 'profile' ? KEY_WORDS[key] : undefined;
  return word ? t(word) : label;
};
const count = (n: number | null) => (n === null ? t('training.hidden') : String(n));

export function ReachPage() {
  const [filter, setFilter] = useState<ReachFilter>({ by: 'programme' });
  const [report, setReport] = useState<TrainingReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const show = (f: ReachFilter) => {
    setError(null);
    trainingsApi.reach(f).then(setReport, setError);
  };
  useEffect(() => show(filter), []);

  return (
    <section class="card">
      <p><a href="/trainings" onClick={onLinkClick}>{t('training.back')}</a></p>
      <h1>{t('training.reach')}</h1>
      <p>{t('training.reachIntro')}</p>
      <form onSubmit={(e) => { e.preventDefault(); show(filter); }}>
        <SelectField name="by" label={t('training.by')} value={filter.by} onChange={(v) => setFilter({ ...filter, by: v as TrainingReportDimension })}>
          {(Object.keys(DIMENSIONS) as TrainingReportDimension[]).map((d) => <option key={d} value={d}>{t(DIMENSIONS[d])}</option>)}
        </SelectField>
        <TextField name="from" type="date" label={t('training.from')} value={filter.from ?? ''} onInput={(v) => setFilter({ ...filter, from: v || undefined })} />
        <TextField name="to" type="date" label={t('training.to')} value={filter.to ?? ''} onInput={(v) => setFilter({ ...filter, to: v || undefined })} />
        <button type="submit" class="primary">{t('training.show')}</button>
      </form>
      <ErrorSummary error={error} fields={['from', 'to']} />
      {report && (
        <>
          <div class="table-scroll">
            <table data-testid="reach">
              <thead><tr><th>{t('training.group')}</th><th>{t('training.trained')}</th><th>{t('training.certified')}</th></tr></thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={r.key}><td>{labelOf(report.by, r.key, r.label)}</td><td>{count(r.trained)}</td><td>{count(r.certified)}</td></tr>
                ))}
                <tr><th>{t('training.total')}</th><th>{count(report.total.trained)}</th><th>{count(report.total.certified)}</th></tr>
              </tbody>
            </table>
          </div>
          <p>
            <a href={trainingsApi.reachFileUrl(filter, 'csv')} download>{t('training.csv')}</a> ·{' '}
            <a href={trainingsApi.reachFileUrl(filter, 'xlsx')} download>{t('training.xlsx')}</a>
          </p>
        </>
      )}
    </section>
  );
}
