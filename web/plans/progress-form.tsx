/**
 * The form to report progress on an objective, result or action: date, whole percentage,
 * what was done, an optional new status and evidence link. The id is made once per form, so a
 * resend after a dropped connection is stored once. Problems are worded from the catalog.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { peruToday } from '../production/format.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, Notice, SelectField, TextField } from '../ui/form.tsx';
import { STATUSES, statusText } from './labels.tsx';
import { plansApi } from './plans-api.ts';

const FIELDS = ['reported_on', 'percent', 'note', 'status', 'evidence_url'];

export function ProgressForm({ nodeId, onSaved }: { nodeId: string; onSaved: () => void }) {
  const id = useRef(uuidv7());
  const [reportedOn, setReportedOn] = useState(peruToday());
  const [percent, setPercent] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState('');
  const [evidence, setEvidence] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const errors = fieldErrors(error);

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsSaving(true);
    setNotice(null);
    try {
      const value = percent.trim() === '' ? Number.NaN : Number(percent);
      await plansApi.addProgress(nodeId, {
        id: id.current, reported_on: reportedOn, percent: Number.isFinite(value) ? value : (percent as unknown as number), note,
        ...(status ? { status: status as 'in_progress' } : {}), evidence_url: evidence.trim() || null,
      });
      id.current = uuidv7();
      setError(null);
      setPercent('');
      setNote('');
      setEvidence('');
      setStatus('');
      setNotice(t('plans.saved'));
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <form class="progress-form" onSubmit={submit} noValidate>
      <h2>{t('plans.addUpdate')}</h2>
      <ErrorSummary error={error} fields={FIELDS} />
      <TextField name="reported_on" type="date" label={t('plans.reportedOn')} value={reportedOn} onInput={setReportedOn} error={errors.reported_on} isRequired />
      <TextField name="percent" inputMode="numeric" label={t('plans.percentField')} hint={t('plans.percentHint')} value={percent} onInput={setPercent} error={errors.percent} isRequired />
      <div class="field">
        <label for="note">{t('plans.note')}</label>
        <textarea id="note" name="note" rows={3} maxLength={2000} required value={note} aria-invalid={errors.note ? 'true' : undefined}
          onInput={(e) => setNote(e.currentTarget.value)} />
        {errors.note && <p class="field-error">{errors.note}</p>}
      </div>
      <SelectField name="status" label={t('plans.newStatus')} value={status} onChange={setStatus} error={errors.status}>
        <option value="">{t('plans.keepStatus')}</option>
        {STATUSES.map((s) => <option key={s} value={s}>{statusText(s)}</option>)}
      </SelectField>
      <TextField name="evidence_url" label={t('plans.evidenceUrl')} value={evidence} onInput={setEvidence} error={errors.evidence_url} />
      <button type="submit" disabled={isSaving}>{isSaving ? t('plans.saving') : t('plans.save')}</button>
      <Notice text={notice} />
    </form>
  );
}
