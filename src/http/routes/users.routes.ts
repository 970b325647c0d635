/** User accounts and partner API keys, for administrators. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ApiKeyCreated, ApiKeyCreateInput, ApiKeyEnvelope, ApiKeyList, SessionsEnded, UserCreateInput, UserEnvelope, UserList } from '../../contracts/accounts.ts';
import { IdParam } from '../../contracts/common.ts';
import { createApiKey, listApiKeys, revokeApiKey } from '../../services/accounts/api-keys.service.ts';
import { endUserSessions } from '../../services/accounts/session-revocation.service.ts';
import { createUser, disableUser, listUsers } from '../../services/accounts/users.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function usersRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get', path: '/api/users', tags: ['accounts'], summary: 'List user accounts (admins: all; coordinators: their subtree)',
      responses: { 200: jsonResponse(UserList, 'Users'), ...problemResponses(401, 403) },
    }),
    async (c) => c.json({ items: await listUsers(deps.services, callContext(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/users', tags: ['accounts'], summary: 'Create a user account',
      request: { body: jsonBody(UserCreateInput) },
      responses: { 201: jsonResponse(UserEnvelope, 'The new user'), ...problemResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json({ user: await createUser(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/users/{id}/disable', tags: ['accounts'], summary: 'Disable a user account and end its sessions',
      request: { params: IdParam },
      responses: { 200: jsonResponse(UserEnvelope, 'The disabled user'), ...problemResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json({ user: await disableUser(deps.services, callContext(c), { id: c.req.valid('param').id }) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/users/{id}/sessions/revoke', tags: ['accounts'], summary: 'End every session of a user at once (the account stays enabled)',
      request: { params: IdParam },
      responses: { 200: jsonResponse(SessionsEnded, 'How many sessions ended'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await endUserSessions(deps.services, callContext(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api/api-keys', tags: ['accounts'], summary: 'List partner API keys (never their secrets)',
      responses: { 200: jsonResponse(ApiKeyList, 'API keys'), ...problemResponses(401, 403) },
    }),
    async (c) => c.json({ items: await listApiKeys(deps.services, callContext(c)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/api-keys', tags: ['accounts'], summary: 'Issue a partner API key; the secret is shown once',
      request: { body: jsonBody(ApiKeyCreateInput) },
      responses: { 201: jsonResponse(ApiKeyCreated, 'The key and its secret'), ...problemResponses(400, 401, 403) },
    }),
    async (c) => c.json(await createApiKey(deps.services, callContext(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/api/api-keys/{id}/revoke', tags: ['accounts'], summary: 'Revoke a partner API key at once',
      request: { params: IdParam },
      responses: { 200: jsonResponse(ApiKeyEnvelope, 'The revoked key'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json({ api_key: await revokeApiKey(deps.services, callContext(c), c.req.valid('param').id) }, 200),
  );

  return app;
}
