/**
 * People list (`/people`): one search box for name, DNI or phone, filters by profile and
 * district, pages of twenty, and the way to register someone new. Results show only what
 * identifies a person (name, district, last three DNI digits, profiles); her full record is
 * one tap away and every such read is audited by the server. Staff who may import also get
 * the way to the import wizard for a whole list.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PersonList, PersonSummary, SessionUser } from '../api/types.ts';
import { navigate, onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { can } from './access.ts';
import { fullName } from './format.ts';
import { canImport } from './import-plan.ts';
import { choicesOf, PROFILE_LABELS } from './labels.ts';
import { placeLabelFor, searchDistricts, usePlaceLabels } from './lookups.ts';
import {
  PAGE_SIZE, readListState, rememberListHref, toPersonSearch, writeListState, type ListState,
} from './people-search.ts';
import { registryApi } from './registry-api.ts';

function PersonRow({ person, district }: { person: PersonSummary; district: string | undefined }) {
  return (
    <li class="item">
      <a href={`/people/${person.id}`} onClick={onLinkClick} class="item-title">{fullName(person)}</a>
      <span>{person.district ? (district ?? person.district) : t('person.noDistrict')}</span>
      <span class="muted">
        {person.id_number_last3 ? t('person.dniEnding', { digits: person.id_number_last3 }) : t('person.noDni')}
        {' · '}
        {person.profiles.map((p) => t(PROFILE_LABELS[p])).join(', ')}
      </span>
    </li>
  );
}

export function PeopleList({ user }: { user: SessionUser }) {
  const [state, setState] = useState<ListState>(() => readListState(location.search));
  const [district, setDistrict] = useState<Choice | null>(null);
  const [list, setList] = useState<PersonList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const districts = usePlaceLabels(list?.items.map((p) => p.district) ?? []);

  const run = async (next: ListState) => {
    setState(next);
    const href = `/people${writeListState(next)}`;
    rememberListHref(href);
    navigate(href, { replace: true });
    setIsBusy(true);
    setError(null);
    try {
      setList(await registryApi.searchPeople(toPersonSearch(next)));
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  useEffect(() => {
    void run(state);
    if (state.district) void placeLabelFor(state.district).then((label) => setDistrict({ value: state.district, label }));
  }, []);

  const pages = list ? Math.max(1, Math.ceil(list.total / PAGE_SIZE)) : 1;
  return (
    <section class="card">
      <h1>{t('people.title')}</h1>
      {(can(user.role, 'registerPeople') || canImport(user.role)) && (
        <p class="actions">
          {can(user.role, 'registerPeople') && <a class="button" href="/people/new" onClick={onLinkClick}>{t('people.register')}</a>}
          {canImport(user.role) && <a class="button secondary" href="/people/import" onClick={onLinkClick}>{t('people.import')}</a>}
        </p>
      )}
      <form role="search" onSubmit={(e) => { e.preventDefault(); void run({ ...state, page: 1 }); }}>
        <TextField name="q" type="search" label={t('people.search')} hint={t('people.searchHint')} value={state.text}
          onInput={(text) => setState({ ...state, text })} autoComplete="off" />
        <SelectField name="profile" label={t('people.profileFilter')} value={state.profile}
          onChange={(v) => setState({ ...state, profile: v as ListState['profile'] })}>
          <option value="">{t('people.anyProfile')}</option>
          {choicesOf(PROFILE_LABELS).map((v) => <option key={v} value={v}>{t(PROFILE_LABELS[v])}</option>)}
        </SelectField>
        <SearchSelect name="district" label={t('people.districtFilter')} selected={district} search={searchDistricts}
          onSelect={(c) => { setDistrict(c); setState({ ...state, district: c?.value ?? '' }); }} />
        <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('places.searching') : t('places.search')}</button>
      </form>
      <ErrorSummary error={error} fields={['q', 'profile', 'district']} />
      {list && (
        <div aria-live="polite">
          <p>{list.total === 0 ? t('people.none') : t('people.count', { count: list.total })}</p>
          <ul class="list">
            {list.items.map((p) => <PersonRow key={p.id} person={p} district={p.district ? districts[p.district] : undefined} />)}
          </ul>
          {pages > 1 && (
            <nav class="pager" aria-label={t('people.pages')}>
              <button type="button" class="secondary" disabled={isBusy || state.page <= 1}
                onClick={() => void run({ ...state, page: state.page - 1 })}>{t('people.previous')}</button>
              <span>{t('people.page', { page: state.page, pages })}</span>
              <button type="button" class="secondary" disabled={isBusy || state.page >= pages}
                onClick={() => void run({ ...state, page: state.page + 1 })}>{t('people.next')}</button>
            </nav>
          )}
        </div>
      )}
    </section>
  );
}
