/**
 * People in the registry: register (idempotent on the client-made id), correct (refusing stale
 * versions), read (audited: every full read by someone other than the person) and search.
 */
import { uuidv7 } from 'uuidv7';
import type { PersonInput, PersonOutput, PersonSearch, PersonUpdate } from '../../contracts/registry.ts';
import { peruDate } from '../../domain/shared/peru-date.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { withoutHiddenFields, peopleReach } from '../../domain/registry/access.ts';
import { AppError, notFound, versionConflict } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps, todayOf } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { findTakenDni, proposeTakenDniPair, withoutTakenDni } from './dni-taken.ts';
import { detectDuplicates, type PossibleDuplicate } from './duplicates.service.ts';
import { assertCanActInOrganisation, assertCanSeePerson, peopleScope } from './people-access.ts';
import { checkPersonFields, toNewPerson } from './person-record.ts';

export interface PersonWrite {
  person: PersonOutput;
  possible_duplicates: PossibleDuplicate[];
  created: boolean;
}

/** Inserts one person with her audit row and duplicate check; shared by the API and imports. */
export async function insertPerson(repos: Repos, ctx: CallContext, at: Date, input: PersonInput): Promise<PersonWrite> {
  const id = input.id ?? uuidv7();
  const existing = await repos.people.findById(id);
  if (existing) return { person: existing, possible_duplicates: [], created: false };
  const today = peruDate(at);
  const taken = await findTakenDni(repos, input, id);
  const fields = taken ? withoutTakenDni(input, taken) : input;
  await checkPersonFields(repos, fields, { today, selfId: id });
  const person = await repos.people.insert(toNewPerson(id, fields, ctx.actor.type === 'user' ? ctx.actor.id : null));
  if (input.organisation_id) {
    await repos.memberships.insert({ id: uuidv7(), person_id: id, organisation_id: input.organisation_id, role: 'member', from_date: today, to_date: null });
  }
  await recordAudit(repos, ctx, at, { action: 'create', entity: 'person', entityId: id, after: person });
  const likely = await detectDuplicates(repos, person);
  if (!taken) return { person, possible_duplicates: likely, created: true };
  // After the key-based scoring, so the pair keeps the DNI's evidence and score.
  const holder = await proposeTakenDniPair(repos, person, taken);
  return { person, possible_duplicates: [holder, ...likely.filter((d) => d.person.id !== holder.person.id)], created: true };
}

export async function createPerson(deps: ServiceDeps, ctx: CallContext, input: PersonInput): Promise<PersonWrite> {
  authorize(ctx.actor, 'people.write');
  if (peopleReach(ctx.actor) === 'self') throw new AppError('FORBIDDEN', 'Members correct their own record; they do not register others');
  return deps.store.transaction(async (repos) => {
    if (input.organisation_id) await assertCanActInOrganisation(repos, ctx.actor, input.organisation_id);
    else if (peopleReach(ctx.actor) !== 'everyone') {
      throw new AppError('VALIDATION_FAILED', 'Say which organisation she belongs to', { details: [{ path: 'organisation_id', code: 'organisation_id.required_for_role', message: 'is required for your role' }] });
    }
    return insertPerson(repos, ctx, deps.clock(), input);
  });
}

export async function updatePerson(deps: ServiceDeps, ctx: CallContext, id: string, change: PersonUpdate): Promise<PersonWrite> {
  authorize(ctx.actor, 'people.write');
  return deps.store.transaction(async (repos) => {
    const today = todayOf(deps);
    await assertCanSeePerson(repos, ctx.actor, id, today);
    const before = await repos.people.findById(id);
    if (!before) throw notFound('Person');
    if (before.merged_into_id) throw new AppError('CONFLICT', 'This record was merged into another; edit that one', { rule: 'person.merged' });
    // After a cancellation (ARCO) her identity must not come back through a correction.
    if (await repos.arco.isCancelled(id)) throw new AppError('CONFLICT', 'Her data was cancelled at her request; this record is closed', { rule: 'person.cancelled' });
    const { version, ...fields } = change;
    const merged = { ...before, ...fields };
    await checkPersonFields(repos, merged, { today, selfId: id });
    const after = await repos.people.update(id, version, toNewPerson(id, merged, null));
    if (!after) throw versionConflict('record', before.version);
    await recordAudit(repos, ctx, deps.clock(), { action: 'update', entity: 'person', entityId: id, before, after });
    return { person: after, possible_duplicates: await detectDuplicates(repos, after), created: false };
  });
}

/** A full record, with consents and memberships; the read is audited unless she reads her own. */
export async function getPerson(deps: ServiceDeps, ctx: CallContext, id: string) {
  authorize(ctx.actor, 'people.read');
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, id, todayOf(deps));
    const person = await repos.people.findById(id);
    if (!person) throw notFound('Person');
    const reach = peopleReach(ctx.actor);
    if (reach !== 'self') await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'person', entityId: id });
    return {
      person: withoutHiddenFields(person, reach),
      consents: reach === 'shared_by_consent' ? [] : await repos.consents.listForPerson(id),
      memberships: await repos.memberships.listForPerson(id),
      cancelled: await repos.arco.isCancelled(id),
    };
  });
}

export async function searchPeople(deps: ServiceDeps, ctx: CallContext, query: PersonSearch) {
  authorize(ctx.actor, 'people.read');
  const scope = await peopleScope(deps.store.repos, ctx.actor, todayOf(deps));
  return deps.store.repos.people.search(query, scope);
}
