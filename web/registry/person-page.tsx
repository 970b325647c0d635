/**
 * A person's page (`/people/:id`): her record, consents and memberships, with an Edit button
 * for staff who may correct it, and links to her trainings and (health workers, herself) her
 * mercury results. Opening it is a full read that the server audits, so the page
 * loads it once and again only after a change made here. Staff who answer her data rights
 * (ARCO) get that section from its own lazily loaded chunk (web/arco/person-arco.tsx); a record
 * whose data was cancelled says so and can no longer be corrected.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PersonDetail, SessionUser } from '../api/types.ts';
import { lazyScreen } from '../app/lazy-screen.tsx';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, Notice } from '../ui/form.tsx';
import { can } from './access.ts';
import { Consents } from './consents.tsx';
import { fullName, takeFlash } from './format.ts';
import { useOrganisationNames, usePlaceLabels } from './lookups.ts';
import { Memberships } from './memberships.tsx';
import { lastListHref } from './people-search.ts';
import { PersonLinks } from './person-links.tsx';
import { PersonRecord } from './person-record.tsx';
import { PersonProduction } from '../production/person-production.tsx';
import { registryApi } from './registry-api.ts';

/** The ARCO section, rarely used: fetched only when a page shows it to someone who may act on it. */
const PersonArco = lazyScreen(() => import('../arco/person-arco.tsx').then((m) => m.PersonArco));

export function PersonPage({ user, personId }: { user: SessionUser; personId: string }) {
  const [detail, setDetail] = useState<PersonDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(() => takeFlash());
  const organisationNames = useOrganisationNames();
  const places = usePlaceLabels([detail?.person.district ?? null, detail?.person.selectors_registry_region ?? null]);

  const load = () => registryApi.getPerson(personId).then(setDetail, setError);
  useEffect(() => {
    setDetail(null);
    setError(null);
    void load();
  }, [personId]);

  const changed = (text: string) => {
    setNotice(text);
    void load();
  };

  if (!detail) {
    return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  }
  const { person, cancelled } = detail;
  const region = person.selectors_registry_region;
  const isOpen = !person.merged_into_id && !cancelled;
  const canCopy = can(user.role, 'copyPersonData');
  const canCancel = can(user.role, 'cancelPersonData');
  return (
    <section class="card">
      <p><a href={lastListHref()} onClick={onLinkClick}>{t('people.back')}</a></p>
      <h1>{cancelled ? t('person.cancelledTitle') : fullName(person)}</h1>
      <Notice text={notice} />
      {cancelled && <p class="alert" data-testid="person-cancelled">{t('person.cancelled')}</p>}
      {person.merged_into_id && (
        <p class="alert">
          {t('person.merged')}{' '}
          <a href={`/people/${person.merged_into_id}`} onClick={onLinkClick}>{t('person.openMerged')}</a>
        </p>
      )}
      {can(user.role, 'registerPeople') && isOpen && (
        <p><a class="button" href={`/people/${person.id}/edit`} onClick={onLinkClick}>{t('person.edit')}</a></p>
      )}
      <PersonRecord person={region ? { ...person, selectors_registry_region: places[region] ?? region } : person}
        district={person.district ? (places[person.district] ?? null) : null} />
      {!person.merged_into_id && <PersonLinks user={user} personId={person.id} />}
      {can(user.role, 'seeConsents') && (
        <Consents personId={person.id} consents={detail.consents} organisationNames={organisationNames}
          canWrite={can(user.role, 'recordConsents')} onChanged={changed} />
      )}
      <Memberships personId={person.id} memberships={detail.memberships} organisationNames={organisationNames}
        canManage={can(user.role, 'manageMemberships')} onChanged={changed} />
      {isOpen && (canCopy || canCancel) && (
        <PersonArco personId={person.id} canCopy={canCopy} canCancel={canCancel} canCorrect={can(user.role, 'registerPeople')} />
      )}
      {isOpen && !canCopy && !canCancel && <p class="muted" data-testid="rights-elsewhere">{t('person.rightsElsewhere')}</p>}
      {can(user.role, 'seeProduction') && (
        <PersonProduction personId={person.id} canWrite={can(user.role, 'recordProduction') && !person.merged_into_id} backHref={`/people/${person.id}`} />
      )}
    </section>
  );
}
