/**
 * Register a person (`/people/new`) or correct her record (`/people/:id/edit`). The id of a new
 * person is made here once per form, so sending again after a dropped connection cannot
 * register her twice. An edit sends the version it started from; if someone saved in between,
 * the server refuses (VERSION_CONFLICT) and the conflict screen shows her change and the record
 * now field by field (person-conflict.tsx). An edit sends only the fields it changed; with no
 * signal it waits in the outbox, but only for the user who registered her (web/offline/conflict-outbox.ts).
 * With no signal, a new person is kept in the phone's outbox instead (web/offline/field-queue.ts)
 * and the form opens /sync, where she is listed as not yet sent and can have her lot and sale.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import type { Person, PersonWrite, SessionUser } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { can } from './access.ts';
import { fullName, setFlash } from './format.ts';
import { allOrganisations, placeLabelFor } from './lookups.ts';
import { draftOf, draftProblems, EMPTY_DRAFT, fieldsOf, type PersonDraft } from './person-draft.ts';
import { BirthFields, ContactFields, IdentityFields, NameFields, PlaceFields, ProfileFields } from './person-fields.tsx';
import { EducationFields, HouseholdFields, RegistryFields } from './person-more-fields.tsx';
import { PossibleDuplicates } from './possible-duplicates.tsx';
import { PersonConflict } from './person-conflict.tsx';
import { changedFields, mayEditOffline } from '../offline/conflict-merge.ts';
import { offlineEditRefusal, queuePersonEdit } from '../offline/conflict-outbox.ts';
import { registryApi } from './registry-api.ts';
import { isNoAnswer, isOffline, pathAfterKept, queuePerson } from '../offline/field-queue.ts';
import { uuidv7 } from '../offline/uuidv7.ts';

const FIELDS = [...Object.keys(EMPTY_DRAFT), 'organisation_id', 'version'];

/** Moves focus to the first field marked wrong, which may be far up a long form. */
function focusFirstProblem(): void {
  const marked = document.querySelector<HTMLElement>('main [aria-invalid="true"]');
  const target = marked?.matches('input, select') ? marked : marked?.querySelector('input');
  marked?.scrollIntoView({ block: 'center' });
  target?.focus();
}

export function PersonForm({ user, personId }: { user: SessionUser; personId?: string }) {
  const isCreate = personId === undefined;
  const [draft, setDraft] = useState<PersonDraft | null>(isCreate ? EMPTY_DRAFT : null);
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Person | null>(null);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  /** After an edit with no signal: kept on the phone (notice) or refused to this user (alert). */
  const [offline, setOffline] = useState<{ text: string; isKept: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [checks, setChecks] = useState<Record<string, string>>({});
  const [isBusy, setIsBusy] = useState(false);
  const [result, setResult] = useState<{ saved: PersonWrite; notice: string } | null>(null);
  const newId = useRef(uuidv7());

  const load = async () => {
    if (isCreate) {
      const mine = user.organisation_id;
      if (!mine) return;
      const org = (await allOrganisations().catch(() => [])).find((o) => o.id === mine);
      if (org) setDraft((d) => (d && !d.organisation ? { ...d, organisation: { value: org.id, label: org.name } } : d));
      return;
    }
    setError(null);
    try {
      const { person } = await registryApi.getPerson(personId);
      const label = person.district ? await placeLabelFor(person.district) : null;
      setDraft(draftOf(person, label));
      setVersion(person.version);
      setLoaded(person);
    } catch (err) {
      setError(err);
    }
  };
  useEffect(() => void load(), [personId]);

  const problems = { ...fieldErrors(error), ...checks };
  useEffect(() => {
    if (Object.keys(problems).length > 0) setTimeout(focusFirstProblem, 0);
  }, [error, checks]);

  if (conflict && personId) {
    return <PersonConflict personId={personId} mine={conflict} onDiscard={() => navigate(`/people/${personId}`)}
      onResolved={(person) => { setFlash(t('person.updated', { name: fullName(person) })); navigate(`/people/${personId}`); }} />;
  }
  if (offline?.isKept) return <section class="card"><p class="notice" role="status">{offline.text}</p></section>;
  if (result) return <PossibleDuplicates result={result.saved} notice={result.notice} role={user.role} />;
  if (!draft) {
    return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  }

  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => setDraft({ ...draft, [key]: value });
  // What the edit changed: the only fields sent, so a field someone else corrected meanwhile is not overwritten.
  const change = () => (loaded ? changedFields(fieldsOf(draftOf(loaded, null)), fieldsOf(draft)) : fieldsOf(draft));
  const keepEditOnPhone = async () => {
    if (!loaded || !mayEditOffline(user.id, loaded)) return setOffline({ text: offlineEditRefusal(), isKept: false });
    const text = await queuePersonEdit({ owner: user.id, personId: loaded.id, name: fullName(loaded), change: change(), baseVersion: version });
    setOffline({ text, isKept: true });
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setOffline(null);
    const found = draftProblems(draft, { needsOrganisation: isCreate && !can(user.role, 'actNetworkWide') });
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    const created = { id: newId.current, ...fieldsOf(draft), organisation_id: draft.organisation?.value ?? null };
    // With no signal a new person goes to the phone's outbox, with the same id (sent once the connection returns).
    const keepOnPhone = () => queuePerson(user.id, created).then(() => navigate(pathAfterKept()), setError);
    try {
      if (isCreate && isOffline()) return await keepOnPhone();
      if (!isCreate && isOffline()) return await keepEditOnPhone();
      const saved = isCreate
        ? await registryApi.createPerson(created)
        : await registryApi.updatePerson(personId, { ...change(), version });
      const notice = t(isCreate ? 'person.saved' : 'person.updated', { name: fullName(saved.person) });
      if (saved.possible_duplicates.length > 0) {
        setResult({ saved, notice });
        return;
      }
      setFlash(notice);
      navigate(`/people/${saved.person.id}`);
    } catch (err) {
      if (isCreate && isNoAnswer(err)) await keepOnPhone();
      else if (!isCreate && err instanceof ApiError && err.code === 'VERSION_CONFLICT') setConflict(change());
      else if (!isCreate && isNoAnswer(err)) await keepEditOnPhone();
      else setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const fieldProps = { draft, set, problems };
  return (
    <section class="card">
      <h1>{isCreate ? t('person.newTitle') : t('person.editTitle', { name: fullName(draft) })}</h1>
      <p>{t('person.formIntro')}</p>
      <form onSubmit={submit} noValidate>
        <IdentityFields {...fieldProps} />
        <NameFields {...fieldProps} />
        <BirthFields {...fieldProps} />
        <ContactFields {...fieldProps} />
        <PlaceFields {...fieldProps} isCreate={isCreate} />
        <ProfileFields {...fieldProps} />
        <HouseholdFields {...fieldProps} />
        <EducationFields {...fieldProps} />
        <RegistryFields {...fieldProps} />
        {Object.keys(checks).length > 0 && <div class="alert" role="alert"><p>{t('error.checkFields')}</p></div>}
        <ErrorSummary error={error} fields={FIELDS} />
        {offline && <div class="alert" role="alert"><p>{offline.text}</p></div>}
        <button type="submit" class="primary" disabled={isBusy}>
          {isBusy ? t('form.saving') : isCreate ? t('person.register') : t('form.save')}
        </button>
      </form>
    </section>
  );
}
