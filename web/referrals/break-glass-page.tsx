/**
 * An admin's emergency (break-glass) access to one referral. Admins have no referral list, by
 * design: the id comes from a supervisor or an incident report, typed on `/referrals/break-glass`
 * or opened as `/referrals/:id`. Nothing is read until the admin has read the warning and written
 * a reason (the server asks for at least 20 characters and words the refusal under the field);
 * the server then stores the access, audits it and notifies the referral's supervisor. The
 * referral is shown read-only and kept only in this screen's state: opening it again is a new
 * access with a new reason.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { Message } from '../app/lazy-screen.tsx';
import { navigate, onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';
import { Fields, FollowUps } from './detail-page.tsx';
import { TYPE_LABELS } from './labels.ts';
import { NoteField } from './referral-fields.tsx';
import { referralsApi, type ReferralOutput, type StaffMember } from './referrals-api.ts';

const REFERRAL_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function Warning() {
  return <p class="alert" data-testid="break-glass-warning">{t('referral.breakGlassWarning')}</p>;
}

/** `/referrals/break-glass`: the id of the referral to open; the reason is asked on its own page. */
export function BreakGlassEntry() {
  const [id, setId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: Event) => {
    event.preventDefault();
    const trimmed = id.trim().toLowerCase();
    if (!REFERRAL_ID.test(trimmed)) setError(t('referral.breakGlassIdInvalid'));
    else navigate(`/referrals/${trimmed}`);
  };
  return (
    <section class="card referrals">
      <h1>{t('referral.breakGlassTitle')}</h1>
      <p>{t('referral.breakGlassIntro')}</p>
      <Warning />
      <form onSubmit={submit} noValidate data-testid="break-glass-entry">
        <TextField name="referral_id" label={t('referral.breakGlassId')} hint={t('referral.breakGlassIdHint')} value={id} onInput={setId}
          error={error} maxLength={36} autoComplete="off" isRequired />
        <button type="submit">{t('referral.breakGlassContinue')}</button>
      </form>
    </section>
  );
}

function ReadOnlyReferral({ referral }: { referral: ReferralOutput }) {
  const [staff, setStaff] = useState<StaffMember[]>([]);
  useEffect(() => {
    referralsApi.staffForAdmin().then(setStaff, () => {});
  }, []);
  return (
    <div data-testid="break-glass-referral">
      <p class="notice" role="status">{t('referral.breakGlassDone')}</p>
      <h2>{t(TYPE_LABELS[referral.incident_type])}</h2>
      <Fields referral={referral} staff={staff} canOpenPerson={false} />
      <FollowUps referral={referral} />
    </div>
  );
}

/** `/referrals/:id` for an admin: the warning and the reason first, then the referral read-only. */
export function BreakGlassPage({ id }: { id: string }) {
  const [reason, setReason] = useState('');
  const [referral, setReferral] = useState<ReferralOutput | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      setReferral((await referralsApi.breakGlass(id, { reason: reason.trim() })).referral);
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };
  if (error instanceof ApiError && error.code === 'NOT_FOUND') return <Message text={t('referral.breakGlassNotFound')} />;
  return (
    <section class="card referrals">
      <p><a href="/referrals/break-glass" onClick={onLinkClick}>{t('referral.breakGlassAnother')}</a></p>
      <h1>{t('referral.breakGlassTitle')}</h1>
      {referral ? <ReadOnlyReferral referral={referral} /> : (
        <form onSubmit={submit} noValidate data-testid="break-glass-form">
          <Warning />
          <ErrorSummary error={error} fields={['reason']} />
          <NoteField name="reason" label={t('referral.breakGlassReason')} hint={t('referral.breakGlassReasonHint')} value={reason} onInput={setReason}
            error={fieldErrors(error).reason} maxLength={2000} />
          <button type="submit" disabled={isBusy}>{t('referral.breakGlassOpen')}</button>
        </form>
      )}
    </section>
  );
}
