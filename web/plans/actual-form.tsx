/**
 * The form to enter an indicator's measured value by hand: date, value and where it comes
 * from. The id is made once per form, so a resend is stored once; the trend redraws on save.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { peruToday } from '../production/format.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';
import { plansApi } from './plans-api.ts';

export function ActualForm({ indicatorId, onSaved }: { indicatorId: string; onSaved: () => void }) {
  const id = useRef(uuidv7());
  const [measuredOn, setMeasuredOn] = useState(peruToday());
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error);
  const field = (name: string) => `${name}-${indicatorId}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const number = Number(value.replace(',', '.'));
      await plansApi.addActual(indicatorId, { id: id.current, measured_on: measuredOn, value: value.trim() && Number.isFinite(number) ? number : (value as unknown as number), source });
      id.current = uuidv7();
      setError(null);
      setValue('');
      onSaved();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <details class="actual-form">
      <summary>{t('plans.addValue')}</summary>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={error} fields={['measured_on', 'value', 'source']} />
        <TextField name={field('measured_on')} type="date" label={t('plans.reportedOn')} value={measuredOn} onInput={setMeasuredOn} error={errors.measured_on} />
        <TextField name={field('value')} inputMode="numeric" label={t('plans.value')} value={value} onInput={setValue} error={errors.value} />
        <TextField name={field('source')} label={t('plans.source')} value={source} onInput={setSource} error={errors.source} />
        <button type="submit">{t('plans.saveValue')}</button>
      </form>
    </details>
  );
}
