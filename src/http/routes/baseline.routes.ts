/**
 * The study baseline over HTTP: the published percentages by profile and the sample by region,
 * which the dashboard shows beside every value. Read-only reference data, so the browser may
 * keep it for an hour (private: it is behind a login).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { Baseline } from '../../contracts/indicator-queries.ts';
import { getBaseline } from '../../services/surveys/baseline.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonResponse, problemResponses } from '../openapi.ts';

export function baselineRoutes(_deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get', path: '/api/baseline', tags: ['surveys'],
      summary: 'The published baseline of the study "Women and Men of Gold" (854 people): percentages by profile and the sample by region',
      responses: { 200: jsonResponse(Baseline, 'Published figures and sample'), ...problemResponses(401, 403) },
    }),
    async (c) => {
      const baseline = await getBaseline(callContext(c));
      c.header('cache-control', 'private, max-age=3600');
      return c.json(baseline, 200);
    },
  );
  return app;
}
