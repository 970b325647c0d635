/**
 * Attendance with no signal, for the field roles (promoter, association leader): the session's
 * list of enrolled women is kept on the phone each time the screen opens online (working set,
 * sealed with her PIN), so it opens offline later; and a list saved with no network, or whose
 * request got no answer, goes into the outbox as `attendance.take` with the body it would
 * have sent (each mark's id made once on the phone, so the server records a resend once) and is
 * sent by the shared sync (`POST /api/sync` replays it on the attendance route). Marks still
 * waiting on the phone are shown ticked over the kept copy, so a reload offline keeps her ticks.
 * Other roles (coordinators, admins) have no PIN lock on the phone and stay online only.
 */
import type { OutboxItem } from '../offline/outbox-state.ts';
import { listOutbox, queueItem } from '../offline/outbox.ts';
import { syncOutbox } from '../offline/sync.ts';
import { uuidv7 } from '../offline/uuidv7.ts';
import { loadKept, type Loaded } from '../offline/working-set.ts';
import { keepLoadedAssetsOffline } from '../offline/keep-offline.ts';
import { trainingsApi, type SessionAttendance } from './trainings-api.ts';

export const ATTENDANCE_KIND = 'attendance.take';

export interface Mark {
  id: string;
  person_id: string;
  present: boolean;
}

export const attendanceUrl = (sessionId: string) => `/api/training-sessions/${encodeURIComponent(sessionId)}/attendance`;

/** The session as the server has it; for a field user kept on the phone, and the kept copy when offline. */
export async function loadSession(owner: string | undefined, sessionId: string): Promise<Loaded<SessionAttendance>> {
  if (!owner) return { value: await trainingsApi.session(sessionId), synced_at: new Date().toISOString(), isFromCache: false };
  keepLoadedAssetsOffline();
  return loadKept(owner, `training-session:${sessionId}`, () => trainingsApi.session(sessionId));
}

/** Keeps the marks in the outbox (stored before anything is sent), then tries to send them. */
export async function queueAttendance(owner: string, sessionId: string, marks: readonly Mark[]): Promise<void> {
  await queueItem({ id: uuidv7(), kind: ATTENDANCE_KIND, owner, method: 'POST', url: attendanceUrl(sessionId), body: { marks } });
  void syncOutbox();
}

/** The owner's attendance items for this session the server does not have yet, oldest first. */
export async function pendingAttendance(owner: string, sessionId: string): Promise<OutboxItem[]> {
  const url = attendanceUrl(sessionId);
  return (await listOutbox(owner, ATTENDANCE_KIND)).filter((i) => i.url === url && i.state !== 'synced');
}

/** The view with the waiting marks laid over it (the newest list wins), as the server will have it once they arrive. */
export function withPendingMarks(view: SessionAttendance, pending: readonly OutboxItem[]): SessionAttendance {
  const marked = new Map<string, boolean>();
  for (const item of pending) for (const m of (item.body as { marks?: Mark[] }).marks ?? []) marked.set(m.person_id, m.present);
  if (marked.size === 0) return view;
  return { ...view, people: view.people.map((p) => (marked.has(p.person_id) ? { ...p, present: marked.get(p.person_id)! } : p)) };
}
