/**
 * Training factories for integration and end-to-end tests: a four-module programme (75% rule),
 * sessions of its modules dated before the test clock's day, enrolments and attendance marks
 * with client-made ids.
 */
import { uuidv7 } from 'uuidv7';
import type { Session, TestApp } from './app.ts';

export interface Programme {
  id: string;
  modules: { id: string; title: string }[];
}

export async function createProgramme(t: TestApp, session: Session, extra: Record<string, unknown> = {}): Promise<Programme> {
  const res = await t.request('POST', '/api/programmes', {
    session, body: { id: uuidv7(), name: 'Educación financiera', modules: [{ title: 'Ahorro' }, { title: 'Ingresos' }, { title: 'Negocios' }, { title: 'Planes' }], ...extra },
  });
  if (res.status !== 201) throw new Error(`programme: ${res.status} ${await res.text()}`);
  return (await res.json()).programme;
}

export async function createSession(t: TestApp, session: Session, body: { programme_id: string; module_id: string; organisation_id: string; held_on?: string }): Promise<string> {
  const res = await t.request('POST', '/api/training-sessions', {
    session, body: { id: uuidv7(), held_on: '2026-02-20', district: '211002', place: 'Local comunal', facilitator: 'Elena Ccama', ...body },
  });
  if (res.status !== 201) throw new Error(`session: ${res.status} ${await res.text()}`);
  return (await res.json()).session.id;
}

export async function enrol(t: TestApp, session: Session, programmeId: string, personIds: string[]): Promise<void> {
  const res = await t.request('POST', `/api/programmes/${programmeId}/enrolments`, { session, body: { person_ids: personIds } });
  if (res.status !== 201) throw new Error(`enrol: ${res.status} ${await res.text()}`);
}

export const marks = (personIds: string[], present = true) => ({ marks: personIds.map((person_id) => ({ id: uuidv7(), person_id, present })) });

/** Sessions of the first `count` modules, each attended by the people. */
export async function attendModules(t: TestApp, session: Session, p: Programme, organisationId: string, personIds: string[], count: number, heldOn = '2026-02-20'): Promise<void> {
  for (const module of p.modules.slice(0, count)) {
    const sessionId = await createSession(t, session, { programme_id: p.id, module_id: module.id, organisation_id: organisationId, held_on: heldOn });
    const res = await t.request('POST', `/api/training-sessions/${sessionId}/attendance`, { session, body: marks(personIds) });
    if (res.status !== 200) throw new Error(`attendance: ${res.status} ${await res.text()}`);
  }
}
