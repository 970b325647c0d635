/** Public look-ups in Peru's UBIGEO reference data. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { PlaceList, PlaceQuery } from '../../contracts/places.ts';
import { searchPlaces } from '../../services/places.service.ts';
import type { AppEnv, HttpDeps } from '../env.ts';
import { jsonResponse, problemResponses } from '../openapi.ts';

export function placesRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get', path: '/api/places', tags: ['reference data'],
      summary: 'Departments, provinces and districts by name (accent-insensitive), level, parent or code',
      request: { query: PlaceQuery },
      responses: { 200: jsonResponse(PlaceList, 'Matching places, departments first'), ...problemResponses(400) },
    }),
    async (c) => {
      c.header('cache-control', 'public, max-age=3600');
      return c.json({ items: await searchPlaces(deps.services, c.req.valid('query')) }, 200);
    },
  );
  return app;
}
