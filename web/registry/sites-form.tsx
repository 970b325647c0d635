/**
 * Register a mining site (`/sites/new`) or correct one (`/sites/:id/edit`): its name and, when
 * known, the district, coordinates, concession code and operating organisation. Coordinates go
 * together or not at all; the server says so next to the missing one. A correction sends the
 * version it was based on: if someone saved the site meanwhile, the form says so and offers to
 * reload it rather than overwrite her change.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { navigate } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { setFlash } from './format.ts';
import { allOrganisations, placeLabelFor, searchDistricts, searchOrganisations } from './lookups.ts';
import { registryApi, type Site } from './registry-api.ts';
import { uuidv7 } from './uuid.ts';

const FIELDS = ['name', 'district', 'lat', 'lon', 'concession_code', 'operator_organisation_id', 'version'];

interface Draft {
  name: string;
  district: Choice | null;
  lat: string;
  lon: string;
  concession: string;
  operator: Choice | null;
}

const EMPTY: Draft = { name: '', district: null, lat: '', lon: '', concession: '', operator: null };

/** A typed coordinate as a number (a comma works as the decimal mark); text the server refuses as it is. */
function coordinate(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : (trimmed as unknown as number);
}

/** The form's draft of a saved site, with the labels of its district and operator. */
async function draftOf(s: Site): Promise<Draft> {
  const orgs = s.operator_organisation_id ? await allOrganisations().catch(() => []) : [];
  const operator = orgs.find((o) => o.id === s.operator_organisation_id);
  return {
    name: s.name, lat: s.lat === null ? '' : String(s.lat), lon: s.lon === null ? '' : String(s.lon), concession: s.concession_code ?? '',
    district: s.district ? { value: s.district, label: await placeLabelFor(s.district) } : null,
    operator: s.operator_organisation_id ? { value: s.operator_organisation_id, label: operator?.name ?? s.operator_organisation_id } : null,
  };
}

export function SiteForm({ siteId }: { siteId?: string }) {
  const isCreate = siteId === undefined;
  const [draft, setDraft] = useState<Draft | null>(isCreate ? EMPTY : null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const newId = useRef(uuidv7());

  const load = async () => {
    if (isCreate) return;
    try {
      const { site } = await registryApi.getSite(siteId);
      setDraft(await draftOf(site));
      setVersion(site.version);
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  useEffect(() => void load(), [siteId]);

  if (!draft) {
    return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  }
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    const fields = {
      name: draft.name.trim(), district: draft.district?.value ?? null, lat: coordinate(draft.lat), lon: coordinate(draft.lon),
      concession_code: draft.concession.trim() || null, operator_organisation_id: draft.operator?.value ?? null,
    };
    try {
      const { site } = isCreate
        ? await registryApi.createSite({ id: newId.current, ...fields })
        : await registryApi.updateSite(siteId, { ...fields, version });
      setFlash(t(isCreate ? 'site.created' : 'site.updated', { name: site.name }));
      navigate(`/sites/${site.id}`);
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
      <h1>{isCreate ? t('site.new') : t('site.editTitle', { name: draft.name })}</h1>
      <form onSubmit={submit} noValidate>
        <TextField name="name" label={t('site.name')} value={draft.name} onInput={(v) => set('name', v)} error={problems.name}
          isRequired autoCapitalize="words" autoComplete="off" maxLength={160} />
        <SearchSelect name="district" label={t('site.district')} selected={draft.district} onSelect={(c) => set('district', c)}
          search={searchDistricts} error={problems.district} />
        <TextField name="lat" label={t('site.lat')} hint={t('site.coordsHint')} value={draft.lat} onInput={(v) => set('lat', v)}
          error={problems.lat} autoComplete="off" maxLength={20} />
        <TextField name="lon" label={t('site.lon')} value={draft.lon} onInput={(v) => set('lon', v)} error={problems.lon} autoComplete="off" maxLength={20} />
        <TextField name="concession_code" label={t('site.concession')} value={draft.concession} onInput={(v) => set('concession', v)}
          error={problems.concession_code} autoComplete="off" maxLength={40} />
        <SearchSelect name="operator_organisation_id" label={t('site.operator')} selected={draft.operator} onSelect={(c) => set('operator', c)}
          search={searchOrganisations} error={problems.operator_organisation_id} />
        <ErrorSummary error={error} fields={FIELDS} overrides={{ VERSION_CONFLICT: 'site.versionConflict' }} />
        {isConflict && <p><button type="button" class="secondary" onClick={() => void load()}>{t('person.reload')}</button></p>}
        <button type="submit" class="primary" disabled={isBusy}>
          {isBusy ? t('form.saving') : isCreate ? t('site.create') : t('form.save')}
        </button>
      </form>
    </section>
  );
}
