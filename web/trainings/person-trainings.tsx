/**
 * A person's trainings (`/trainings/people/:id`, and a member's own at `/trainings`): each
 * programme she is enrolled in with the modules attended against its rule, a button to issue
 * the certificate once the rule is met (coordinators and leaders), and her certificates with
 * their PDF and public verification page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { trainingsApi, type Certificate, type PersonTrainings } from './trainings-api.ts';

const grouped = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

function CertificateItem({ c }: { c: Certificate }) {
  const pdf = trainingsApi.certificatePdfUrl(c.id);
  return (
    <li class={c.status === 'voided' ? 'voided' : undefined}>
      {t('training.certificateLine', { programme: c.programme_name, date: c.issued_on, code: grouped(c.code) })} ·{' '}
      {t(c.status === 'valid' ? 'training.certificateValid' : 'training.certificateVoided')}
      <br />
      <a href={pdf} download>{t('training.downloadPdf')}</a> · <a href={`/verify/${c.code}`} target="_blank" rel="noopener" data-testid="verify-link">{t('training.verifyLink')}</a>
    </li>
  );
}

export function PersonTrainingsView({ personId, title, canIssue }: { personId: string; title: string; canIssue: boolean }) {
  const [data, setData] = useState<PersonTrainings | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState<Certificate | null>(null);
  const ids = useRef(new Map<string, string>());
  const reload = () => trainingsApi.personTrainings(personId).then(setData, setError);
  useEffect(() => void reload(), [personId]);

  const issue = async (programmeId: string) => {
    setError(null);
    const id = ids.current.get(programmeId) ?? ids.current.set(programmeId, uuidv7()).get(programmeId)!;
    try {
      const { certificate } = await trainingsApi.issueCertificate({ id, person_id: personId, programme_id: programmeId });
      ids.current.delete(programmeId);
      setIssued(certificate);
      await reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section class="card">
      <p><a href="/trainings" onClick={onLinkClick}>{t('training.back')}</a></p>
      <h1>{title}</h1>
      <ErrorSummary error={error} />
      {issued && <p class="alert" role="status" data-testid="certificate-issued">{t('training.issued', { code: grouped(issued.code) })}</p>}
      {data === null ? (!error && <p class="loading">{t('app.loading')}</p>) : (
        <>
          <ul class="training-list" data-testid="progress">
            {data.programmes.map((p) => (
              <li key={p.programme_id}>
                <strong>{p.programme_name}</strong> · {t(p.complete ? 'training.complete' : 'training.incomplete')}
                <br />
                {t('training.progress', { attended: p.modules_attended, total: p.modules_total, required: p.modules_required })}
                {canIssue && p.complete && !p.certificate && (
                  <><br /><button type="button" class="primary" onClick={() => issue(p.programme_id)}>{t('training.issue')}</button></>
                )}
              </li>
            ))}
          </ul>
          <h2>{t('training.certificates')}</h2>
          {data.certificates.length === 0 ? <p>{t('training.noCertificates')}</p> : (
            <ul class="training-list" data-testid="certificates">{data.certificates.map((c) => <CertificateItem key={c.id} c={c} />)}</ul>
          )}
        </>
      )}
    </section>
  );
}
