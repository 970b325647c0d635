/**
 * First-administrator setup. On first start with no users, the server issues a one-time token
 * (valid 24 hours, stored as a hash) and prints a link; the person who opens it creates the
 * first admin. Nothing secret is created silently, and the token works once.
 */
import type { SetupInput, UserOutput } from '../../contracts/accounts.ts';
import { SYSTEM_ACTOR } from '../../domain/auth/actor.ts';
import { AppError } from '../../domain/errors.ts';
import type { ServiceDeps } from '../deps.ts';
import { randomToken, sha256Hex } from './secrets.ts';
import { insertUserAudited } from './users.service.ts';

export const SETUP_TOKEN_HOURS = 24;

export async function needsSetup(deps: ServiceDeps): Promise<boolean> {
  return (await deps.store.repos.users.count()) === 0;
}

/** Returns a fresh one-time token when no user exists yet, otherwise undefined. */
export async function issueSetupToken(deps: ServiceDeps): Promise<string | undefined> {
  if (!(await needsSetup(deps))) return undefined;
  const token = randomToken();
  const now = deps.clock();
  await deps.store.repos.setupTokens.insert(sha256Hex(token), now, new Date(now.getTime() + SETUP_TOKEN_HOURS * 3_600_000));
  return token;
}

export async function completeSetup(deps: ServiceDeps, input: SetupInput & { requestId: string | null }): Promise<UserOutput> {
  return deps.store.transaction(async (repos) => {
    const now = deps.clock();
    if ((await repos.users.count()) > 0) throw new AppError('CONFLICT', 'Pallay is already set up; sign in instead', { rule: 'setup.done' });
    if (!(await repos.setupTokens.markUsed(sha256Hex(input.token), now))) {
      throw new AppError('FORBIDDEN', 'This setup link is not valid or has expired; restart the server for a new one');
    }
    const ctx = { actor: SYSTEM_ACTOR, requestId: input.requestId };
    return insertUserAudited(repos, ctx, now, {
      username: input.username,
      display_name: input.display_name,
      password: input.password,
      role: 'admin',
      organisation_id: null,
    });
  });
}
