/**
 * The mercury home (`/mercury`). A health worker sees who is due for a repeat evaluation and
 * finds a person to open her results; everyone else with mercury rights sees counts by region
 * or profile, with groups under five people hidden. (A member's own results are routed to
 * mercury-person.tsx.) Admins also get the link to the thresholds.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { navigate, onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { DownloadLinks } from '../ui/download-links.tsx';
import { ErrorSummary, SelectField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { CLASS_LABELS } from './mercury-labels.ts';
import { personLabel, protectionApi, type AggregateReport, type ReminderList } from './protection-api.ts';

const searchPeople = async (q: string): Promise<Choice[]> => (await protectionApi.searchPeople(q)).items.map((p) => ({ value: p.id, label: personLabel(p) }));
const cell = (n: number | null) => (n === null ? t('mercury.hidden') : String(n));

function Reminders() {
  const [list, setList] = useState<ReminderList | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => void protectionApi.reminders().then(setList, setError), []);
  return (
    <>
      <h2>{t('mercury.remindersTitle')}</h2>
      <ErrorSummary error={error} />
      {list && list.items.length > 0 && <DownloadLinks path={protectionApi.remindersPath} csvLabel={t('ppe.csv')} xlsxLabel={t('ppe.xlsx')} testId="reminders-downloads" />}
      {list && (list.items.length === 0 ? <p>{t('mercury.noReminders')}</p> : (
        <ul class="list" data-testid="reminders">
          {list.items.map((r) => (
            <li class={`item ${r.classification}`} key={r.person_id}>
              <a href={`/mercury/people/${r.person_id}`} onClick={onLinkClick}><strong>{r.name}</strong></a>
              <span>{r.overdue ? t('mercury.overdue', { date: r.next_due_on }) : t('mercury.dueOn', { date: r.next_due_on })} · {t(CLASS_LABELS[r.classification])}</span>
            </li>
          ))}
        </ul>
      ))}
    </>
  );
}

function Aggregates() {
  const [by, setBy] = useState<'region' | 'profile'>('region');
  const [report, setReport] = useState<AggregateReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => void protectionApi.aggregates(by).then(setReport, setError), [by]);
  return (
    <>
      <h2>{t('mercury.aggregatesTitle')}</h2>
      <SelectField name="by" label={t('mercury.by')} value={by} onChange={(v) => setBy(v as 'region' | 'profile')}>
        <option value="region">{t('mercury.byRegion')}</option>
        <option value="profile">{t('mercury.byProfile')}</option>
      </SelectField>
      <ErrorSummary error={error} />
      {report && (
        <>
          <table class="report" data-testid="aggregates">
            <thead><tr><th>{t('mercury.group')}</th><th>{t('mercury.evaluated')}</th><th>{t('mercury.aboveReference')}</th><th>{t('mercury.aboveAlert')}</th></tr></thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.key} class={r.suppressed ? 'suppressed' : ''}><td>{r.label}</td><td>{cell(r.evaluated)}</td><td>{cell(r.above_reference)}</td><td>{cell(r.above_alert)}</td></tr>
              ))}
              <tr class="total"><td>{t('mercury.total')}</td><td>{cell(report.total.evaluated)}</td><td>{cell(report.total.above_reference)}</td><td>{cell(report.total.above_alert)}</td></tr>
            </tbody>
          </table>
          <p class="muted">{t('mercury.suppressedNote', { min: report.min_cell })}</p>
          <DownloadLinks path={protectionApi.aggregatesPath(by)} csvLabel={t('ppe.csv')} xlsxLabel={t('ppe.xlsx')} testId="aggregates-downloads" />
        </>
      )}
    </>
  );
}

export function MercuryPage({ user }: { user: SessionUser }) {
  const isHealth = user.role === 'health_worker';
  return (
    <section class="card protection">
      <h1>{t('mercury.title')}</h1>
      <p class="muted">{t('mercury.caveat')}</p>
      {isHealth && (
        <>
          <SearchSelect name="person_id" label={t('mercury.findPerson')} selected={null} search={searchPeople}
            onSelect={(c) => c && navigate(`/mercury/people/${c.value}`)} />
          <Reminders />
        </>
      )}
      <Aggregates />
      {user.role === 'admin' && <p><a href="/mercury/thresholds" onClick={onLinkClick}>{t('mercury.thresholdsLink')}</a></p>}
    </section>
  );
}
