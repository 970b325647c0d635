/** Liveness and readiness: answers only when the database answers. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { Health } from '../../contracts/common.ts';
import type { AppEnv, HttpDeps } from '../env.ts';
import { jsonResponse } from '../openapi.ts';

export function healthRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get', path: '/health', tags: ['operations'], summary: 'Server and database health',
      responses: { 200: jsonResponse(Health, 'Healthy') },
    }),
    async (c) => {
      await deps.services.store.ping();
      c.header('cache-control', 'no-store');
      return c.json({ status: 'ok' as const, db: deps.dbKind, version: deps.version }, 200);
    },
  );
  return app;
}
