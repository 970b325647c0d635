/**
 * Ending sessions on purpose: a user ends every other session of hers (a phone left signed in
 * at the association, a shared computer), and an administrator ends every session of a user
 * (a lost phone, a suspected break-in) without disabling the account. Each is one transaction
 * with its audit row; the ended sessions stop working on their next request.
 */
import type { Actor } from '../../domain/auth/actor.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import { sha256Hex } from './secrets.ts';

/** Ends every session of the caller except the one she is using; returns how many ended. */
export async function endOtherSessions(deps: ServiceDeps, input: { actor: Actor; sessionToken: string | undefined; requestId: string | null }): Promise<{ ended: number }> {
  if (input.actor.type !== 'user' || !input.sessionToken) {
    throw new AppError('FORBIDDEN', 'Only a signed-in user (not an API key) can end her other sessions');
  }
  const keep = sha256Hex(input.sessionToken);
  const userId = input.actor.id;
  return deps.store.transaction(async (repos) => {
    const ended = await repos.sessions.deleteForUserExcept(userId, keep);
    await recordAudit(repos, { actor: input.actor, requestId: input.requestId }, deps.clock(), {
      action: 'end_other_sessions', entity: 'user', entityId: userId, after: { ended },
    });
    return { ended };
  });
}

/** An administrator ends every session of a user (her own included, if she asks); returns how many ended. */
export async function endUserSessions(deps: ServiceDeps, ctx: CallContext, userId: string): Promise<{ ended: number }> {
  authorize(ctx.actor, 'users.manage');
  return deps.store.transaction(async (repos) => {
    if (!(await repos.users.findById(userId))) throw notFound('User');
    const ended = await repos.sessions.deleteForUserExcept(userId, null);
    await recordAudit(repos, ctx, deps.clock(), { action: 'end_sessions', entity: 'user', entityId: userId, after: { ended } });
    return { ended };
  });
}
