/**
 * A mining site's page (`/sites/:id`): where it is, its concession and operator, and who may
 * select ore there (its authorisations, each held by a woman or an association, written or
 * verbal, for a period). Staff with sites.write may record another authorisation below. Under
 * them, the nearest help services (Línea 100 first), a panel loaded only when the page opens.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { lazyScreen } from '../app/lazy-screen.tsx';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, Notice } from '../ui/form.tsx';
import { can } from './access.ts';
import { formatDate, fullName, takeFlash } from './format.ts';
import { useOrganisationNames, usePlaceLabels } from './lookups.ts';
import { registryApi, type Authorisation, type SiteWithAuthorisations } from './registry-api.ts';
import { AuthorisationForm } from './sites-authorisation.tsx';

const SiteNearest = lazyScreen(() => import('../services/site-nearest.tsx').then((m) => m.SiteNearest));

/** Names of the people holding authorisations, fetched one by one (a site has few). */
function usePersonNames(ids: readonly (string | null)[]): [Record<string, string>, (id: string, name: string) => void] {
  const [names, setNames] = useState<Record<string, string>>({});
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort().join(',');
  useEffect(() => {
    for (const id of wanted ? wanted.split(',') : []) {
      if (names[id]) continue;
      registryApi.getPerson(id).then((d) => setNames((n) => ({ ...n, [id]: fullName(d.person) })), () => {});
    }
  }, [wanted]);
  return [names, (id, name) => setNames((n) => ({ ...n, [id]: name }))];
}

const periodOf = (a: Authorisation) =>
  a.to_date ? t('site.period', { from: formatDate(a.from_date), to: formatDate(a.to_date) }) : t('site.since', { from: formatDate(a.from_date) });

export function SitePage({ user, siteId }: { user: SessionUser; siteId: string }) {
  const [detail, setDetail] = useState<SiteWithAuthorisations | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState(() => takeFlash());
  const orgNames = useOrganisationNames();
  const places = usePlaceLabels([detail?.site.district ?? null]);
  const [personNames, nameOf] = usePersonNames(detail?.authorisations.map((a) => a.person_id) ?? []);

  useEffect(() => {
    setDetail(null);
    registryApi.getSite(siteId).then(setDetail, setError);
  }, [siteId]);

  if (!detail) {
    return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  }
  const { site: s, authorisations } = detail;
  const rows: [string, string | null][] = [
    [t('site.district'), s.district && (places[s.district] ?? s.district)],
    [t('site.lat'), s.lat === null ? null : String(s.lat)],
    [t('site.lon'), s.lon === null ? null : String(s.lon)],
    [t('site.concession'), s.concession_code],
    [t('site.operator'), s.operator_organisation_id && (orgNames[s.operator_organisation_id] ?? t('app.loading'))],
  ];
  const added = (a: Authorisation, holderName: string) => {
    if (a.person_id) nameOf(a.person_id, holderName);
    setDetail({ ...detail, authorisations: [...authorisations, a] });
    setNotice(t('site.authorisationAdded'));
  };
  return (
    <section class="card">
      <p><a href="/sites" onClick={onLinkClick}>{t('site.back')}</a></p>
      <h1>{s.name}</h1>
      <Notice text={notice} />
      {can(user.role, 'writeSites') && (
        <p><a class="button" href={`/sites/${s.id}/edit`} onClick={onLinkClick}>{t('site.edit')}</a></p>
      )}
      <dl class="record">
        {rows.filter(([, v]) => v).map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      <h2>{t('site.authorisations')}</h2>
      {authorisations.length === 0 && <p>{t('site.noAuthorisations')}</p>}
      <ul class="list">
        {authorisations.map((a) => (
          <li key={a.id} class="item">
            {a.person_id
              ? <a href={`/people/${a.person_id}`} onClick={onLinkClick}>{personNames[a.person_id] ?? t('app.loading')}</a>
              : <a href={`/organisations/${a.organisation_id}`} onClick={onLinkClick}>{orgNames[a.organisation_id ?? ''] ?? t('app.loading')}</a>}
            <span>{t(a.kind === 'written' ? 'site.kind.written' : 'site.kind.verbal')}</span>
            <span class="muted">{periodOf(a)}</span>
            {a.document_ref && <span class="muted">{a.document_ref}</span>}
          </li>
        ))}
      </ul>
      {can(user.role, 'writeSites') && <AuthorisationForm siteId={s.id} onAdded={added} />}
      <SiteNearest siteId={s.id} hasCoordinates={s.lat !== null && s.lon !== null} />
    </section>
  );
}
