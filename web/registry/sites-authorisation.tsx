/**
 * The small form on a site's page that records an ore-selection authorisation: held by one
 * woman (found by name) or one association, written or verbal, from a date, until a date or
 * open, with the reference of the document when there is one.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { fullName, today } from './format.ts';
import { searchOrganisations } from './lookups.ts';
import { registryApi, type Authorisation } from './registry-api.ts';
import { uuidv7 } from './uuid.ts';

type HolderType = 'person' | 'organisation';
type Kind = Authorisation['kind'];

const FIELDS = ['person_id', 'organisation_id', 'kind', 'from_date', 'to_date', 'document_ref'];

/** People whose name (or DNI) matches `text`, for the holder picker. */
export async function searchPeopleChoices(text: string): Promise<Choice[]> {
  const { items } = await registryApi.searchPeople({ q: text, limit: 20 });
  return items.map((p) => ({ value: p.id, label: fullName(p) }));
}

interface Props {
  siteId: string;
  /** Called with the new authorisation and its holder's name once the server has it. */
  onAdded: (authorisation: Authorisation, holderName: string) => void;
}

export function AuthorisationForm({ siteId, onAdded }: Props) {
  const [holderType, setHolderType] = useState<HolderType>('person');
  const [holder, setHolder] = useState<Choice | null>(null);
  const [kind, setKind] = useState<Kind>('written');
  const [from, setFrom] = useState(today());
  const [to, setTo] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const newId = useRef(uuidv7());

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const { authorisation } = await registryApi.addAuthorisation(siteId, {
        id: newId.current,
        person_id: holderType === 'person' ? (holder?.value ?? null) : null,
        organisation_id: holderType === 'organisation' ? (holder?.value ?? null) : null,
        kind, from_date: from, to_date: to || null, document_ref: documentRef.trim() || null,
      });
      onAdded(authorisation, holder?.label ?? '');
      newId.current = uuidv7();
      setHolder(null);
      setTo('');
      setDocumentRef('');
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  const holderName = holderType === 'person' ? 'person_id' : 'organisation_id';
  return (
    <form onSubmit={submit} noValidate>
      <h2>{t('site.addAuthorisation')}</h2>
      <SelectField name="holder_type" label={t('site.holderType')} value={holderType}
        onChange={(v) => { setHolderType(v as HolderType); setHolder(null); }}>
        <option value="person">{t('site.holder.person')}</option>
        <option value="organisation">{t('site.holder.organisation')}</option>
      </SelectField>
      <SearchSelect key={holderType} name={holderName} label={t(holderType === 'person' ? 'site.person' : 'site.organisation')}
        selected={holder} onSelect={setHolder} search={holderType === 'person' ? searchPeopleChoices : searchOrganisations}
        error={problems.person_id ?? problems.organisation_id} />
      <SelectField name="kind" label={t('site.kind')} value={kind} onChange={(v) => setKind(v as Kind)} error={problems.kind}>
        <option value="written">{t('site.kind.written')}</option>
        <option value="verbal">{t('site.kind.verbal')}</option>
      </SelectField>
      <TextField name="from_date" type="date" label={t('site.from')} value={from} onInput={setFrom} error={problems.from_date} isRequired />
      <TextField name="to_date" type="date" label={t('site.to')} value={to} onInput={setTo} error={problems.to_date} />
      <TextField name="document_ref" label={t('site.documentRef')} value={documentRef} onInput={setDocumentRef}
        error={problems.document_ref} autoComplete="off" maxLength={120} />
      <ErrorSummary error={error} fields={FIELDS} />
      <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('form.saving') : t('site.saveAuthorisation')}</button>
    </form>
  );
}
