/**
 * A person's consents (Ley 29733): what she agreed to, with which organisation for sharing,
 * when, how (signature, thumbprint, or verbal before a named witness) and whether she has
 * withdrawn it. Staff who may record consents add one here or record a withdrawal, which the
 * server applies at once (a partner stops seeing her record the same day).
 */
import { useRef, useState } from 'preact/hooks';
import type { Consent, ConsentMethod, ConsentPurpose } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { formatDate, today } from './format.ts';
import { choicesOf, METHOD_LABELS, PURPOSE_LABELS } from './labels.ts';
import { searchOrganisations } from './lookups.ts';
import { registryApi } from './registry-api.ts';
import { uuidv7 } from './uuid.ts';

interface Props {
  personId: string;
  consents: Consent[];
  organisationNames: Record<string, string>;
  canWrite: boolean;
  onChanged: (notice: string) => void;
}

function ConsentForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const [purpose, setPurpose] = useState<ConsentPurpose>('registry');
  const [organisation, setOrganisation] = useState<Choice | null>(null);
  const [givenOn, setGivenOn] = useState(today());
  const [method, setMethod] = useState<ConsentMethod>('signature');
  const [witness, setWitness] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useRef(uuidv7());

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      await registryApi.addConsent(personId, {
        id: id.current, purpose, given_on: givenOn, method,
        organisation_id: purpose === 'sharing' ? (organisation?.value ?? null) : null,
        witness_name: witness.trim() || null,
      });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  return (
    <form onSubmit={submit} noValidate class="subform">
      <h3>{t('consent.add')}</h3>
      <SelectField name="consent_purpose" label={t('consent.purpose')} value={purpose}
        onChange={(v) => setPurpose(v as ConsentPurpose)} error={problems.purpose}>
        {choicesOf(PURPOSE_LABELS).map((v) => <option key={v} value={v}>{t(PURPOSE_LABELS[v])}</option>)}
      </SelectField>
      {purpose === 'sharing' && (
        <SearchSelect name="consent_organisation" label={t('consent.organisation')} selected={organisation}
          onSelect={setOrganisation} search={searchOrganisations} error={problems.organisation_id} />
      )}
      <TextField name="consent_given_on" type="date" label={t('consent.givenOn')} value={givenOn}
        onInput={setGivenOn} error={problems.given_on} />
      <SelectField name="consent_method" label={t('consent.method')} value={method}
        onChange={(v) => setMethod(v as ConsentMethod)} error={problems.method}>
        {choicesOf(METHOD_LABELS).map((v) => <option key={v} value={v}>{t(METHOD_LABELS[v])}</option>)}
      </SelectField>
      <TextField name="consent_witness" label={t('consent.witness')} value={witness} autoCapitalize="words"
        hint={t('consent.witnessHint')} onInput={setWitness} error={problems.witness_name} maxLength={120} />
      <ErrorSummary error={error} fields={['purpose', 'organisation_id', 'given_on', 'method', 'witness_name']} />
      <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('form.saving') : t('consent.save')}</button>
    </form>
  );
}

export function Consents({ personId, consents, organisationNames, canWrite, onChanged }: Props) {
  const [isAdding, setIsAdding] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const withdraw = async (consent: Consent) => {
    if (!confirm(t('consent.withdrawConfirm', { purpose: t(PURPOSE_LABELS[consent.purpose]) }))) return;
    setError(null);
    try {
      await registryApi.withdrawConsent(personId, consent.id);
      onChanged(t('consent.withdrawn'));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">{t('consent.title')}</h2>
      <ErrorSummary error={error} />
      {consents.length === 0 && <p>{t('consent.none')}</p>}
      <ul class="list">
        {consents.map((c) => (
          <li key={c.id} class={c.withdrawn_on ? 'item is-withdrawn' : 'item'}>
            <strong>
              {t(PURPOSE_LABELS[c.purpose])}
              {c.organisation_id && ` — ${organisationNames[c.organisation_id] ?? c.organisation_id}`}
            </strong>
            <span>{t('consent.given', { date: formatDate(c.given_on), method: t(METHOD_LABELS[c.method]) })}</span>
            {c.witness_name && <span>{t('consent.witnessNamed', { name: c.witness_name })}</span>}
            <span class="muted">
              {c.withdrawn_on ? t('consent.withdrawnOn', { date: formatDate(c.withdrawn_on) }) : t('consent.active')}
            </span>
            {canWrite && !c.withdrawn_on && (
              <button type="button" class="secondary" onClick={() => void withdraw(c)}>{t('consent.withdraw')}</button>
            )}
          </li>
        ))}
      </ul>
      {canWrite && !isAdding && (
        <button type="button" class="secondary" onClick={() => setIsAdding(true)}>{t('consent.add')}</button>
      )}
      {canWrite && isAdding && (
        <ConsentForm personId={personId} onDone={() => { setIsAdding(false); onChanged(t('consent.saved')); }} />
      )}
    </section>
  );
}
