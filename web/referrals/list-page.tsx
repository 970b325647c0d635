/**
 * `/referrals`: a case worker's or supervisor's own referrals (the server lists only those
 * assigned to her, and audits the read), each shown by type, date, district and status, never
 * by the woman. A supervisor sees her unread break-glass notifications first. A promoter, who
 * can open referrals but never read them, gets the way to open one and what happens after.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { usePlaceLabels } from '../registry/lookups.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { dayOf, STATUS_LABELS, TYPE_LABELS } from './labels.ts';
import { Notifications } from './notifications.tsx';
import { referralsApi, type ReferralSummary } from './referrals-api.ts';

function NewLink() {
  return <p><a class="button" href="/referrals/new" onClick={onLinkClick}>{t('referral.new')}</a></p>;
}

function ReferralRow({ referral, userId, district }: { referral: ReferralSummary; userId: string; district: string }) {
  return (
    <li class="item" data-testid="referral-row" data-status={referral.status}>
      <a href={`/referrals/${referral.id}`} onClick={onLinkClick}>
        <strong>{t(TYPE_LABELS[referral.incident_type])}</strong>
      </a>
      <span>{dayOf(referral.incident_on)} · {district}</span>
      <span class={`status ${referral.status}`}>{t(STATUS_LABELS[referral.status])}</span>
      <span class="muted">{t(referral.case_worker_id === userId ? 'referral.mineAsCaseWorker' : 'referral.mineAsSupervisor')}</span>
    </li>
  );
}

export function ListPage({ user }: { user: SessionUser }) {
  const [items, setItems] = useState<ReferralSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const isPromoter = user.role === 'promoter';
  const districts = usePlaceLabels(items?.map((r) => r.district) ?? []);

  useEffect(() => {
    if (!isPromoter) referralsApi.list().then((r) => setItems(r.items), setError);
  }, []);

  if (isPromoter) {
    return (
      <section class="card referrals">
        <h1>{t('referral.listTitle')}</h1>
        <p>{t('referral.promoterIntro')}</p>
        <NewLink />
      </section>
    );
  }
  return (
    <section class="card referrals">
      <h1>{t('referral.listTitle')}</h1>
      <p>{t('referral.listIntro')}</p>
      {user.role === 'case_supervisor' && <Notifications />}
      <NewLink />
      <ErrorSummary error={error} />
      {!items && !error && <p class="loading">{t('app.loading')}</p>}
      {items?.length === 0 && <p>{t('referral.none')}</p>}
      {items && items.length > 0 && (
        <ul class="list" data-testid="referrals">
          {items.map((r) => <ReferralRow key={r.id} referral={r} userId={user.id} district={districts[r.district] ?? r.district} />)}
        </ul>
      )}
    </section>
  );
}
