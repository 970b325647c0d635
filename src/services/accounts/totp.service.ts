/**
 * Enrolling a TOTP second factor and checking it. A signed-in user starts enrolment and gets an
 * otpauth:// URI for her authenticator app; one valid code confirms it, and then every session of
 * hers ends so the next sign-in uses the code. Case staff without a confirmed factor are refused
 * referrals (assertSecondFactor). A confirmed factor is replaced only after an admin's reset
 * (resetTotp: a lost phone), which also ends her sessions. Secrets never reach logs or the audit log.
 */
import { randomBytes } from 'node:crypto';
import qrcode from 'qrcode-generator';
import { authorize, type Actor } from '../../domain/auth/actor.ts';
import { needsSecondFactor } from '../../domain/auth/second-factor.ts';
import { base32Encode, matchTotp, otpauthUri } from '../../domain/auth/totp.ts';
import { AppError, validationFailed } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';

const signedInUser = (actor: Actor) => {
  if (actor.type !== 'user') throw new AppError('FORBIDDEN', 'Only a signed-in user enrols a second factor');
  return actor.id;
};

export async function startTotpEnrolment(deps: ServiceDeps, ctx: CallContext): Promise<{ secret: string; otpauth_uri: string; qr_svg: string }> {
  const userId = signedInUser(ctx.actor);
  return deps.store.transaction(async (repos) => {
    const user = await repos.users.findById(userId);
    if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in again');
    if ((await repos.totpFactors.find(userId))?.confirmedAt) throw new AppError('CONFLICT', 'A second factor is already set up', { rule: 'totp.already_enrolled' });
    const secret = base32Encode(randomBytes(20));
    await repos.totpFactors.upsertPending(userId, secret);
    await recordAudit(repos, ctx, deps.clock(), { action: 'totp_enrol', entity: 'user', entityId: userId });
    const uri = otpauthUri({ issuer: 'Pallay', account: user.username, secretBase32: secret });
    return { secret, otpauth_uri: uri, qr_svg: qrSvg(uri) };
  });
}

export async function confirmTotpEnrolment(deps: ServiceDeps, ctx: CallContext, code: string): Promise<void> {
  const userId = signedInUser(ctx.actor);
  const now = deps.clock();
  await deps.store.transaction(async (repos) => {
    const factor = await repos.totpFactors.find(userId);
    if (!factor || factor.confirmedAt) throw new AppError('CONFLICT', 'No second factor is waiting for confirmation', { rule: 'totp.nothing_pending' });
    const step = matchTotp(factor.secret, code, now.getTime());
    if (step === null) throw validationFailed([{ path: 'code', code: 'totp.invalid', message: 'is not the current code of your authenticator app' }]);
    await repos.totpFactors.confirm(userId, now, step);
    await repos.sessions.deleteForUser(userId);
    await recordAudit(repos, ctx, now, { action: 'totp_confirm', entity: 'user', entityId: userId });
  });
}

/** For case staff: the login code, checked and used once. Throws UNAUTHENTICATED when missing or wrong. */
export async function checkLoginCode(repos: Repos, user: { id: string; role: Actor['role'] }, code: string | undefined, now: Date): Promise<void> {
  if (!needsSecondFactor(user.role)) return;
  const factor = await repos.totpFactors.find(user.id);
  if (!factor?.confirmedAt) return; // not enrolled yet: she may sign in to enrol, but not reach referrals
  if (!code) throw new AppError('UNAUTHENTICATED', 'Enter the code of your authenticator app', { rule: 'totp.required' });
  const step = matchTotp(factor.secret, code, now.getTime(), factor.lastStep);
  if (step === null || !(await repos.totpFactors.useStep(user.id, step))) throw new AppError('UNAUTHENTICATED', 'Wrong or already used code', { rule: 'totp.invalid' });
}

/** Case staff reach referrals only with a confirmed second factor (so every session of theirs used it). */
export async function assertSecondFactor(repos: Repos, actor: Actor): Promise<void> {
  if (actor.type !== 'user' || !needsSecondFactor(actor.role)) return;
  if (!(await repos.totpFactors.find(actor.id))?.confirmedAt) throw new AppError('FORBIDDEN', 'Set up your second factor (TOTP) first', { rule: 'totp.not_enrolled' });
}

/** The URI as an SVG QR code for the authenticator app to scan (error correction M). */
function qrSvg(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  return qr.createSvgTag({ cellSize: 4, margin: 4 });
}

/** An admin removes a user's second factor (lost phone): her sessions end and she enrols again. */
export async function resetTotp(deps: ServiceDeps, ctx: CallContext, input: { username: string }): Promise<void> {
  authorize(ctx.actor, 'users.manage');
  await deps.store.transaction(async (repos) => {
    const user = await repos.users.findByUsername(input.username);
    if (!user) throw new AppError('NOT_FOUND', 'No such user');
    await repos.totpFactors.remove(user.id);
    await repos.sessions.deleteForUser(user.id);
    await recordAudit(repos, ctx, deps.clock(), { action: 'totp_reset', entity: 'user', entityId: user.id });
  });
}
