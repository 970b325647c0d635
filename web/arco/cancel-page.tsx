/**
 * The cancellation of a woman's data (ARCO, Ley 29733 art. 20) at `/people/:id/cancellation`:
 * a page of its own so it is never one click away. It says in plain words what is erased and
 * what is kept without her identity (docs/security.md "Retention"), asks for the date of her
 * written request and its reason and reference (kept after the erasure, so it must not name
 * her), and for a typed confirmation. A refusal shows in the reader's language; on success the
 * person page opens and shows the record as cancelled.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PersonDetail } from '../api/types.ts';
import { navigate, onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';
import { fullName, setFlash, today } from '../registry/format.ts';
import { arcoApi, connectArco } from './arco-api.ts';
import { confirmationFor, isConfirmed, requestDateProblem } from './arco-rules.ts';
import { CancellationFacts } from './cancellation-facts.tsx';
import './setup.ts';

interface Props {
  personId: string;
  csrfToken: string;
  onSessionLost: () => void;
}

interface Checks {
  requested_on?: string;
  legal_basis?: string;
  confirmation?: string;
}

const DATE_TEXTS = { required: 'arco.check.dateRequired', not_real: 'arco.check.dateNotReal', future: 'arco.check.dateFuture' } as const;

function CancelForm({ detail, onCancelled }: { detail: PersonDetail; onCancelled: () => void }) {
  const [requestedOn, setRequestedOn] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [typed, setTyped] = useState('');
  const [checks, setChecks] = useState<Checks>({});
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const expected = confirmationFor(detail.person);

  const submit = async (event: Event) => {
    event.preventDefault();
    const dateProblem = requestDateProblem(requestedOn, today());
    const found: Checks = {
      requested_on: dateProblem ? t(DATE_TEXTS[dateProblem]) : undefined,
      legal_basis: legalBasis.trim() ? undefined : t('arco.cancel.legalBasisRequired'),
      confirmation: isConfirmed(expected, typed) ? undefined : t('arco.cancel.confirmWrong'),
    };
    setChecks(found);
    setError(null);
    if (found.requested_on || found.legal_basis || found.confirmation) return;
    setIsBusy(true);
    try {
      await arcoApi.cancel(detail.person.id, { requested_on: requestedOn, legal_basis: legalBasis.trim() });
      onCancelled();
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const server = fieldErrors(error);
  const confirmLabel = expected.kind === 'digits' ? t('arco.cancel.confirmDigits') : t('arco.cancel.confirmWord', { word: expected.value });
  return (
    <form onSubmit={submit} noValidate class="subform" data-testid="cancel-form">
      <TextField name="cancel_requested_on" type="date" label={t('arco.cancel.requestedOn')} value={requestedOn}
        onInput={setRequestedOn} error={checks.requested_on ?? server.requested_on} />
      <TextField name="cancel_legal_basis" label={t('arco.cancel.legalBasis')} hint={t('arco.cancel.legalBasisHint')} value={legalBasis}
        onInput={setLegalBasis} error={checks.legal_basis ?? server.legal_basis} maxLength={500} />
      <TextField name="cancel_confirmation" label={confirmLabel} value={typed} onInput={setTyped} error={checks.confirmation}
        autoComplete="off" inputMode={expected.kind === 'digits' ? 'numeric' : 'text'} />
      <ErrorSummary error={error} fields={['requested_on', 'legal_basis']} />
      <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('arco.cancel.busy') : t('arco.cancel.submit')}</button>
    </form>
  );
}

export function CancelPage({ personId, csrfToken, onSessionLost }: Props) {
  connectArco({ csrfToken, onSessionLost });
  const [detail, setDetail] = useState<PersonDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    arcoApi.getPerson(personId).then(setDetail, setError);
  }, [personId]);

  const back = `/people/${personId}`;
  const cancelled = () => {
    setFlash(t('arco.cancel.done'));
    navigate(back);
  };

  if (!detail) {
    return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  }
  return (
    <section class="card">
      <p><a href={back} onClick={onLinkClick}>{t('arco.cancel.back')}</a></p>
      <h1>{t('arco.cancel.title', { name: fullName(detail.person) })}</h1>
      {detail.cancelled ? <p class="alert">{t('arco.cancel.already')}</p> : (
        <>
          <p class="alert">{t('arco.cancel.warning')}</p>
          <CancellationFacts />
          <CancelForm detail={detail} onCancelled={cancelled} />
        </>
      )}
    </section>
  );
}
