/** Organisations, memberships and the duplicate review queue over HTTP. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam } from '../../contracts/common.ts';
import {
  DuplicateDecision, DuplicateList, DuplicateOutcome, EndMembershipInput, MembershipEnvelope, MembershipInput, OrganisationDetail,
  OrganisationEnvelope, OrganisationInput, OrganisationList, OrganisationQuery, OrganisationUpdate,
} from '../../contracts/registry.ts';
import { listPendingDuplicates, resolveDuplicate } from '../../services/registry/duplicates.service.ts';
import { addMembership, endMembership } from '../../services/registry/memberships.service.ts';
import { createOrganisation, getOrganisation, listOrganisations, updateOrganisation } from '../../services/registry/organisations.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function organisationsRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['registry'];

  app.openapi(
    createRoute({ method: 'get', path: '/api/organisations', tags, summary: 'List organisations by name or kind',
      request: { query: OrganisationQuery }, responses: { 200: jsonResponse(OrganisationList, 'Organisations'), ...problemResponses(400, 401) } }),
    async (c) => c.json({ items: await listOrganisations(deps.services, callContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/organisations', tags, summary: 'Create an organisation inside your network',
      request: { body: jsonBody(OrganisationInput) }, responses: { 201: jsonResponse(OrganisationEnvelope, 'Created'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ organisation: await createOrganisation(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/organisations/{id}', tags, summary: 'An organisation with its members and the women\'s share of its board and assembly',
      request: { params: IdParam }, responses: { 200: jsonResponse(OrganisationDetail, 'The organisation'), ...problemResponses(400, 401, 404) } }),
    async (c) => c.json(await getOrganisation(deps.services, callContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/organisations/{id}', tags, summary: 'Edit an organisation; send the version you based the change on',
      request: { params: IdParam, body: jsonBody(OrganisationUpdate) }, responses: { 200: jsonResponse(OrganisationEnvelope, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ organisation: await updateOrganisation(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/memberships', tags, summary: 'Enrol a person in an organisation with a role',
      request: { body: jsonBody(MembershipInput) }, responses: { 201: jsonResponse(MembershipEnvelope, 'Enrolled'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ membership: await addMembership(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/memberships/{id}/end', tags, summary: 'End a membership on a date',
      request: { params: IdParam, body: jsonBody(EndMembershipInput) }, responses: { 200: jsonResponse(MembershipEnvelope, 'Ended'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ membership: await endMembership(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json').to_date) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/duplicates', tags, summary: 'Likely duplicate pairs awaiting review, best first',
      responses: { 200: jsonResponse(DuplicateList, 'Pending pairs you may see'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ items: await listPendingDuplicates(deps.services, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/duplicates/{id}', tags, summary: 'Merge a pair (keeping both histories) or mark it distinct for good',
      request: { params: IdParam, body: jsonBody(DuplicateDecision) }, responses: { 200: jsonResponse(DuplicateOutcome, 'Decided'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json(await resolveDuplicate(deps.services, callContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  );
  return app;
}
