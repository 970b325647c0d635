/**
 * Who may see a referral: its assigned case worker and its supervisor, nobody else. Everyone
 * else, whatever their role, is told the referral does not exist (NOT_FOUND), so a guessed id
 * learns nothing. Admins reach a referral only through break-glass (break-glass.service.ts).
 */
import type { ReferralOutput } from '../../contracts/referrals.ts';
import type { Actor } from '../../domain/auth/actor.ts';
import { hasPermission } from '../../domain/auth/roles.ts';
import { AppError } from '../../domain/errors.ts';
import { assertSecondFactor } from '../accounts/totp.service.ts';
import type { Repos } from '../ports.ts';

export const referralNotFound = () => new AppError('NOT_FOUND', 'Referral not found');

export function isAssigned(actor: Actor, referral: Pick<ReferralOutput, 'case_worker_id' | 'supervisor_id'>): boolean {
  return actor.type === 'user' && hasPermission(actor.role, 'referrals.read_assigned') && (referral.case_worker_id === actor.id || referral.supervisor_id === actor.id);
}

/** The referral, when the actor is assigned to it; NOT_FOUND otherwise. */
export async function loadAssigned(repos: Repos, actor: Actor, id: string): Promise<ReferralOutput> {
  await assertSecondFactor(repos, actor);
  const referral = await repos.referrals.find(id);
  if (!referral || !isAssigned(actor, referral)) throw referralNotFound();
  return referral;
}

/** The user id of a signed-in actor; referrals are never reached through API keys or the CLI. */
export function userIdOf(actor: Actor): string {
  if (actor.type !== 'user') throw new AppError('FORBIDDEN', 'Referrals are only reached by signed-in staff');
  return actor.id;
}
