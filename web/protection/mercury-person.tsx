/**
 * A person's mercury results (`/mercury/people/:id`, and a member's own on `/mercury`): each
 * evaluation with its screening class and follow-up flag, newest first, and for health workers
 * the form to record one more; the list downloads as CSV/Excel. The server audits every opening
 * of this page and every download.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { DownloadLinks } from '../ui/download-links.tsx';
import { ErrorSummary, Notice } from '../ui/form.tsx';
import { EvaluationForm } from './evaluation-form.tsx';
import { CLASS_LABELS, SAMPLE_LABELS, UNIT_LABELS } from './mercury-labels.ts';
import { protectionApi, type EvaluationOutput } from './protection-api.ts';

export function MercuryPerson({ personId, canRecord, title }: { personId: string; canRecord: boolean; title: string }) {
  const [items, setItems] = useState<EvaluationOutput[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const load = () => protectionApi.evaluations(personId).then((r) => setItems(r.items), setError);
  useEffect(() => void load(), [personId]);

  return (
    <section class="card protection">
      <h1>{title}</h1>
      <p class="muted">{t('mercury.caveat')}</p>
      <ErrorSummary error={error} />
      <Notice text={saved ? t('mercury.saved') : null} />
      {items === null ? <p class="loading">{t('app.loading')}</p> : items.length === 0 ? <p>{t('mercury.noResults')}</p> : (
        <ul class="list" data-testid="evaluations">
          {items.map((e) => (
            <li class={`item ${e.classification}`} key={e.id}>
              <strong>{t(SAMPLE_LABELS[e.sample_type])}: {e.value} {t(UNIT_LABELS[e.unit])}</strong>
              <span>{t(CLASS_LABELS[e.classification])}{e.follow_up ? ` · ${t('mercury.followUp')}` : ''}</span>
              <span class="muted">{e.sampled_on} · {e.laboratory} · {e.method}</span>
              {e.next_due_on && <span class="muted">{t('mercury.dueOn', { date: e.next_due_on })}</span>}
            </li>
          ))}
        </ul>
      )}
      {items && items.length > 0 && <DownloadLinks path={protectionApi.evaluationsPath(personId)} csvLabel={t('ppe.csv')} xlsxLabel={t('ppe.xlsx')} testId="evaluations-downloads" />}
      {canRecord && <EvaluationForm personId={personId} onSaved={() => { setSaved(true); void load(); }} />}
    </section>
  );
}
