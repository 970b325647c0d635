/**
 * Places lookup over Peru's UBIGEO: search by name, narrow by kind, and step down from a
 * department to its provinces and from a province to its districts. Searches run on submit,
 * not on every key press, so a slow connection is not flooded with requests.
 */
import { useState } from 'preact/hooks';
import type { Place, PlaceLevel } from '../api/types.ts';
import { api } from '../app/api.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { levelLabel } from '../ui/labels.ts';

const LIMIT = 50;

interface Filter {
  q: string;
  level: PlaceLevel | '';
  parent: Place | null;
}

function childLevel(level: PlaceLevel): PlaceLevel | null {
  if (level === 'department') return 'province';
  if (level === 'province') return 'district';
  return null;
}

function PlaceItem({ place, onOpen }: { place: Place; onOpen: (place: Place) => void }) {
  const within = [place.province, place.level === 'department' ? null : place.department]
    .filter((part): part is string => Boolean(part) && part !== place.name)
    .join(', ');
  const next = childLevel(place.level);
  return (
    <li class="item">
      <strong>{place.name}</strong>
      <span>
        {levelLabel(place.level)}
        {within && ` · ${within}`}
      </span>
      <span class="muted">{t('places.code', { code: place.code })}</span>
      {next && (
        <button type="button" class="secondary" onClick={() => onOpen(place)}>
          {next === 'province' ? t('places.showProvinces') : t('places.showDistricts')}
        </button>
      )}
    </li>
  );
}

export function PlacesPage() {
  const [filter, setFilter] = useState<Filter>({ q: '', level: '', parent: null });
  const [results, setResults] = useState<Place[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const search = async (next: Filter) => {
    setFilter(next);
    setIsBusy(true);
    setError(null);
    try {
      setResults(
        await api.places({
          q: next.q.trim() || undefined,
          level: next.level || undefined,
          parent: next.parent?.code,
          limit: LIMIT,
        }),
      );
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const open = (place: Place) =>
    void search({ q: '', level: childLevel(place.level) ?? '', parent: place });

  return (
    <section class="card">
      <h1>{t('places.title')}</h1>
      <p>{t('places.intro')}</p>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void search(filter);
        }}
      >
        <TextField name="q" type="search" label={t('places.query')} value={filter.q}
          onInput={(q) => setFilter({ ...filter, q })} autoComplete="off" />
        <SelectField name="level" label={t('places.level')} value={filter.level}
          onChange={(level) => setFilter({ ...filter, level: level as Filter['level'] })}>
          <option value="">{t('places.level.any')}</option>
          <option value="department">{t('places.level.department')}</option>
          <option value="province">{t('places.level.province')}</option>
          <option value="district">{t('places.level.district')}</option>
        </SelectField>
        {filter.parent && (
          <p class="chip">
            {t('places.within', { name: filter.parent.name })}{' '}
            <button type="button" class="link-button"
              onClick={() => setFilter({ ...filter, parent: null })}>
              {t('places.clearParent')}
            </button>
          </p>
        )}
        <button type="submit" class="primary" disabled={isBusy}>
          {isBusy ? t('places.searching') : t('places.search')}
        </button>
      </form>
      <ErrorSummary error={error} fields={['q', 'level']} />
      {results && (
        <div aria-live="polite">
          <p>{results.length === 0 ? t('places.none') : t('places.count', { count: results.length })}</p>
          <ul class="list">
            {results.map((place) => (
              <PlaceItem key={place.code} place={place} onOpen={open} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
