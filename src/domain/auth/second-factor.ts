/**
 * Accounts that reach confidential referrals (case workers and supervisors) sign in with a second
 * factor (TOTP) and their sessions last at most 60 minutes from sign-in, whatever the idle
 * setting says. Everyone else keeps the idle rule alone.
 */
import type { Role } from './roles.ts';

export const SECOND_FACTOR_ROLES: readonly Role[] = ['case_worker', 'case_supervisor'];
export const CASE_SESSION_MAX_MINUTES = 60;

export const needsSecondFactor = (role: Role) => SECOND_FACTOR_ROLES.includes(role);

/** When a session used at `now` expires: idle time from now, capped at 60 minutes from sign-in for case staff. */
export function sessionExpiry(opts: { role: Role; createdAt: Date; now: Date; idleMinutes: number }): Date {
  const idle = opts.now.getTime() + opts.idleMinutes * 60_000;
  if (!needsSecondFactor(opts.role)) return new Date(idle);
  return new Date(Math.min(idle, opts.createdAt.getTime() + CASE_SESSION_MAX_MINUTES * 60_000));
}
