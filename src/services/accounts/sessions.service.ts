/**
 * Signing in and out with a password and a session cookie. Sessions live in the database (any
 * instance can serve any request), end after a configurable idle time, and carry a CSRF token
 * that cookie-authenticated writes must echo. Failed logins are rate limited per username and
 * per client address; for case staff, a right password with a missing or wrong code is a failure.
 */
import type { SessionOutput } from '../../contracts/accounts.ts';
import type { Actor } from '../../domain/auth/actor.ts';
import { sessionExpiry } from '../../domain/auth/second-factor.ts';
import { AppError } from '../../domain/errors.ts';
import type { ServiceDeps } from '../deps.ts';
import { recordAudit } from '../deps.ts';
import type { SessionRecord, UserRecord } from '../ports.ts';
import { decoyPasswordHash, randomToken, sha256Hex, verifyPassword } from './secrets.ts';
import { checkLoginCode } from './totp.service.ts';
import { toUserOutput } from './user-view.ts';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 20;
/** Sessions are refreshed at most this often, so a busy client does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export interface LoginResult extends SessionOutput {
  /** The cookie value; only its SHA-256 is stored. */
  sessionToken: string;
}

async function assertNotRateLimited(deps: ServiceDeps, username: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const { byUsername, byIp } = await deps.store.repos.loginFailures.countSince(username, ip, since);
  if (byUsername >= MAX_FAILURES_PER_USERNAME || byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('RATE_LIMITED', `Too many failed sign-ins. Try again in ${LOGIN_WINDOW_MINUTES} minutes.`, {
      retryAfterSeconds: LOGIN_WINDOW_MINUTES * 60,
    });
  }
}

export async function login(deps: ServiceDeps, input: { username: string; password: string; totp_code?: string; ip: string; requestId: string | null }): Promise<LoginResult> {
  const now = deps.clock();
  const username = input.username.trim().toLowerCase();
  await assertNotRateLimited(deps, username, input.ip, now);
  const user = await deps.store.repos.users.findByUsername(username);
  const isValid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !isValid || user.disabledAt) {
    await deps.store.repos.loginFailures.record(username, input.ip, now);
    throw new AppError('UNAUTHENTICATED', 'Wrong username or password, or the account is disabled');
  }
  try {
    await checkLoginCode(deps.store.repos, user, input.totp_code, now);
  } catch (error) {
    // A right password without the right code counts as a failure too, missing or wrong: else a
    // stolen password could be tried against the code without limit. The usual two steps (password,
    // then code) cost nothing: a successful sign-in clears the username's failures.
    if (error instanceof AppError && error.code === 'UNAUTHENTICATED') await deps.store.repos.loginFailures.record(username, input.ip, now);
    throw error;
  }
  const sessionToken = randomToken();
  const session: SessionRecord = {
    tokenHash: sha256Hex(sessionToken),
    userId: user.id,
    csrfToken: randomToken(24),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: sessionExpiry({ role: user.role, createdAt: now, now, idleMinutes: deps.settings.sessionIdleMinutes }),
  };
  await deps.store.transaction(async (repos) => {
    await repos.sessions.insert(session);
    await repos.loginFailures.clearForUsername(username);
    const actor: Actor = { type: 'user', id: user.id, role: user.role, organisationId: user.organisationId };
    await recordAudit(repos, { actor, requestId: input.requestId }, now, { action: 'login', entity: 'user', entityId: user.id });
  });
  return { sessionToken, user: toUserOutput(user), csrf_token: session.csrfToken };
}

export interface ActiveSession {
  user: UserRecord;
  session: SessionRecord;
}

/** The session behind a cookie value, extended on use; undefined when unknown, idle too long or the user is disabled. */
export async function resolveSession(deps: ServiceDeps, sessionToken: string): Promise<ActiveSession | undefined> {
  const now = deps.clock();
  const tokenHash = sha256Hex(sessionToken);
  const session = await deps.store.repos.sessions.findActive(tokenHash, now);
  if (!session) return undefined;
  const user = await deps.store.repos.users.findById(session.userId);
  if (!user || user.disabledAt) return undefined;
  // Case staff sessions end 60 minutes after sign-in even if used all along (and if the role changed since).
  const expiresAt = sessionExpiry({ role: user.role, createdAt: session.createdAt, now, idleMinutes: deps.settings.sessionIdleMinutes });
  if (expiresAt.getTime() <= now.getTime()) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await deps.store.repos.sessions.touch(tokenHash, now, expiresAt);
  }
  return { user, session };
}

export async function logout(deps: ServiceDeps, input: { sessionToken: string; actor: Actor; requestId: string | null }): Promise<void> {
  const now = deps.clock();
  await deps.store.transaction(async (repos) => {
    await repos.sessions.delete(sha256Hex(input.sessionToken));
    await recordAudit(repos, { actor: input.actor, requestId: input.requestId }, now, { action: 'logout', entity: 'user', entityId: input.actor.id });
  });
}

export function sessionOutput(active: ActiveSession): SessionOutput {
  return { user: toUserOutput(active.user), csrf_token: active.session.csrfToken };
}

/**
 * Forgets what is no longer needed: expired sessions, and failed sign-ins (which hold client
 * addresses, personal data) once they are older than the rate-limit window.
 */
export async function purgeExpiredAccessRecords(deps: ServiceDeps): Promise<{ sessions: number; loginFailures: number }> {
  const now = deps.clock();
  const { repos } = deps.store;
  const sessions = await repos.sessions.deleteExpired(now);
  const loginFailures = await repos.loginFailures.deleteBefore(new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000));
  return { sessions, loginFailures };
}
