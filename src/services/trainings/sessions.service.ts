/**
 * Training sessions and enrolments: a promoter or leader schedules a session of one module in
 * her organisation, enrols the people she can see in a programme, and opens a session to take
 * attendance from the list of enrolled people. Creates are idempotent on the client-made id.
 */
import { uuidv7 } from 'uuidv7';
import type { SessionAttendance, SessionInput, SessionOutput } from '../../contracts/trainings.ts';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import { notFound, validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation, isInScope, peopleScope } from '../registry/people-access.ts';
import { getProgrammeRecord } from './programmes.service.ts';
import type { Enrolment } from './ports.ts';
import { mapInOrder } from '../../domain/shared/in-order.ts';

const actorId = (ctx: CallContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

/** The session, if the actor may act in its organisation; otherwise NOT_FOUND (existence does not leak). */
export async function getSessionInScope(repos: Repos, ctx: CallContext, id: string): Promise<SessionOutput> {
  const session = await repos.trainings.findSession(id);
  if (!session) throw notFound('Session');
  try {
    await assertCanActInOrganisation(repos, ctx.actor, session.organisation_id);
  } catch {
    throw notFound('Session');
  }
  return session;
}

export async function createSession(deps: ServiceDeps, ctx: CallContext, input: SessionInput): Promise<SessionOutput> {
  authorize(ctx.actor, 'trainings.attendance');
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    if (await repos.trainings.findSession(id)) return getSessionInScope(repos, ctx, id);
    const problems: FieldProblem[] = [];
    const programme = await repos.trainings.findProgramme(input.programme_id);
    if (!programme) problems.push({ path: 'programme_id', code: 'programme.unknown', message: 'no such programme' });
    else if (!programme.modules.some((m) => m.id === input.module_id)) {
      problems.push({ path: 'module_id', code: 'module.not_in_programme', message: 'is not a module of this programme' });
    }
    if (input.district && !(await repos.places.isDistrict(input.district))) problems.push({ path: 'district', code: 'district.unknown', message: 'is not a district code' });
    if (!(await repos.orgs.findById(input.organisation_id))) problems.push({ path: 'organisation_id', code: 'organisation.unknown', message: 'no such organisation' });
    if (problems.length) throw validationFailed(problems);
    await assertCanActInOrganisation(repos, ctx.actor, input.organisation_id);
    await repos.trainings.insertSession({
      id, programme_id: input.programme_id, module_id: input.module_id, held_on: input.held_on, district: input.district ?? null,
      place: input.place, facilitator: input.facilitator, organisation_id: input.organisation_id, created_by: actorId(ctx),
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'training_session', entityId: id, after: input });
    return (await repos.trainings.findSession(id))!;
  });
}

export async function listSessions(deps: ServiceDeps, ctx: CallContext, programmeId?: string): Promise<SessionOutput[]> {
  authorize(ctx.actor, 'trainings.attendance');
  const repos = deps.store.repos;
  const organisationIds = isNetworkWide(ctx.actor) ? null : ctx.actor.organisationId ? await repos.organisations.subtreeIds(ctx.actor.organisationId) : [];
  return repos.trainings.listSessions({ programmeId, organisationIds });
}

/** The session with every enrolled person the actor can see and her mark, for the attendance screen. */
export async function sessionAttendance(deps: ServiceDeps, ctx: CallContext, id: string): Promise<SessionAttendance> {
  authorize(ctx.actor, 'trainings.attendance');
  const repos = deps.store.repos;
  const session = await getSessionInScope(repos, ctx, id);
  const marks = await repos.trainings.sessionMarks(id);
  const people = await visibleEnrolments(deps, repos, ctx, session.programme_id);
  return { session, people: people.map((p) => ({ person_id: p.person_id, name: p.name, present: marks.get(p.person_id) ?? null })) };
}

async function visibleEnrolments(deps: ServiceDeps, repos: Repos, ctx: CallContext, programmeId: string): Promise<Enrolment[]> {
  const scope = await peopleScope(repos, ctx.actor, todayOf(deps));
  const all = await repos.trainings.listEnrolments(programmeId);
  const visible = await mapInOrder(all, (e) => isInScope(repos, scope, e.person_id));
  return all.filter((_, i) => visible[i]);
}

export async function listEnrolments(deps: ServiceDeps, ctx: CallContext, programmeId: string): Promise<Enrolment[]> {
  authorize(ctx.actor, 'trainings.attendance');
  await getProgrammeRecord(deps.store.repos, programmeId);
  return visibleEnrolments(deps, deps.store.repos, ctx, programmeId);
}

/** Enrols people the actor can see; an unknown or unreachable person is named by position, nothing written. */
export async function enrolPeople(deps: ServiceDeps, ctx: CallContext, programmeId: string, input: { person_ids: string[]; enrolled_on?: string }): Promise<Enrolment[]> {
  authorize(ctx.actor, 'trainings.attendance');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    await getProgrammeRecord(repos, programmeId);
    const scope = await peopleScope(repos, ctx.actor, today);
    const problems: FieldProblem[] = [];
    for (const [i, personId] of input.person_ids.entries()) {
      const person = await repos.people.findById(personId);
      if (!person || person.merged_into_id || !(await isInScope(repos, scope, personId))) {
        problems.push({ path: `person_ids.${i}`, code: 'person.unknown', message: 'no such person in your organisations' });
      }
    }
    if (input.enrolled_on && input.enrolled_on > today) problems.push({ path: 'enrolled_on', code: 'date.in_future', message: 'cannot be in the future' });
    if (problems.length) throw validationFailed(problems);
    const added = await repos.trainings.enrol(programmeId, [...new Set(input.person_ids)], input.enrolled_on ?? today, actorId(ctx));
    await recordAudit(repos, ctx, deps.clock(), { action: 'enrol', entity: 'training_programme', entityId: programmeId, after: { person_ids: input.person_ids, added } });
    return visibleEnrolments(deps, repos, ctx, programmeId);
  });
}
