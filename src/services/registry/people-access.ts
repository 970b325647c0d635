/**
 * Applies the registry's access rule (domain/registry/access.ts) with what only the database
 * knows: the actor's organisation subtree, her own person record, a person's organisations and
 * consents. Every registry service calls these before it reads or writes a person.
 */
import type { Actor } from '../../domain/auth/actor.ts';
import { peopleReach } from '../../domain/registry/access.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import type { Repos } from '../ports.ts';
import type { PeopleScope } from './ports.ts';

export async function peopleScope(repos: Repos, actor: Actor, today: string): Promise<PeopleScope> {
  switch (peopleReach(actor)) {
    case 'everyone':
      return { kind: 'all' };
    case 'subtree':
      return { kind: 'organisations', ids: actor.organisationId ? await repos.organisations.subtreeIds(actor.organisationId) : [] };
    case 'self':
      return { kind: 'self', personId: actor.type === 'user' ? ((await repos.users.findById(actor.id))?.personId ?? null) : null };
    case 'shared_by_consent':
      return { kind: 'shared', organisationId: actor.organisationId, today };
    case 'nobody':
      throw forbidden('Your role sees only aggregate figures, not individual people');
  }
}

/** Throws NOT_FOUND (not FORBIDDEN, so existence does not leak) unless the actor may see the person. */
export async function assertCanSeePerson(repos: Repos, actor: Actor, personId: string, today: string): Promise<void> {
  const scope = await peopleScope(repos, actor, today);
  if (await isInScope(repos, scope, personId)) return;
  throw new AppError('NOT_FOUND', 'Person not found');
}

/**
 * Refuses (409) a new record for a person merged into another, or whose data was cancelled at
 * her request (ARCO): on a merged record it would be lost from her kept record; on a cancelled
 * one it would give her an identity again. Unknown ids are left to the caller's own check.
 */
export async function assertTakesNewRecords(repos: Repos, personId: string): Promise<void> {
  const person = await repos.people.findById(personId);
  if (person?.merged_into_id) {
    throw new AppError('CONFLICT', 'This record was merged into another; record it on that one', { rule: 'person.merged', params: { merged_into_id: person.merged_into_id } });
  }
  if (person && (await repos.arco.isCancelled(personId))) {
    throw new AppError('CONFLICT', 'Her data was cancelled at her request; nothing new is recorded for this record', { rule: 'person.cancelled' });
  }
}

export async function isInScope(repos: Repos, scope: PeopleScope, personId: string): Promise<boolean> {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'self':
      return scope.personId === personId;
    case 'shared':
      return scope.organisationId !== null && (await repos.consents.isSharedWith(personId, scope.organisationId, scope.today));
    case 'organisations': {
      const theirs = await repos.people.organisationIdsOf(personId);
      return theirs.some((id) => scope.ids.includes(id));
    }
  }
}

/** Organisations a staff actor may act in: her subtree, or every one for network-wide actors. */
export async function assertCanActInOrganisation(repos: Repos, actor: Actor, organisationId: string): Promise<void> {
  if (peopleReach(actor) === 'everyone') return;
  if (!actor.organisationId) throw forbidden('Your account is not attached to an organisation');
  const ancestors = await repos.organisations.ancestorIds(organisationId);
  if (!ancestors.includes(actor.organisationId)) throw forbidden('That organisation is outside your network');
}
