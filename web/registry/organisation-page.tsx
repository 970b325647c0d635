/**
 * An organisation's page (`/organisations/:id`): what it is, where, which network it belongs
 * to, the women's share of its board and assembly today (gender action plan 14.1: quotas) and
 * its members. The server sends the member list only to staff of the organisation's network;
 * everyone else still sees the shares, which are counts, not people.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OrganisationDetail, SessionUser } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, Notice } from '../ui/form.tsx';
import { can } from './access.ts';
import { assemblyShare, boardShare, formatDate, fullName, takeFlash } from './format.ts';
import { KIND_LABELS, MEMBERSHIP_ROLE_LABELS } from './labels.ts';
import { useOrganisationNames, usePlaceLabels } from './lookups.ts';
import { periodText } from './memberships.tsx';
import { registryApi } from './registry-api.ts';

const yesNo = (value: boolean | null) => (value === null ? null : value ? t('form.yes') : t('form.no'));

export function OrganisationPage({ user, organisationId }: { user: SessionUser; organisationId: string }) {
  const [detail, setDetail] = useState<OrganisationDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice] = useState(() => takeFlash());
  const names = useOrganisationNames();
  const places = usePlaceLabels([detail?.organisation.district ?? null]);

  useEffect(() => {
    setDetail(null);
    registryApi.getOrganisation(organisationId).then(setDetail, setError);
  }, [organisationId]);

  if (!detail) {
    return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  }
  const { organisation: o, gender_share: share, memberships } = detail;
  const rows: [string, string | null][] = [
    [t('org.kind'), t(KIND_LABELS[o.kind])],
    [t('org.ruc'), o.ruc],
    [t('org.district'), o.district && (places[o.district] ?? o.district)],
    [t('org.mercuryFree'), yesNo(o.mercury_free)],
    [t('org.equityStatutes'), yesNo(o.gender_equity_statutes)],
    [t('org.statutesOn'), o.statutes_registered_on && formatDate(o.statutes_registered_on)],
  ];
  return (
    <section class="card">
      <p><a href="/organisations" onClick={onLinkClick}>{t('org.back')}</a></p>
      <h1>{o.name}</h1>
      <Notice text={notice} />
      {can(user.role, 'writeOrganisations') && (
        <p><a class="button" href={`/organisations/${o.id}/edit`} onClick={onLinkClick}>{t('org.edit')}</a></p>
      )}
      <dl class="record">
        {rows.filter(([, v]) => v).map(([label, value]) => (
          <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
        {o.parent_id && (
          <div>
            <dt>{t('org.parent')}</dt>
            <dd><a href={`/organisations/${o.parent_id}`} onClick={onLinkClick}>{names[o.parent_id] ?? t('app.loading')}</a></dd>
          </div>
        )}
      </dl>
      <h2>{t('org.shareTitle')}</h2>
      <ul class="shares">
        <li>{boardShare(share)}</li>
        <li>{assemblyShare(share)}</li>
      </ul>
      <h2>{t('org.members')}</h2>
      {memberships.length === 0 && <p>{t('org.noMembers')}</p>}
      <ul class="list">
        {memberships.map((m) => (
          <li key={m.id} class="item">
            <a href={`/people/${m.person.id}`} onClick={onLinkClick}>{fullName(m.person)}</a>
            <span>{t(MEMBERSHIP_ROLE_LABELS[m.role])}</span>
            <span class="muted">{periodText(m)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
