/**
 * The screening thresholds (`/mercury/thresholds`): reference and alert per sample type and
 * unit with their source (docs/mercury.md). Everyone with mercury rights reads them; an admin
 * changes one at a time, on the version she saw.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { parseNumber } from '../production/format.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, Notice, TextField } from '../ui/form.tsx';
import { SAMPLE_LABELS, UNIT_LABELS } from './mercury-labels.ts';
import { protectionApi, type ThresholdOutput } from './protection-api.ts';

function ThresholdForm({ row, canEdit, onSaved }: { row: ThresholdOutput; canEdit: boolean; onSaved: () => void }) {
  const [draft, setDraft] = useState({ reference: String(row.reference), alert: String(row.alert), source: row.source });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await protectionApi.updateThreshold(row.key, { reference: parseNumber(draft.reference) ?? Number.NaN, alert: parseNumber(draft.alert) ?? Number.NaN, source: draft.source, version: row.version });
      onSaved();
    } catch (err) {
      setError(err);
    }
  };
  const title = `${t(SAMPLE_LABELS[row.sample_type])} (${t(UNIT_LABELS[row.unit])})`;
  if (!canEdit) return <li class="item"><strong>{title}</strong><span>{t('mercury.reference')}: {row.reference} · {t('mercury.alert')}: {row.alert}</span><span class="muted">{row.source}</span></li>;
  return (
    <li class="item">
      <form onSubmit={submit} noValidate data-testid={`threshold-${row.key}`}>
        <h2>{title}</h2>
        <ErrorSummary error={error} fields={['reference', 'alert', 'source']} />
        <TextField name={`reference-${row.key}`} label={t('mercury.reference')} value={draft.reference} onInput={set('reference')} error={errors.reference} isRequired />
        <TextField name={`alert-${row.key}`} label={t('mercury.alert')} value={draft.alert} onInput={set('alert')} error={errors.alert} isRequired />
        <TextField name={`source-${row.key}`} label={t('mercury.source')} value={draft.source} onInput={set('source')} error={errors.source} maxLength={300} />
        <button type="submit">{t('mercury.saveThreshold')}</button>
      </form>
    </li>
  );
}

export function ThresholdsPage({ user }: { user: SessionUser }) {
  const [rows, setRows] = useState<ThresholdOutput[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const load = () => protectionApi.thresholds().then((r) => setRows(r.items), setError);
  useEffect(() => void load(), []);
  return (
    <section class="card protection">
      <h1>{t('mercury.thresholdsTitle')}</h1>
      <p class="muted">{t('mercury.caveat')}</p>
      <ErrorSummary error={error} />
      <Notice text={saved ? t('mercury.thresholdSaved') : null} />
      {rows && (
        <ul class="list">
          {rows.map((r) => <ThresholdForm key={`${r.key}-${r.version}`} row={r} canEdit={user.role === 'admin'} onSaved={() => { setSaved(true); void load(); }} />)}
        </ul>
      )}
    </section>
  );
}
