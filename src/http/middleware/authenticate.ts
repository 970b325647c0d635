/**
 * Finds who is calling: a partner API key (Authorization: Bearer pallay_…) or a session cookie.
 * Cookie-authenticated writes must carry the session's CSRF token in X-CSRF-Token; API-key
 * calls need none, since browsers never attach them on their own.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../domain/errors.ts';
import { resolveApiKey } from '../../services/accounts/api-keys.service.ts';
import { resolveSession } from '../../services/accounts/sessions.service.ts';
import { isHttpsRequest } from '../client-address.ts';
import type { AppEnv, HttpDeps } from '../env.ts';

export const SESSION_COOKIE = 'pallay_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writes that start a session: a leftover cookie must not block them with a CSRF failure. */
const SESSION_STARTING_PATHS = new Set(['/api/auth/login', '/api/setup']);

export function authenticate(deps: HttpDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', undefined);
    c.set('sessionToken', undefined);
    c.set('session', undefined);
    const authorization = c.req.header('authorization');
    if (authorization) {
      const actor = /^Bearer\s+(\S+)$/i.test(authorization) ? await resolveApiKey(deps.services, authorization.split(/\s+/)[1]!) : undefined;
      if (!actor) throw new AppError('UNAUTHENTICATED', 'The API key is not valid or has been revoked');
      c.set('actor', actor);
      return next();
    }
    const token = SESSION_STARTING_PATHS.has(c.req.path) ? undefined : getCookie(c, SESSION_COOKIE);
    if (token && token.length <= 100) {
      const active = await resolveSession(deps.services, token);
      if (active) {
        const { user, session } = active;
        if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
          throw new AppError('FORBIDDEN', 'Missing or wrong X-CSRF-Token header for a signed-in write');
        }
        c.set('actor', { type: 'user', id: user.id, role: user.role, organisationId: user.organisationId });
        c.set('sessionToken', token);
        c.set('session', active);
      }
    }
    return next();
  };
}

export function setSessionCookie(c: Context<AppEnv>, deps: HttpDeps, token: string | null): void {
  setCookie(c, SESSION_COOKIE, token ?? '', {
    httpOnly: true,
    sameSite: 'Lax',
    secure: deps.secureCookies || isHttpsRequest(c, deps.trustProxy),
    path: '/',
    ...(token === null ? { maxAge: 0 } : {}),
  });
}
