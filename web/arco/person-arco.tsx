/**
 * The rights section of a person's page (ARCO, Ley 29733), for staff who answer her requests:
 * Access (a copy of her data, once the date of her written request is entered, which the server
 * keeps in the copy's audit row), Rectification (where the correction form is), Cancellation (a
 * link to its own deliberate page) and Opposition (withdrawing a consent). Lazily loaded by the
 * person page, only for roles that hold one of these rights, so the registry chunk stays small.
 */
import { useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { TextField } from '../ui/form.tsx';
import { today } from '../registry/format.ts';
import { requestDateProblem, type DateCheck } from './arco-rules.ts';
import { CopyLinks } from './copy-links.tsx';
import './setup.ts';

export interface PersonArcoProps {
  personId: string;
  canCopy: boolean;
  canCancel: boolean;
  /** Whether this user may open the correction form (else the section says who can). */
  canCorrect: boolean;
}

const DATE_TEXTS = {
  required: 'arco.access.needsDate',
  not_real: 'arco.check.dateNotReal',
  future: 'arco.check.dateFuture',
} as const satisfies Record<DateCheck, string>;

function CopyRequest({ personId }: { personId: string }) {
  const [requestedOn, setRequestedOn] = useState('');
  const problem = requestDateProblem(requestedOn, today());
  return (
    <>
      <p>{t('arco.access.intro')}</p>
      <TextField name="copy_requested_on" type="date" label={t('arco.access.requestedOn')} hint={t('arco.access.requestedOnHint')}
        value={requestedOn} onInput={setRequestedOn} error={problem && problem !== 'required' ? t(DATE_TEXTS[problem]) : undefined} />
      {problem === null
        ? <CopyLinks personId={personId} requestedOn={requestedOn} labels={{ json: t('arco.access.json'), pdf: t('arco.access.pdf') }} testId="data-copy-links" />
        : problem === 'required' && <p class="muted">{t(DATE_TEXTS.required)}</p>}
      <p class="muted">{t('arco.access.note')}</p>
    </>
  );
}

export function PersonArco({ personId, canCopy, canCancel, canCorrect }: PersonArcoProps) {
  return (
    <section aria-labelledby="arco-title" data-testid="arco">
      <h2 id="arco-title">{t('arco.title')}</h2>
      <p>{t('arco.intro')}</p>
      {canCopy && (
        <>
          <h3>{t('arco.access')}</h3>
          <CopyRequest personId={personId} />
        </>
      )}
      <h3>{t('arco.rectify')}</h3>
      {canCorrect
        ? <p>{t('arco.rectify.here')} <a href={`/people/${personId}/edit`} onClick={onLinkClick}>{t('arco.rectify.link')}</a></p>
        : <p>{t('arco.rectify.elsewhere')}</p>}
      {canCancel && (
        <>
          <h3>{t('arco.cancel')}</h3>
          <p><a class="button secondary" href={`/people/${personId}/cancellation`} onClick={onLinkClick}>{t('arco.cancel.link')}</a></p>
        </>
      )}
      <h3>{t('arco.oppose')}</h3>
      <p>{t('arco.oppose.text')}</p>
    </section>
  );
}
