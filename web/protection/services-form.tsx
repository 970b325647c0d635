/**
 * Adds a service point or corrects one, on a phone. A new point carries an id made here, so a
 * resend after a lost answer records it once; a correction sends only what changed with the
 * version it was based on. The server's refusals (a phone that is not Peruvian, coordinates
 * outside Peru, both coordinates or neither) show under the box they are about.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { SERVICE_KINDS, kindLabel } from '../services/service-kinds.ts';
import { CheckboxGroup } from '../ui/choices.tsx';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { servicesApi, type ServiceKind, type ServicePointOutput } from './services-api.ts';
import { correctionOf, draftOf, EMPTY_SERVICE, newPointOf, onFormBoxes, splitPhones, type Language, type ServiceDraft } from './services-draft.ts';

const FIELDS = ['name', 'kind', 'address', 'address_confidential', 'district', 'lat', 'lon', 'phones', 'hours', 'languages', 'last_verified_on', 'notes'];
const LANGUAGES: Record<Language, MessageKey> = {
  es: 'servicesAdmin.lang.es', qu: 'servicesAdmin.lang.qu', ay: 'servicesAdmin.lang.ay', en: 'servicesAdmin.lang.en', other: 'servicesAdmin.lang.other',
};
const placeLabel = (p: { name: string; province: string | null; department: string | null }) => [p.name, p.province, p.department].filter(Boolean).join(', ');
const searchDistricts = async (q: string): Promise<Choice[]> => (await servicesApi.districts(q)).items.map((p) => ({ value: p.code, label: placeLabel(p) }));

interface Props {
  /** The point to correct, or null to add one. */
  point: ServicePointOutput | null;
  onSaved: (saved: ServicePointOutput | null) => void;
  onCancel: () => void;
}

export function ServiceForm({ point, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<ServiceDraft>(point ? draftOf(point) : EMPTY_SERVICE);
  const [district, setDistrict] = useState<Choice | null>(point?.district ? { value: point.district, label: point.district } : null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useRef(uuidv7());
  const set = <K extends keyof ServiceDraft>(key: K) => (value: ServiceDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errors = fieldErrors(error);

  useEffect(() => {
    if (point?.district) servicesApi.district(point.district).then((r) => r.items[0] && setDistrict({ value: point.district!, label: placeLabel(r.items[0]) }), () => {});
  }, [point?.id]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      if (point) {
        const change = correctionOf(point, draft);
        onSaved(change ? (await servicesApi.correct(point.id, change)).service : null);
      } else {
        onSaved((await servicesApi.create(newPointOf(draft, id.current))).service);
      }
    } catch (err) {
      setError(onFormBoxes(err, splitPhones(draft.phones)));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="service-form">
      <h2>{point ? t('servicesAdmin.correctTitle', { name: point.name }) : t('servicesAdmin.addTitle')}</h2>
      <ErrorSummary error={error} fields={FIELDS} />
      <TextField name="name" label={t('servicesAdmin.name')} value={draft.name} onInput={set('name')} error={errors.name} maxLength={200} isRequired />
      <SelectField name="kind" label={t('servicesAdmin.kind')} value={draft.kind} onChange={(v) => set('kind')(v as ServiceKind)} error={errors.kind}>
        {SERVICE_KINDS.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
      </SelectField>
      <SearchSelect name="district" label={t('servicesAdmin.district')} hint={t('servicesAdmin.districtHint')} selected={district} search={searchDistricts}
        onSelect={(c) => { setDistrict(c); set('district')(c?.value ?? ''); }} error={errors.district} minChars={3} />
      <label class="choice">
        <input type="checkbox" name="address_confidential" checked={draft.address_confidential} onChange={(e) => set('address_confidential')(e.currentTarget.checked)} />
        <span>{t('servicesAdmin.confidential')}</span>
      </label>
      {!draft.address_confidential && (
        <>
          <TextField name="address" label={t('servicesAdmin.address')} value={draft.address} onInput={set('address')} error={errors.address} maxLength={300} />
          <TextField name="lat" label={t('servicesAdmin.lat')} hint={t('servicesAdmin.coordinatesHint')} inputMode="text" value={draft.lat} onInput={set('lat')} error={errors.lat} />
          <TextField name="lon" label={t('servicesAdmin.lon')} inputMode="text" value={draft.lon} onInput={set('lon')} error={errors.lon} />
        </>
      )}
      {draft.address_confidential && errors.address && <p class="field-error">{errors.address}</p>}
      <TextField name="phones" type="tel" label={t('servicesAdmin.phones')} hint={t('servicesAdmin.phonesHint')} value={draft.phones} onInput={set('phones')} error={errors.phones} />
      <TextField name="hours" label={t('servicesAdmin.hours')} value={draft.hours} onInput={set('hours')} error={errors.hours} maxLength={120} />
      <CheckboxGroup name="languages" legend={t('servicesAdmin.languages')} values={draft.languages} onChange={set('languages')} error={errors.languages}
        options={(Object.keys(LANGUAGES) as Language[]).map((l) => ({ value: l, label: t(LANGUAGES[l]) }))} />
      <TextField name="last_verified_on" type="date" label={t('servicesAdmin.verified')} value={draft.last_verified_on} onInput={set('last_verified_on')} error={errors.last_verified_on} />
      <TextField name="notes" label={t('servicesAdmin.notes')} value={draft.notes} onInput={set('notes')} error={errors.notes} maxLength={500} />
      <p class="actions">
        <button type="submit" disabled={isBusy}>{t('servicesAdmin.save')}</button>{' '}
        <button type="button" class="secondary" onClick={onCancel}>{t('servicesAdmin.cancel')}</button>
      </p>
    </form>
  );
}
