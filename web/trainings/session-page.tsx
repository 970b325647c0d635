/**
 * `/trainings/sessions/:id`: taking attendance on a phone. The names of the people enrolled in
 * the programme, each a large tick box; saving sends one mark per person. Each mark's id is
 * made here and kept until the server has it, so saving again after a dropped connection
 * records nothing twice. Problems (a session in the future) come back worded by rule. The sheet
 * (as saved on the server) downloads as CSV/Excel. A field user's list works with no signal
 * (attendance-offline.ts): the kept copy opens, and saving keeps the marks in the outbox.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { uuidv7 } from '../offline/uuidv7.ts';
import { isNoAnswer, isOffline } from '../offline/field-queue.ts';
import { formatWhen } from '../offline/use-field.ts';
import { DownloadLinks } from '../ui/download-links.tsx';
import { ErrorSummary } from '../ui/form.tsx';
import { loadSession, pendingAttendance, queueAttendance, withPendingMarks } from './attendance-offline.ts';
import { trainingsApi, type SessionAttendance } from './trainings-api.ts';

/** `owner`: the field user's id (her list kept on the phone and queued offline); none for online-only roles. */
export function SessionPage({ sessionId, owner }: { sessionId: string; owner?: string }) {
  const [view, setView] = useState<SessionAttendance | null>(null);
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [keptSince, setKeptSince] = useState<string | null>(null);
  const [isQueued, setIsQueued] = useState(false);
  /** Mark ids by person and value, kept until the server has them (a retry resends the same ids). */
  const markIds = useRef(new Map<string, string>());
  const show = (v: SessionAttendance) => {
    setView(v);
    setPresent(new Set(v.people.filter((p) => p.present).map((p) => p.person_id)));
  };
  useEffect(() => void loadSession(owner, sessionId).then(async (loaded) => {
    setKeptSince(loaded.isFromCache ? loaded.synced_at : null);
    show(owner ? withPendingMarks(loaded.value, await pendingAttendance(owner, sessionId)) : loaded.value);
  }).catch(setError), [sessionId, owner]);

  const toggle = (id: string) => {
    const next = new Set(present);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPresent(next);
    setSaved(null);
    setIsQueued(false);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (!view) return;
    setIsBusy(true);
    setError(null);
    const idOf = (key: string) => markIds.current.get(key) ?? markIds.current.set(key, uuidv7()).get(key)!;
    const marks = view.people.map((p) => ({ id: idOf(`${p.person_id}:${present.has(p.person_id)}`), person_id: p.person_id, present: present.has(p.person_id) }));
    // Kept on the phone with the ids just sent (a list that did arrive is recorded once); the next list gets new ids.
    const keepOnPhone = () => queueAttendance(owner!, sessionId, marks).then(() => {
      markIds.current.clear();
      setIsQueued(true);
    }, setError);
    try {
      // While lists of this session wait on the phone, a new one queues behind them (an older list never lands last).
      if (owner && (isOffline() || (await pendingAttendance(owner, sessionId)).length > 0)) return await keepOnPhone();
      const after = await trainingsApi.takeAttendance(sessionId, marks);
      markIds.current.clear();
      show(after);
      setSaved(after.session.present);
    } catch (err) {
      if (owner && isNoAnswer(err)) await keepOnPhone();
      else setError(err);
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
      {keptSince && <p class="hint" data-testid="attendance-kept">{t('training.keptCopy', { when: formatWhen(keptSince) })}</p>}
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
      {isQueued && <p class="alert" role="status" data-testid="attendance-queued">{t('training.attendanceQueued')}</p>}
      {saved !== null && <p class="alert" role="status" data-testid="attendance-saved">{t('training.attendanceSaved', { present: saved })}</p>}
      {view.people.length > 0 && <DownloadLinks path={trainingsApi.sessionPath(sessionId)} csvLabel={t('training.csv')} xlsxLabel={t('training.xlsx')} testId="attendance-downloads" />}
    </section>
  );
}
