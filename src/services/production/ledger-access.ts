/**
 * Who may read and write whose production ledger. A member keeps her own lots and sales (the
 * person her account is linked to) and nobody else's; staff keep those of the women they can
 * see (their subtree) and of the associations inside their subtree. Reads that fail say
 * NOT_FOUND, so a record's existence does not leak; a member writing for another woman is
 * FORBIDDEN with a rule a phone can word.
 */
import type { Actor } from '../../domain/auth/actor.ts';
import { AppError, validationFailed } from '../../domain/errors.ts';
import { peopleReach } from '../../domain/registry/access.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation, assertCanSeePerson } from '../registry/people-access.ts';
import type { LedgerOwner } from './ports.ts';

/** The person a member's account stands for, or null. */
async function ownPersonId(repos: Repos, actor: Actor): Promise<string | null> {
  return actor.type === 'user' ? ((await repos.users.findById(actor.id))?.personId ?? null) : null;
}

/** The ledger named by a query or an input: exactly one of a person and an organisation. */
export function ledgerOwner(personId: string | null | undefined, organisationId: string | null | undefined, path = 'owner_person_id'): LedgerOwner {
  if (personId && !organisationId) return { personId };
  if (organisationId && !personId) return { organisationId };
  throw validationFailed([{ path, code: 'ledger.one_owner', message: 'name either one person or one association' }]);
}

/** The ledger a member means when she names none: her own. */
export async function defaultOwner(repos: Repos, actor: Actor): Promise<LedgerOwner | undefined> {
  if (peopleReach(actor) !== 'self') return undefined;
  const personId = await ownPersonId(repos, actor);
  return personId ? { personId } : undefined;
}

export async function assertCanReadLedger(repos: Repos, actor: Actor, owner: LedgerOwner, today: string): Promise<void> {
  if ('personId' in owner) return assertCanSeePerson(repos, actor, owner.personId, today);
  if (peopleReach(actor) === 'self') throw new AppError('NOT_FOUND', 'Organisation ledger not found');
  try {
    await assertCanActInOrganisation(repos, actor, owner.organisationId);
  } catch {
    throw new AppError('NOT_FOUND', 'Organisation ledger not found');
  }
}

/** Throws unless the actor may record lots and sales for this owner (who must exist and be current). */
export async function assertCanWriteLedger(repos: Repos, actor: Actor, owner: LedgerOwner, today: string): Promise<void> {
  if (peopleReach(actor) === 'self') {
    const own = await ownPersonId(repos, actor);
    if (!('personId' in owner) || owner.personId !== own) {
      throw new AppError('FORBIDDEN', 'A member records only her own lots and sales', { rule: 'production.own_records_only' });
    }
  }
  if ('personId' in owner) {
    await assertCanSeePerson(repos, actor, owner.personId, today);
    const person = await repos.people.findById(owner.personId);
    if (!person) throw validationFailed([{ path: 'owner_person_id', code: 'person.unknown', message: 'no such person' }]);
    if (person.merged_into_id) {
      throw new AppError('CONFLICT', 'This record was merged into another; record production on that one', { rule: 'person.merged' });
    }
    return;
  }
  if (!(await repos.orgs.findById(owner.organisationId))) {
    throw validationFailed([{ path: 'owner_organisation_id', code: 'organisation.unknown', message: 'no such organisation' }]);
  }
  await assertCanActInOrganisation(repos, actor, owner.organisationId);
}
