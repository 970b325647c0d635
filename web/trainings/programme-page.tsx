/**
 * `/trainings/programmes/:id`: a programme's modules and completion rule, the people enrolled
 * (each opens her trainings and certificates; the list downloads as CSV/Excel), enrolment, and
 * its sessions, with a form to add
 * one; a session opens the attendance screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { navigate, onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { DownloadLinks } from '../ui/download-links.tsx';
import { ErrorSummary } from '../ui/form.tsx';
import { EnrolBox } from './enrol-box.tsx';
import { percent } from './programmes-page.tsx';
import { SessionForm } from './session-form.tsx';
import { trainingsApi, type Enrolment, type Programme, type Session } from './trainings-api.ts';

interface Props {
  programmeId: string;
  user: SessionUser;
  canRecord: boolean;
}

export function ProgrammePage({ programmeId, user, canRecord }: Props) {
  const [programme, setProgramme] = useState<Programme | null>(null);
  const [enrolled, setEnrolled] = useState<Enrolment[]>([]);
  const [sessions, setSessions] = useState<Session[]>([]);
  const [error, setError] = useState<unknown>(null);
  const reload = () => {
    trainingsApi.programme(programmeId).then((r) => setProgramme(r.programme), setError);
    if (canRecord) {
      trainingsApi.enrolments(programmeId).then((l) => setEnrolled(l.items), setError);
      trainingsApi.sessions(programmeId).then((l) => setSessions(l.items), setError);
    }
  };
  useEffect(reload, [programmeId]);
  if (!programme) return <section class="card"><ErrorSummary error={error} />{!error && <p class="loading">{t('app.loading')}</p>}</section>;

  return (
    <section class="card">
      <p><a href="/trainings" onClick={onLinkClick}>{t('training.back')}</a></p>
      <h1>{programme.name}</h1>
      {programme.description && <p>{programme.description}</p>}
      <p>{t('training.rule', { percent: percent(programme.min_module_share) })}</p>
      <h2>{t('training.modules')}</h2>
      <ol>{programme.modules.map((m) => <li key={m.id}>{m.title}</li>)}</ol>
      <ErrorSummary error={error} />
      {canRecord && (
        <>
          <h2>{t('training.sessions')}</h2>
          {sessions.length === 0 ? <p>{t('training.noSessions')}</p> : (
            <ul class="training-list" data-testid="sessions">
              {sessions.map((s) => (
                <li key={s.id}>
                  <a href={`/trainings/sessions/${s.id}`} onClick={onLinkClick}>{t('training.sessionLine', { date: s.held_on, module: s.module_title, present: s.present })}</a>
                </li>
              ))}
            </ul>
          )}
          <SessionForm programme={programme} user={user} onCreated={(id) => navigate(`/trainings/sessions/${id}`)} />
          <h2>{t('training.enrolled')}</h2>
          {enrolled.length === 0 ? <p>{t('training.noEnrolled')}</p> : (
            <ul class="training-list" data-testid="enrolled">
              {enrolled.map((e) => <li key={e.person_id}><a href={`/trainings/people/${e.person_id}`} onClick={onLinkClick}>{e.name}</a></li>)}
            </ul>
          )}
          {enrolled.length > 0 && <DownloadLinks path={trainingsApi.enrolmentsPath(programme.id)} csvLabel={t('training.csv')} xlsxLabel={t('training.xlsx')} testId="enrolled-downloads" />}
          <EnrolBox programmeId={programme.id} onEnrolled={reload} />
        </>
      )}
    </section>
  );
}
