/**
 * Parts of the new-referral form, each a plain controlled field: a note box, the survivor (a
 * registry person or an anonymous code, never both), the services of the chosen district's
 * department as checkboxes (Línea 100 always among them), and the woman's consent, or for a
 * supervisor the override with its written reason.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { CONSENT_METHODS, KIND_LABELS, METHOD_LABELS } from './labels.ts';
import { referralsApi, type ServicePointOutput } from './referrals-api.ts';

export function NoteField(props: { name: string; label: string; value: string; onInput: (v: string) => void; error?: string | undefined; hint?: string; maxLength: number }) {
  const hintId = `${props.name}-hint`;
  const errorId = `${props.name}-error`;
  const describedBy = [props.hint && hintId, props.error && errorId].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      {props.hint && <p class="hint" id={hintId}>{props.hint}</p>}
      <textarea id={props.name} name={props.name} rows={3} maxLength={props.maxLength} value={props.value} aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined} onInput={(e) => props.onInput(e.currentTarget.value)} />
      {props.error && <p class="field-error" id={errorId}>{props.error}</p>}
    </div>
  );
}

export type Survivor = { kind: 'person'; person: Choice | null } | { kind: 'code'; code: string };

const searchPeople = async (q: string): Promise<Choice[]> =>
  (await referralsApi.searchPeople(q)).items.map((p) => ({ value: p.id, label: `${p.paternal_surname} ${p.maternal_surname}, ${p.given_names}` }));

export function SurvivorField({ value, onChange, canSearchPeople, errors }: { value: Survivor; onChange: (s: Survivor) => void; canSearchPeople: boolean; errors: Record<string, string | undefined> }) {
  return (
    <fieldset class="field">
      <legend>{t('referral.survivor')}</legend>
      {canSearchPeople && (
        <div class="choices">
          <label class="choice"><input type="radio" name="survivor" checked={value.kind === 'code'} onChange={() => onChange({ kind: 'code', code: '' })} /> <span>{t('referral.survivorCode')}</span></label>
          <label class="choice"><input type="radio" name="survivor" checked={value.kind === 'person'} onChange={() => onChange({ kind: 'person', person: null })} /> <span>{t('referral.survivorPerson')}</span></label>
        </div>
      )}
      {value.kind === 'code' ? (
        <TextField name="anonymous_code" label={t('referral.code')} hint={t('referral.codeHint')} value={value.code} maxLength={24} autoComplete="off"
          onInput={(code) => onChange({ kind: 'code', code })} error={errors.anonymous_code ?? errors.person_id} />
      ) : (
        <SearchSelect name="person_id" label={t('referral.person')} hint={t('referral.personHint')} selected={value.person} search={searchPeople}
          onSelect={(person) => onChange({ kind: 'person', person })} error={errors.person_id} />
      )}
    </fieldset>
  );
}

function ServiceChoice({ point, isChosen, onToggle }: { point: ServicePointOutput; isChosen: boolean; onToggle: (isOn: boolean) => void }) {
  return (
    <label class="choice">
      <input type="checkbox" name="services" value={point.id} checked={isChosen} onChange={(e) => onToggle(e.currentTarget.checked)} />
      <span>{point.name}{point.kind !== 'line_100' && <span class="muted"> ({t(KIND_LABELS[point.kind])})</span>}</span>
    </label>
  );
}

/** Línea 100 and the chosen district's services in view; the rest of its department folded below. */
export function ServicesField({ district, chosen, onChange, error }: { district: string | null; chosen: ServicePointOutput[]; onChange: (s: ServicePointOutput[]) => void; error?: string | undefined }) {
  const [points, setPoints] = useState<ServicePointOutput[] | null>(null);
  const department = district?.slice(0, 2) ?? null;
  useEffect(() => {
    setPoints(null);
    if (department) referralsApi.services(department).then(setPoints, () => setPoints([]));
  }, [department]);
  const isNear = (p: ServicePointOutput) => p.kind === 'line_100' || p.district === district;
  const choice = (p: ServicePointOutput) => (
    <ServiceChoice key={p.id} point={p} isChosen={chosen.some((c) => c.id === p.id)}
      onToggle={(isOn) => onChange(isOn ? [...chosen, p] : chosen.filter((c) => c.id !== p.id))} />
  );
  const others = points?.filter((p) => !isNear(p)) ?? [];
  return (
    <fieldset class="field choices" id="services">
      <legend>{t('referral.services')}</legend>
      <p class="hint">{department ? t('referral.servicesHint') : t('referral.servicesPickDistrict')}</p>
      {department && !points && <p class="loading">{t('app.loading')}</p>}
      {points?.filter(isNear).map(choice)}
      {others.length > 0 && (
        <details open={others.some((p) => chosen.some((c) => c.id === p.id))}>
          <summary>{t('referral.servicesMore', { count: others.length })}</summary>
          {others.map(choice)}
        </details>
      )}
      {error && <p class="field-error">{error}</p>}
    </fieldset>
  );
}

export interface ConsentDraft {
  mode: 'consent' | 'override';
  isGiven: boolean;
  givenOn: string;
  method: string;
  reason: string;
}

export function ConsentField({ value, onChange, canOverride, errors }: { value: ConsentDraft; onChange: (c: ConsentDraft) => void; canOverride: boolean; errors: Record<string, string | undefined> }) {
  const set = (patch: Partial<ConsentDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset class="field" id="consent">
      <legend>{t('referral.consent')}</legend>
      <label class="choice">
        <input type="checkbox" name="consent_given" checked={value.mode === 'consent' && value.isGiven} onChange={(e) => set({ mode: 'consent', isGiven: e.currentTarget.checked })} />
        <span>{t('referral.consentGiven')}</span>
      </label>
      {value.mode === 'consent' && value.isGiven && (
        <>
          <TextField name="given_on" type="date" label={t('referral.consentOn')} value={value.givenOn} onInput={(givenOn) => set({ givenOn })} error={errors.given_on} isRequired />
          <SelectField name="method" label={t('referral.consentMethod')} value={value.method} onChange={(method) => set({ method })} error={errors.method}>
            {CONSENT_METHODS.map((m) => <option key={m} value={m}>{t(METHOD_LABELS[m])}</option>)}
          </SelectField>
        </>
      )}
      {canOverride && (
        <label class="choice">
          <input type="checkbox" name="consent_override" checked={value.mode === 'override'} onChange={(e) => set({ mode: e.currentTarget.checked ? 'override' : 'consent', isGiven: false })} />
          <span>{t('referral.override')}</span>
        </label>
      )}
      {value.mode === 'override' && (
        <NoteField name="reason" label={t('referral.overrideReason')} hint={t('referral.overrideHint')} value={value.reason} onInput={(reason) => set({ reason })} error={errors.reason} maxLength={2000} />
      )}
      {errors.consent && <p class="field-error">{errors.consent}</p>}
      {errors.consent_override && <p class="field-error">{errors.consent_override}</p>}
    </fieldset>
  );
}
