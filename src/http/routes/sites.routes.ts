/** Mining sites and ore-selection authorisations over HTTP. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam } from '../../contracts/common.ts';
import { AuthorisationEnvelope, AuthorisationInput, SiteDetail, SiteEnvelope, SiteInput, SiteList, SiteQuery, SiteUpdate } from '../../contracts/sites.ts';
import { addAuthorisation, createSite, getSite, listSites, updateSite } from '../../services/registry/sites.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function sitesRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['registry'];
  app.openapi(
    createRoute({ method: 'get', path: '/api/sites', tags, summary: 'List mining sites by name or district', request: { query: SiteQuery },
      responses: { 200: jsonResponse(SiteList, 'Sites'), ...problemResponses(400, 401) } }),
    async (c) => c.json({ items: await listSites(deps.services, callContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/sites', tags, summary: 'Register a mining site', request: { body: jsonBody(SiteInput) },
      responses: { 201: jsonResponse(SiteEnvelope, 'Registered'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ site: await createSite(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/sites/{id}', tags, summary: 'A mining site with its ore-selection authorisations', request: { params: IdParam },
      responses: { 200: jsonResponse(SiteDetail, 'The site'), ...problemResponses(400, 401, 404) } }),
    async (c) => c.json(await getSite(deps.services, callContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/sites/{id}', tags, summary: 'Correct a mining site; send the version you based the change on',
      request: { params: IdParam, body: jsonBody(SiteUpdate) }, responses: { 200: jsonResponse(SiteEnvelope, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ site: await updateSite(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/sites/{id}/authorisations', tags, summary: 'Record an ore-selection authorisation for a person or an association',
      request: { params: IdParam, body: jsonBody(AuthorisationInput) }, responses: { 201: jsonResponse(AuthorisationEnvelope, 'Recorded'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ authorisation: await addAuthorisation(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  );
  return app;
}
