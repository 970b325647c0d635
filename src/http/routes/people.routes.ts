/** The people registry over HTTP: search, register, read (audited), correct, consent. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { Uuid } from '../../contracts/common.ts';
import {
  ConsentEnvelope, ConsentInput, PersonDetail, PersonInput, PersonList, PersonSearch, PersonUpdate, PersonWriteOutput, WithdrawConsentInput,
} from '../../contracts/registry.ts';
import { addConsent, withdrawConsent } from '../../services/registry/consents.service.ts';
import { createPerson, getPerson, searchPeople, updatePerson } from '../../services/registry/people.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

const PersonParam = z.object({ id: Uuid });
const ConsentParam = z.object({ id: Uuid, consentId: Uuid });

export function peopleRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['registry'];

  app.openapi(
    createRoute({ method: 'get', path: '/api/people', tags, summary: 'Search people you may see (name in any order, DNI, phone, organisation, district, profile)',
      request: { query: PersonSearch }, responses: { 200: jsonResponse(PersonList, 'Matching people, summary fields only'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json(await searchPeople(deps.services, callContext(c), c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/people', tags, summary: 'Register a person (idempotent on the client-made id); returns likely duplicates',
      request: { body: jsonBody(PersonInput) }, responses: { 201: jsonResponse(PersonWriteOutput, 'Registered'), 200: jsonResponse(PersonWriteOutput, 'Already registered with this id'), ...problemResponses(400, 401, 403, 409) } }),
    async (c) => {
      const result = await createPerson(deps.services, callContext(c), c.req.valid('json'));
      return c.json(result, result.created ? 201 : 200);
    },
  );

  app.openapi(
    createRoute({ method: 'get', path: '/api/people/{id}', tags, summary: 'A full person record with consents and memberships (the read is audited)',
      request: { params: PersonParam }, responses: { 200: jsonResponse(PersonDetail, 'The person'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await getPerson(deps.services, callContext(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({ method: 'patch', path: '/api/people/{id}', tags, summary: 'Correct a person record; send the version you based the change on',
      request: { params: PersonParam, body: jsonBody(PersonUpdate) }, responses: { 200: jsonResponse(PersonWriteOutput, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json(await updatePerson(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/people/{id}/consents', tags, summary: 'Record a consent (registry, statistics, contact, or sharing with a named organisation)',
      request: { params: PersonParam, body: jsonBody(ConsentInput) }, responses: { 201: jsonResponse(ConsentEnvelope, 'Recorded'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ consent: await addConsent(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/people/{id}/consents/{consentId}/withdraw', tags, summary: 'Withdraw a consent; it stops counting at once',
      request: { params: ConsentParam, body: jsonBody(WithdrawConsentInput) }, responses: { 200: jsonResponse(ConsentEnvelope, 'Withdrawn'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => {
      const { id, consentId } = c.req.valid('param');
      return c.json({ consent: await withdrawConsent(deps.services, callContext(c), id, consentId, c.req.valid('json').withdrawn_on) }, 200);
    },
  );

  return app;
}
