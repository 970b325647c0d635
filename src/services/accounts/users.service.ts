/**
 * User accounts: create, list, disable. Admins manage every account; coordinators list the
 * accounts of their organisation subtree. Disabling ends the user's sessions at once.
 */
import { uuidv7 } from 'uuidv7';
import type { UserCreateInput, UserOutput } from '../../contracts/accounts.ts';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import { checkPassword } from '../../domain/auth/password-policy.ts';
import { AppError, notFound, validationFailed } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertTakesNewRecords } from '../registry/people-access.ts';
import { hashPassword } from './secrets.ts';
import { toUserOutput } from './user-view.ts';

/** Inserts a user with its audit row; shared by the admin use case and first-admin setup. */
export async function insertUserAudited(repos: Repos, ctx: CallContext, at: Date, input: UserCreateInput): Promise<UserOutput> {
  const problems = checkPassword(input.password, input.username);
  if (problems.length > 0) throw validationFailed(problems);
  if (await repos.users.findByUsername(input.username)) {
    throw new AppError('CONFLICT', 'That username is taken', { details: [{ path: 'username', code: 'username.taken', message: 'is already taken' }] });
  }
  if (input.organisation_id && !(await repos.organisations.findById(input.organisation_id))) {
    throw validationFailed([{ path: 'organisation_id', code: 'organisation.unknown', message: 'no such organisation' }]);
  }
  if (input.person_id && !(await repos.people.findById(input.person_id))) {
    throw validationFailed([{ path: 'person_id', code: 'person.unknown', message: 'no such person' }]);
  }
  if (input.person_id) await assertTakesNewRecords(repos, input.person_id);
  const user = await repos.users.insert({
    id: input.id ?? uuidv7(),
    username: input.username,
    displayName: input.display_name,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    organisationId: input.organisation_id ?? null,
    personId: input.person_id ?? null,
  });
  const output = toUserOutput(user);
  await recordAudit(repos, ctx, at, { action: 'create', entity: 'user', entityId: user.id, after: output });
  return output;
}

export async function createUser(deps: ServiceDeps, ctx: CallContext, input: UserCreateInput): Promise<UserOutput> {
  authorize(ctx.actor, 'users.manage');
  return deps.store.transaction((repos) => insertUserAudited(repos, ctx, deps.clock(), input));
}

export async function listUsers(deps: ServiceDeps, ctx: CallContext): Promise<UserOutput[]> {
  authorize(ctx.actor, 'users.list');
  const { repos } = deps.store;
  if (isNetworkWide(ctx.actor)) return (await repos.users.list({})).map(toUserOutput);
  if (!ctx.actor.organisationId) return [];
  const organisationIds = await repos.organisations.subtreeIds(ctx.actor.organisationId);
  return (await repos.users.list({ organisationIds })).map(toUserOutput);
}

export async function disableUser(deps: ServiceDeps, ctx: CallContext, target: { id?: string; username?: string }): Promise<UserOutput> {
  authorize(ctx.actor, 'users.manage');
  return deps.store.transaction(async (repos) => {
    const before = target.id ? await repos.users.findById(target.id) : await repos.users.findByUsername(target.username ?? '');
    if (!before) throw notFound('User');
    if (ctx.actor.id === before.id) throw new AppError('CONFLICT', 'You cannot disable your own account', { rule: 'user.disable_self' });
    const now = deps.clock();
    const after = await repos.users.setDisabled(before.id, before.disabledAt ?? now);
    await repos.sessions.deleteForUser(before.id);
    const output = toUserOutput(after!);
    await recordAudit(repos, ctx, now, { action: 'disable', entity: 'user', entityId: before.id, before: toUserOutput(before), after: output });
    return output;
  });
}
