/**
 * Indicators over HTTP: POST a spec with its source (a stored survey, or the live registry) and
 * up to two disaggregations; the answer is the report `pallay indicators --format json` prints
 * (docs/indicators.md). A POST because the spec is a document, but it writes nothing.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IndicatorAnswer, IndicatorQuery } from '../../contracts/indicator-queries.ts';
import { queryIndicators } from '../../services/surveys/indicators.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function indicatorsRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'post', path: '/api/indicators', tags: ['surveys'],
      summary: 'Indicators of a stored survey or of the registry: n, value, 95% CI per group, small cells suppressed (bad specs: 400 naming each field)',
      request: { body: jsonBody(IndicatorQuery) },
      responses: { 200: jsonResponse(IndicatorAnswer, 'The indicator report'), ...problemResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await queryIndicators(deps.services, callContext(c), c.req.valid('json')), 200),
  );
  return app;
}
