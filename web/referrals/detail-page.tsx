/**
 * `/referrals/:id`: one referral for its case worker or supervisor (the server audits the read
 * and answers 404 to anyone else, shown as "not found or not assigned to you"). Shows its fields
 * and follow-ups, and the actions on it: a follow-up, closing with a reason and, for the
 * supervisor, handing it to another case worker. A stale version reloads it and says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import type { SessionUser } from '../api/types.ts';
import { Message } from '../app/lazy-screen.tsx';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { usePlaceLabels } from '../registry/lookups.ts';
import { ErrorSummary, Notice } from '../ui/form.tsx';
import { CloseForm, FollowUpForm, HandOverForm } from './case-actions.tsx';
import { dayOf, KIND_LABELS, METHOD_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels.ts';
import { referralsApi, type ReferralOutput, type StaffMember } from './referrals-api.ts';

export function Fields({ referral, staff, canOpenPerson }: { referral: ReferralOutput; staff: StaffMember[]; canOpenPerson: boolean }) {
  const district = usePlaceLabels([referral.district])[referral.district] ?? referral.district;
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.display_name ?? '…';
  const { consent, consent_override: override } = referral;
  return (
    <dl class="facts" data-testid="referral-fields">
      <dt>{t('referral.survivor')}</dt>
      <dd>
        {referral.anonymous_code ?? t('referral.registryPerson')}
        {referral.person_id && canOpenPerson && <> · <a href={`/people/${referral.person_id}`} onClick={onLinkClick}>{t('referral.openPerson')}</a></>}
      </dd>
      <dt>{t('referral.incidentType')}</dt><dd>{t(TYPE_LABELS[referral.incident_type])}</dd>
      <dt>{t('referral.incidentOn')}</dt><dd>{dayOf(referral.incident_on)}</dd>
      <dt>{t('referral.district')}</dt><dd>{district}</dd>
      <dt>{t('referral.colStatus')}</dt><dd data-testid="referral-status">{t(STATUS_LABELS[referral.status])}</dd>
      <dt>{t('referral.services')}</dt>
      <dd>{referral.services.map((s) => (s.kind === 'line_100' ? s.name : `${s.name} (${t(KIND_LABELS[s.kind])})`)).join(', ') || '—'}</dd>
      <dt>{t('referral.consent')}</dt>
      <dd>
        {consent && t('referral.consentRecorded', { date: dayOf(consent.given_on), method: t(METHOD_LABELS[consent.method]) })}
        {override && t('referral.consentOverridden', { reason: override.reason })}
      </dd>
      <dt>{t('referral.caseWorker')}</dt><dd>{nameOf(referral.case_worker_id)}</dd>
      <dt>{t('referral.supervisor')}</dt><dd>{nameOf(referral.supervisor_id)}</dd>
      <dt>{t('referral.createdAt')}</dt><dd>{dayOf(referral.created_at)}</dd>
    </dl>
  );
}

/** The closing reason (once closed) and the follow-ups, oldest first. */
export function FollowUps({ referral }: { referral: ReferralOutput }) {
  return (
    <>
      {referral.closing_reason && <p class="closed" data-testid="closing-reason">{t('referral.closedBecause', { reason: referral.closing_reason })}</p>}
      <h2>{t('referral.followUps')}</h2>
      {referral.follow_ups.length === 0 ? <p>{t('referral.noFollowUps')}</p> : (
        <ul class="list" data-testid="follow-ups">
          {referral.follow_ups.map((f) => <li class="item" key={f.id}><span class="muted">{dayOf(f.happened_on)}</span><span>{f.note}</span></li>)}
        </ul>
      )}
    </>
  );
}

export function DetailPage({ id, user }: { id: string; user: SessionUser }) {
  const [referral, setReferral] = useState<ReferralOutput | null>(null);
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = () => referralsApi.get(id).then((r) => setReferral(r.referral), setError);
  useEffect(() => {
    void load();
    referralsApi.staff().then((r) => setStaff(r.items), () => {});
  }, []);

  /** After an action: the new referral and what happened, or the stale-version message and a fresh copy. */
  const done = (next: ReferralOutput | 'stale', text: string) => {
    if (next === 'stale') {
      setNotice(null);
      void load();
      return;
    }
    setReferral(next);
    setNotice(text);
  };

  if (error instanceof ApiError && error.code === 'NOT_FOUND') return <Message text={t('referral.notFound')} />;
  if (!referral) return error ? <section class="card"><ErrorSummary error={error} /></section> : <p class="loading">{t('app.loading')}</p>;
  const isOpen = referral.status !== 'closed';
  return (
    <section class="card referrals">
      <p><a href="/referrals" onClick={onLinkClick}>{t('referral.back')}</a></p>
      <h1>{t(TYPE_LABELS[referral.incident_type])}</h1>
      <Notice text={notice} />
      <Fields referral={referral} staff={staff} canOpenPerson={user.role === 'case_worker'} />
      <FollowUps referral={referral} />
      {isOpen && <FollowUpForm referral={referral} onDone={(next) => done(next, t('referral.followUpSaved'))} />}
      {isOpen && user.id === referral.supervisor_id && (
        <HandOverForm referral={referral} staff={staff} onDone={(next, name) => done(next, t('referral.handOverDone', { name }))} />
      )}
      {isOpen && <CloseForm referral={referral} onDone={(next) => done(next, t('referral.closedNotice'))} />}
    </section>
  );
}
