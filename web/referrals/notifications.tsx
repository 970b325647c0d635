/**
 * A supervisor's unread notifications (today: an admin's break-glass read of one of her
 * referrals, with who and why), at the top of her list. Marking one read removes it from view;
 * the server keeps it with the time it was read.
 */
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { dayOf } from './labels.ts';
import { referralsApi, type ReferralNotification } from './referrals-api.ts';

export function Notifications() {
  const [items, setItems] = useState<ReferralNotification[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    referralsApi.notifications().then((r) => setItems(r.items.filter((n) => !n.read_at)), setError);
  }, []);

  const markRead = async (id: string) => {
    setBusyId(id);
    setError(null);
    try {
      await referralsApi.markRead(id);
      setItems((now) => now.filter((n) => n.id !== id));
    } catch (err) {
      setError(err);
    } finally {
      setBusyId(null);
    }
  };

  if (!items.length && !error) return null;
  return (
    <section class="notifications" aria-labelledby="notifications-title" data-testid="notifications">
      <h2 id="notifications-title">{t('referral.notifications')}</h2>
      <p>{t('referral.notificationsIntro')}</p>
      <ErrorSummary error={error} />
      <ul class="list">
        {items.map((n) => (
          <li class="item" key={n.id}>
            <span class="muted">{dayOf(n.created_at)}</span>
            <span>{n.by_name && n.reason ? t('referral.breakGlassBy', { name: n.by_name, reason: n.reason }) : n.message}</span>
            <a href={`/referrals/${n.referral_id}`} onClick={onLinkClick}>{t('referral.viewReferral')}</a>
            <button type="button" disabled={busyId === n.id} onClick={() => markRead(n.id)}>{t('referral.markRead')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
