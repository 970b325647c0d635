/**
 * The mercury evaluation form for health workers: sample type (the unit list follows it), value,
 * date, laboratory, method, the optional symptoms checklist and an optional repeat date. A unit
 * that does not fit or a negative value comes back on its field; the id made here makes a resend
 * harmless.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { parseNumber, peruToday } from '../production/format.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { CheckboxGroup } from '../ui/choices.tsx';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import type { MercuryUnit, SampleType } from '../../src/contracts/mercury.ts';
import { SAMPLE_LABELS, SYMPTOM_LABELS, UNIT_LABELS, UNITS_OF, type Symptom } from './mercury-labels.ts';
import { protectionApi } from './protection-api.ts';

const FIELDS = ['sample_type', 'unit', 'value', 'sampled_on', 'laboratory', 'method', 'symptoms', 'next_due_on'];

export function EvaluationForm({ personId, onSaved }: { personId: string; onSaved: () => void }) {
  const [draft, setDraft] = useState({ sample_type: 'urine' as SampleType, unit: 'ug_l' as MercuryUnit, value: '', sampled_on: peruToday(), laboratory: '', method: '', next_due_on: '' });
  const [symptoms, setSymptoms] = useState<Symptom[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useRef(uuidv7());
  const errors = fieldErrors(error);
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const setSample = (value: string) => setDraft({ ...draft, sample_type: value as SampleType, unit: UNITS_OF[value as SampleType][0]! });

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      await protectionApi.record({
        id: id.current, person_id: personId, sample_type: draft.sample_type, unit: draft.unit, value: parseNumber(draft.value) ?? Number.NaN,
        sampled_on: draft.sampled_on, laboratory: draft.laboratory, method: draft.method, symptoms, ...(draft.next_due_on ? { next_due_on: draft.next_due_on } : {}),
      });
      id.current = uuidv7();
      setDraft({ ...draft, value: '', next_due_on: '' });
      setSymptoms([]);
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="evaluation-form">
      <h2>{t('mercury.recordTitle')}</h2>
      <ErrorSummary error={error} fields={FIELDS} />
      <SelectField name="sample_type" label={t('mercury.sample')} value={draft.sample_type} onChange={setSample} error={errors.sample_type}>
        {(Object.keys(SAMPLE_LABELS) as SampleType[]).map((s) => <option key={s} value={s}>{t(SAMPLE_LABELS[s])}</option>)}
      </SelectField>
      <SelectField name="unit" label={t('mercury.unit')} value={draft.unit} onChange={set('unit')} error={errors.unit}>
        {UNITS_OF[draft.sample_type].map((u) => <option key={u} value={u}>{t(UNIT_LABELS[u])}</option>)}
      </SelectField>
      <TextField name="value" label={t('mercury.value')} inputMode="text" value={draft.value} onInput={set('value')} error={errors.value} isRequired />
      <TextField name="sampled_on" type="date" label={t('mercury.sampledOn')} value={draft.sampled_on} onInput={set('sampled_on')} error={errors.sampled_on} isRequired />
      <TextField name="laboratory" label={t('mercury.laboratory')} value={draft.laboratory} onInput={set('laboratory')} error={errors.laboratory} maxLength={160} isRequired />
      <TextField name="method" label={t('mercury.method')} hint={t('mercury.methodHint')} value={draft.method} onInput={set('method')} error={errors.method} maxLength={160} isRequired />
      <CheckboxGroup name="symptoms" legend={t('mercury.symptoms')} values={symptoms} onChange={setSymptoms} error={errors.symptoms}
        options={(Object.keys(SYMPTOM_LABELS) as Symptom[]).map((s) => ({ value: s, label: t(SYMPTOM_LABELS[s]) }))} />
      <TextField name="next_due_on" type="date" label={t('mercury.nextDue')} hint={t('mercury.nextDueHint')} value={draft.next_due_on} onInput={set('next_due_on')} error={errors.next_due_on} />
      <button type="submit" disabled={isBusy}>{t('mercury.record')}</button>
    </form>
  );
}
