/**
 * `/trainings/sessions/:id`: taking attendance on a phone. The names of the people enrolled in
 * the programme, each a large tick box; saving sends one mark per person. Each mark's id is
 * made here and kept until the server has it, so saving again after a dropped connection
 * records nothing twice. Problems (a session in the future) come back worded by rule. The sheet
 * (as saved on the server) downloads as CSV/Excel.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { DownloadLinks } from '../ui/download-links.tsx';
import { ErrorSummary } from '../ui/form.tsx';
import { trainingsApi, type SessionAttendance } from './trainings-api.ts';

export function SessionPage({ sessionId }: { sessionId: string }) {
  const [view, setView] = useState<SessionAttendance | null>(null);
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  /** Mark ids by person and value, kept until the server has them (a retry resends the same ids). */
  const markIds = useRef(new Map<string, string>());
  const show = (v: SessionAttendance) => {
    setView(v);
    setPresent(new Set(v.people.filter((p) => p.present).map((p) => p.person_id)));
  };
  useEffect(() => void trainingsApi.session(sessionId).then(show, setError), [sessionId]);

  const toggle = (id: string) => {
    const next = new Set(present);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPresent(next);
    setSaved(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (!view) return;
    setIsBusy(true);
    setError(null);
    const idOf = (key: string) => markIds.current.get(key) ?? markIds.current.set(key, uuidv7()).get(key)!;
    const marks = view.people.map((p) => ({ id: idOf(`${p.person_id}:${present.has(p.person_id)}`), person_id: p.person_id, present: present.has(p.person_id) }));
    try {
      const after = await trainingsApi.takeAttendance(sessionId, marks);
      markIds.current.clear();
      show(after);
      setSaved(after.session.present);
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  if (!view) return <section class="card"><ErrorSummary error={error} />{!error && <p class="loading">{t('app.loading')}</p>}</section>;
  const { session } = view;
  return (
    <section class="card">
      <p><a href={`/trainings/programmes/${session.programme_id}`} onClick={onLinkClick}>{t('training.backToProgramme')}</a></p>
      <h1>{t('training.attendance')}</h1>
      <p><strong>{session.programme_name}</strong> · {session.module_title}<br />{session.held_on} · {session.place} · {session.facilitator}</p>
      {view.people.length === 0 ? <p>{t('training.noEnrolled')}</p> : (
        <form onSubmit={save}>
          <p class="hint">{t('training.attendanceHint')}</p>
          <ul class="tick-list attendance" data-testid="attendance">
            {view.people.map((p) => (
              <li key={p.person_id}>
                <label><input type="checkbox" checked={present.has(p.person_id)} onChange={() => toggle(p.person_id)} /> {p.name}</label>
              </li>
            ))}
          </ul>
          <ErrorSummary error={error} />
          <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('training.saving') : t('training.saveAttendance')}</button>
        </form>
      )}
      {saved !== null && <p class="alert" role="status" data-testid="attendance-saved">{t('training.attendanceSaved', { present: saved })}</p>}
      {view.people.length > 0 && <DownloadLinks path={trainingsApi.sessionPath(sessionId)} csvLabel={t('training.csv')} xlsxLabel={t('training.xlsx')} testId="attendance-downloads" />}
    </section>
  );
}
