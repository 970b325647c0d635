/**
 * Register a mining site (`/sites/new`): its name and, when known, the district, coordinates,
 * concession code and operating organisation. Coordinates go together or not at all; the
 * server says so next to the missing one.
 */
import { useRef, useState } from 'preact/hooks';
import { navigate } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { setFlash } from './format.ts';
import { searchDistricts, searchOrganisations } from './lookups.ts';
import { registryApi } from './registry-api.ts';
import { uuidv7 } from './uuid.ts';

const FIELDS = ['name', 'district', 'lat', 'lon', 'concession_code', 'operator_organisation_id'];

/** A typed coordinate as a number (a comma works as the decimal mark); text the server refuses as it is. */
function coordinate(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : (trimmed as unknown as number);
}

export function SiteForm() {
  const [name, setName] = useState('');
  const [district, setDistrict] = useState<Choice | null>(null);
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [concession, setConcession] = useState('');
  const [operator, setOperator] = useState<Choice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const newId = useRef(uuidv7());

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const { site } = await registryApi.createSite({
        id: newId.current, name: name.trim(), district: district?.value ?? null, lat: coordinate(lat), lon: coordinate(lon),
        concession_code: concession.trim() || null, operator_organisation_id: operator?.value ?? null,
      });
      setFlash(t('site.created', { name: site.name }));
      navigate(`/sites/${site.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  return (
    <section class="card">
      <h1>{t('site.new')}</h1>
      <form onSubmit={submit} noValidate>
        <TextField name="name" label={t('site.name')} value={name} onInput={setName} error={problems.name}
          isRequired autoCapitalize="words" autoComplete="off" maxLength={160} />
        <SearchSelect name="district" label={t('site.district')} selected={district} onSelect={setDistrict}
          search={searchDistricts} error={problems.district} />
        <TextField name="lat" label={t('site.lat')} hint={t('site.coordsHint')} value={lat} onInput={setLat}
          error={problems.lat} autoComplete="off" maxLength={20} />
        <TextField name="lon" label={t('site.lon')} value={lon} onInput={setLon} error={problems.lon} autoComplete="off" maxLength={20} />
        <TextField name="concession_code" label={t('site.concession')} value={concession} onInput={setConcession}
          error={problems.concession_code} autoComplete="off" maxLength={40} />
        <SearchSelect name="operator_organisation_id" label={t('site.operator')} selected={operator} onSelect={setOperator}
          search={searchOrganisations} error={problems.operator_organisation_id} />
        <ErrorSummary error={error} fields={FIELDS} />
        <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('form.saving') : t('site.create')}</button>
      </form>
    </section>
  );
}
