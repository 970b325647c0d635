/** Sign in, who am I, sign out; and first-administrator setup. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { LoginInput, SessionOutput, SessionsEnded, SetupInput, SetupStatus, UserEnvelope } from '../../contracts/accounts.ts';
import { AppError } from '../../domain/errors.ts';
import { endOtherSessions } from '../../services/accounts/session-revocation.service.ts';
import { login, logout, sessionOutput } from '../../services/accounts/sessions.service.ts';
import { completeSetup, needsSetup } from '../../services/accounts/setup.service.ts';
import { clientIp } from '../client-address.ts';
import { requireActor, type AppEnv, type HttpDeps } from '../env.ts';
import { setSessionCookie } from '../middleware/authenticate.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function authRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();

  const loginRoute = createRoute({
    method: 'post', path: '/api/auth/login', tags: ['accounts'], summary: 'Sign in with a username and password',
    request: { body: jsonBody(LoginInput) },
    responses: { 200: jsonResponse(SessionOutput, 'Signed in; the session cookie is set'), ...problemResponses(400, 401, 429) },
  });
  app.openapi(loginRoute, async (c) => {
    const input = c.req.valid('json');
    const result = await login(deps.services, { ...input, ip: clientIp(c, deps.trustProxy), requestId: c.get('requestId') });
    setSessionCookie(c, deps, result.sessionToken);
    return c.json({ user: result.user, csrf_token: result.csrf_token }, 200);
  });

  const meRoute = createRoute({
    method: 'get', path: '/api/auth/me', tags: ['accounts'], summary: 'The signed-in user and the CSRF token for writes',
    responses: { 200: jsonResponse(SessionOutput, 'The current session'), ...problemResponses(401) },
  });
  app.openapi(meRoute, async (c) => {
    const active = c.get('session');
    if (!active) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    return c.json(sessionOutput(active), 200);
  });

  const logoutRoute = createRoute({
    method: 'post', path: '/api/auth/logout', tags: ['accounts'], summary: 'Sign out and end the session',
    responses: { 204: { description: 'Signed out' }, ...problemResponses(401, 403) },
  });
  app.openapi(logoutRoute, async (c) => {
    const actor = requireActor(c);
    const token = c.get('sessionToken');
    if (token) await logout(deps.services, { sessionToken: token, actor, requestId: c.get('requestId') });
    setSessionCookie(c, deps, null);
    return c.body(null, 204);
  });

  const revokeOthersRoute = createRoute({
    method: 'post', path: '/api/auth/sessions/revoke-others', tags: ['accounts'], summary: 'End every other session of the signed-in user (this one stays)',
    responses: { 200: jsonResponse(SessionsEnded, 'How many sessions ended'), ...problemResponses(401, 403) },
  });
  app.openapi(revokeOthersRoute, async (c) => {
    const ended = await endOtherSessions(deps.services, { actor: requireActor(c), sessionToken: c.get('sessionToken'), requestId: c.get('requestId') });
    return c.json(ended, 200);
  });

  const setupStatusRoute = createRoute({
    method: 'get', path: '/api/setup', tags: ['accounts'], summary: 'Whether the first administrator still has to be created',
    responses: { 200: jsonResponse(SetupStatus, 'Setup status') },
  });
  app.openapi(setupStatusRoute, async (c) => c.json({ needs_setup: await needsSetup(deps.services) }, 200));

  const setupRoute = createRoute({
    method: 'post', path: '/api/setup', tags: ['accounts'], summary: 'Create the first administrator with the one-time setup token',
    request: { body: jsonBody(SetupInput) },
    responses: { 201: jsonResponse(UserEnvelope, 'The first administrator'), ...problemResponses(400, 403, 409) },
  });
  app.openapi(setupRoute, async (c) => {
    const user = await completeSetup(deps.services, { ...c.req.valid('json'), requestId: c.get('requestId') });
    return c.json({ user }, 201);
  });

  return app;
}
