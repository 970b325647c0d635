/**
 * Break-glass: an admin has no access to referrals, except one at a time in an emergency with a
 * written reason. The access is stored with its reason, audited (as the break-glass and as a read)
 * and the referral's supervisor is notified, so no such read goes unnoticed. Supervisors list
 * their notifications here too, and mark them read: only the recipient may, anyone else is told
 * the notification does not exist.
 */
import { uuidv7 } from 'uuidv7';
import type { BreakGlassInput, ReferralOutput } from '../../contracts/referrals.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertSecondFactor } from '../accounts/totp.service.ts';
import { referralNotFound, userIdOf } from './access.ts';

export async function breakGlassRead(deps: ServiceDeps, ctx: CallContext, id: string, input: BreakGlassInput): Promise<ReferralOutput> {
  authorize(ctx.actor, 'referrals.break_glass');
  const userId = userIdOf(ctx.actor);
  return deps.store.transaction(async (repos) => {
    const referral = await repos.referrals.find(id);
    if (!referral) throw referralNotFound();
    const at = deps.clock();
    const accessId = uuidv7();
    await repos.referrals.insertBreakGlass({ id: accessId, referral_id: id, user_id: userId, reason: input.reason, at });
    const admin = await repos.users.findById(userId);
    await repos.referrals.insertNotification({
      id: uuidv7(), recipient_id: referral.supervisor_id, referral_id: id, kind: 'break_glass', at,
      message: `${admin?.displayName ?? 'An administrator'} opened this referral by break-glass: ${input.reason}`,
    });
    await recordAudit(repos, ctx, at, { action: 'break_glass', entity: 'referral', entityId: id, after: { access_id: accessId, reason: input.reason, notified: referral.supervisor_id } });
    await recordAudit(repos, ctx, at, { action: 'read', entity: 'referral', entityId: id, after: { break_glass: accessId } });
    return referral;
  });
}

export async function myNotifications(deps: ServiceDeps, ctx: CallContext) {
  authorize(ctx.actor, 'referrals.supervise');
  await assertSecondFactor(deps.store.repos, ctx.actor);
  return deps.store.repos.referrals.notifications(userIdOf(ctx.actor));
}

/** The recipient marks one of her notifications read; a second mark changes nothing. Audited. */
export async function markNotificationRead(deps: ServiceDeps, ctx: CallContext, id: string): Promise<void> {
  authorize(ctx.actor, 'referrals.supervise');
  const userId = userIdOf(ctx.actor);
  await deps.store.transaction(async (repos) => {
    await assertSecondFactor(repos, ctx.actor);
    const at = deps.clock();
    if (!(await repos.referrals.markNotificationRead(id, userId, at))) throw new AppError('NOT_FOUND', 'Notification not found');
    await recordAudit(repos, ctx, at, { action: 'read_notification', entity: 'referral_notification', entityId: id });
  });
}
