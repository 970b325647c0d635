/**
 * The public services directory over HTTP. Reads need no login (the discreet help pages call
 * them, and the list is public information), except measuring from a mining site (sites are not
 * public); writes need `services.manage`.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam } from '../../contracts/common.ts';
import {
  NearestList, NearestQuery, ServiceList, ServiceListQuery, ServicePointEnvelope, ServicePointInput, ServicePointUpdate,
} from '../../contracts/services-directory.ts';
import { createServicePoint, listServices, nearestServices, updateServicePoint } from '../../services/services-directory/directory.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function servicesDirectoryRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['services directory'];
  app.openapi(
    createRoute({ method: 'get', path: '/api/services', tags, summary: 'Service points (CEM, Línea 100, police, health, shelters…) by kind, place or name; public',
      request: { query: ServiceListQuery }, responses: { 200: jsonResponse(ServiceList, 'Service points, Línea 100 first'), ...problemResponses(400) } }),
    async (c) => {
      c.header('cache-control', 'no-store');
      return c.json({ items: await listServices(deps.services, c.req.valid('query')) }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/services/nearest', tags,
      summary: 'Nearest service points to a district (ubigeo) or coordinates (lat, lon), public; or to a mining site (site_id, signed in): great-circle km, Línea 100 always first',
      request: { query: NearestQuery }, responses: { 200: jsonResponse(NearestList, 'Línea 100, then the nearest first'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      c.header('cache-control', 'no-store');
      const ctx = c.get('actor') ? callContext(c) : undefined;
      return c.json({ items: await nearestServices(deps.services, c.req.valid('query'), ctx) }, 200);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/services', tags, summary: 'Add or correct a service point (by id)',
      request: { body: jsonBody(ServicePointInput) }, responses: { 201: jsonResponse(ServicePointEnvelope, 'Saved'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ service: await createServicePoint(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/services/{id}', tags,
      summary: 'Correct or archive a service point; send the version you based the change on (the shipped list never overwrites it again)',
      request: { params: IdParam, body: jsonBody(ServicePointUpdate) },
      responses: { 200: jsonResponse(ServicePointEnvelope, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ service: await updateServicePoint(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  return app;
}
