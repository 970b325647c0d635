/**
 * The actions on an open referral: a follow-up (its id made here, so a resend adds it once),
 * closing with a reason and handing it to another case worker, both on the version read. When
 * someone changed the referral in between (409 VERSION_CONFLICT) the form says so in plain words
 * and asks the page to reload the referral, keeping what was typed.
 */
import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { peruToday } from '../production/format.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { NoteField } from './referral-fields.tsx';
import { referralsApi, type ReferralOutput, type StaffMember } from './referrals-api.ts';

type Done = (next: ReferralOutput | 'stale') => void;

const isStale = (err: unknown) => err instanceof ApiError && err.code === 'VERSION_CONFLICT';

/** Runs one write: busy while it runs, its refusal kept for the form; a stale version is reported as such. */
function useWrite(onDone: Done) {
  const [error, setError] = useState<unknown>(null);
  const [isStaleNow, setIsStaleNow] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const run = async (write: () => Promise<{ referral: ReferralOutput }>): Promise<boolean> => {
    setIsBusy(true);
    setError(null);
    setIsStaleNow(false);
    try {
      onDone((await write()).referral);
      return true;
    } catch (err) {
      if (isStale(err)) {
        setIsStaleNow(true);
        onDone('stale');
      } else setError(err);
      return false;
    } finally {
      setIsBusy(false);
    }
  };
  return { error, isStaleNow, isBusy, run };
}

function Stale({ isShown }: { isShown: boolean }) {
  return isShown ? <p class="alert" role="alert" data-testid="stale">{t('referral.stale')}</p> : null;
}

export function FollowUpForm({ referral, onDone }: { referral: ReferralOutput; onDone: Done }) {
  const [happenedOn, setHappenedOn] = useState(peruToday());
  const [note, setNote] = useState('');
  const id = useRef(uuidv7());
  const { error, isBusy, run } = useWrite(onDone);
  const errors = fieldErrors(error);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await run(() => referralsApi.addFollowUp(referral.id, { id: id.current, happened_on: happenedOn, note: note.trim() }))) {
      id.current = uuidv7();
      setNote('');
    }
  };
  return (
    <form onSubmit={submit} noValidate data-testid="follow-up-form">
      <h2>{t('referral.followUpTitle')}</h2>
      <ErrorSummary error={error} fields={['happened_on', 'note']} />
      <TextField name="happened_on" type="date" label={t('referral.followUpOn')} value={happenedOn} onInput={setHappenedOn} error={errors.happened_on} isRequired />
      <NoteField name="note" label={t('referral.followUpNote')} value={note} onInput={setNote} error={errors.note} maxLength={4000} />
      <button type="submit" disabled={isBusy}>{t('referral.followUpSave')}</button>
    </form>
  );
}

export function CloseForm({ referral, onDone }: { referral: ReferralOutput; onDone: Done }) {
  const [reason, setReason] = useState('');
  const { error, isStaleNow, isBusy, run } = useWrite(onDone);
  const submit = async (event: Event) => {
    event.preventDefault();
    await run(() => referralsApi.close(referral.id, { closing_reason: reason.trim(), version: referral.version }));
  };
  return (
    <form onSubmit={submit} noValidate data-testid="close-form">
      <h2>{t('referral.closeTitle')}</h2>
      <Stale isShown={isStaleNow} />
      <ErrorSummary error={error} fields={['closing_reason']} />
      <NoteField name="closing_reason" label={t('referral.closingReason')} value={reason} onInput={setReason} error={fieldErrors(error).closing_reason} maxLength={1000} />
      <button type="submit" disabled={isBusy}>{t('referral.closeSave')}</button>
    </form>
  );
}

export function HandOverForm({ referral, staff, onDone }: { referral: ReferralOutput; staff: StaffMember[]; onDone: (next: ReferralOutput | 'stale', name: string) => void }) {
  const [caseWorkerId, setCaseWorkerId] = useState('');
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.display_name ?? '';
  const { error, isStaleNow, isBusy, run } = useWrite((next) => onDone(next, nameOf(caseWorkerId)));
  const others = staff.filter((s) => s.role === 'case_worker' && s.id !== referral.case_worker_id);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await run(() => referralsApi.assign(referral.id, { case_worker_id: caseWorkerId, version: referral.version }))) setCaseWorkerId('');
  };
  return (
    <form onSubmit={submit} noValidate data-testid="hand-over-form">
      <h2>{t('referral.handOverTitle')}</h2>
      <Stale isShown={isStaleNow} />
      <ErrorSummary error={error} fields={['case_worker_id']} />
      <SelectField name="hand_over_to" label={t('referral.caseWorker')} value={caseWorkerId} onChange={setCaseWorkerId} error={fieldErrors(error).case_worker_id}>
        <option value="">{t('referral.choose')}</option>
        {others.map((s) => <option key={s.id} value={s.id}>{s.display_name}</option>)}
      </SelectField>
      <button type="submit" disabled={isBusy}>{t('referral.handOverSave')}</button>
    </form>
  );
}
