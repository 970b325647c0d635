/**
 * Add an organisation (`/organisations/new`) or edit one (`/organisations/:id/edit`); for
 * coordinators and administrators. A coordinator places it inside her own network (the form
 * proposes her organisation as the parent); only network-wide roles may leave it at the top.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import type { OrganisationKind, SessionUser } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fromYesNo, toYesNo, YesNoField, type YesNo } from '../ui/choices.tsx';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { setFlash } from './format.ts';
import { choicesOf, KIND_LABELS } from './labels.ts';
import { allOrganisations, forgetOrganisations, placeLabelFor, searchDistricts, searchOrganisations } from './lookups.ts';
import { registryApi } from './registry-api.ts';
import { uuidv7 } from './uuid.ts';

interface Draft {
  kind: OrganisationKind;
  name: string;
  ruc: string;
  district: Choice | null;
  parent: Choice | null;
  mercury_free: YesNo;
  recpo_code: string;
  gender_equity_statutes: YesNo;
  statutes_registered_on: string;
}

const EMPTY: Draft = {
  kind: 'selectors_association', name: '', ruc: '', district: null, parent: null, mercury_free: '', recpo_code: '',
  gender_equity_statutes: '', statutes_registered_on: '',
};
/** Kinds that buy or process gold, and so may be registered in RECPO. */
const TRADES_GOLD: OrganisationKind[] = ['buyer_trader', 'processing_plant'];
const FIELDS = ['kind', 'name', 'ruc', 'district', 'parent_id', 'mercury_free', 'recpo_code', 'gender_equity_statutes', 'statutes_registered_on', 'version'];

export function OrganisationForm({ user, organisationId }: { user: SessionUser; organisationId?: string }) {
  const isCreate = organisationId === undefined;
  const [draft, setDraft] = useState<Draft | null>(isCreate ? EMPTY : null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const newId = useRef(uuidv7());

  const load = async () => {
    const orgs = await allOrganisations().catch(() => []);
    const choice = (id: string | null) => {
      const found = orgs.find((o) => o.id === id);
      return found ? { value: found.id, label: found.name } : null;
    };
    if (isCreate) {
      const parent = choice(user.organisation_id);
      setDraft((d) => (d && !d.parent ? { ...d, parent } : d));
      return;
    }
    try {
      const { organisation: o } = await registryApi.getOrganisation(organisationId);
      const district = o.district ? { value: o.district, label: await placeLabelFor(o.district) } : null;
      setDraft({
        kind: o.kind, name: o.name, ruc: o.ruc ?? '', district, parent: choice(o.parent_id),
        mercury_free: toYesNo(o.mercury_free), recpo_code: o.recpo_code ?? '', gender_equity_statutes: toYesNo(o.gender_equity_statutes),
        statutes_registered_on: o.statutes_registered_on ?? '',
      });
      setVersion(o.version);
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  useEffect(() => void load(), [organisationId]);

  if (!draft) {
    return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  }
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    const fields = {
      kind: draft.kind, name: draft.name.trim(), ruc: draft.ruc.trim() || null, district: draft.district?.value ?? null,
      parent_id: draft.parent?.value ?? null,
      mercury_free: draft.kind === 'processing_plant' ? fromYesNo(draft.mercury_free) : null,
      recpo_code: TRADES_GOLD.includes(draft.kind) ? draft.recpo_code.trim() || null : null,
      gender_equity_statutes: fromYesNo(draft.gender_equity_statutes),
      statutes_registered_on: draft.statutes_registered_on || null,
    };
    try {
      const { organisation } = isCreate
        ? await registryApi.createOrganisation({ id: newId.current, ...fields })
        : await registryApi.updateOrganisation(organisationId, { ...fields, version });
      forgetOrganisations();
      setFlash(t(isCreate ? 'org.created' : 'org.updated', { name: organisation.name }));
      navigate(`/organisations/${organisation.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  const isConflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
  return (
    <section class="card">
      <h1>{isCreate ? t('org.new') : t('org.editTitle', { name: draft.name })}</h1>
      <form onSubmit={submit} noValidate>
        <SelectField name="kind" label={t('org.kind')} value={draft.kind} onChange={(v) => set('kind', v as OrganisationKind)} error={problems.kind}>
          {choicesOf(KIND_LABELS).map((v) => <option key={v} value={v}>{t(KIND_LABELS[v])}</option>)}
        </SelectField>
        <TextField name="name" label={t('org.name')} value={draft.name} onInput={(v) => set('name', v)}
          error={problems.name} isRequired autoCapitalize="words" autoComplete="off" maxLength={200} />
        <TextField name="ruc" label={t('org.ruc')} value={draft.ruc} onInput={(v) => set('ruc', v)}
          error={problems.ruc} inputMode="numeric" autoComplete="off" maxLength={11} />
        <SearchSelect name="district" label={t('org.district')} selected={draft.district}
          onSelect={(c) => set('district', c)} search={searchDistricts} error={problems.district} />
        <SearchSelect name="parent_id" label={t('org.parent')} hint={t('org.parentHint')} selected={draft.parent}
          onSelect={(c) => set('parent', c)} search={searchOrganisations} error={problems.parent_id} />
        {draft.kind === 'processing_plant' && (
          <YesNoField name="mercury_free" label={t('org.mercuryFree')} value={draft.mercury_free}
            onChange={(v) => set('mercury_free', v)} error={problems.mercury_free} />
        )}
        {TRADES_GOLD.includes(draft.kind) && (
          <TextField name="recpo_code" label={t('org.recpo')} hint={t('org.recpoHint')} value={draft.recpo_code}
            onInput={(v) => set('recpo_code', v)} error={problems.recpo_code} autoComplete="off" maxLength={40} />
        )}
        <YesNoField name="gender_equity_statutes" label={t('org.equityStatutes')} value={draft.gender_equity_statutes}
          onChange={(v) => set('gender_equity_statutes', v)} error={problems.gender_equity_statutes} />
        <TextField name="statutes_registered_on" type="date" label={t('org.statutesOn')} value={draft.statutes_registered_on}
          onInput={(v) => set('statutes_registered_on', v)} error={problems.statutes_registered_on} />
        <ErrorSummary error={error} fields={FIELDS} overrides={{ VERSION_CONFLICT: 'org.versionConflict' }} />
        {isConflict && (
          <p><button type="button" class="secondary" onClick={() => void load()}>{t('person.reload')}</button></p>
        )}
        <button type="submit" class="primary" disabled={isBusy}>
          {isBusy ? t('form.saving') : isCreate ? t('org.create') : t('form.save')}
        </button>
      </form>
    </section>
  );
}
