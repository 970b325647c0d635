/**
 * Data-subject rights over HTTP (ARCO, Ley 29733): the copy of her data (JSON or PDF) and the
 * cancellation. Rectification is PATCH /api/people/{id}; opposition is a consent withdrawal.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { CancellationInput, CancellationOutput, DataCopy, DataCopyQuery } from '../../contracts/arco.ts';
import { Uuid } from '../../contracts/common.ts';
import { cancelPerson } from '../../services/arco/cancellation.service.ts';
import { dataCopyPdf } from '../../services/arco/data-copy-pdf.ts';
import { getDataCopy } from '../../services/arco/data-copy.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

const PersonParam = z.object({ id: Uuid });

export function arcoRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['registry'];

  app.openapi(
    createRoute({ method: 'get', path: '/api/people/{id}/data-copy', tags, summary: 'ARCO access: everything held about her, as JSON or PDF (audited)',
      request: { params: PersonParam, query: DataCopyQuery },
      responses: {
        200: { description: 'Her data', content: { 'application/json': { schema: DataCopy }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
        ...problemResponses(400, 401, 403, 404),
      } }),
    async (c) => {
      const { format, requested_on: requestedOn } = c.req.valid('query');
      const copy = await getDataCopy(deps.services, callContext(c), c.req.valid('param').id, { requestedOn });
      const headers = { 'cache-control': 'no-store', 'content-disposition': `attachment; filename="datos-${copy.person_id}.${format}"` };
      if (format === 'pdf') return c.body(new Uint8Array(dataCopyPdf(copy)), 200, { ...headers, 'content-type': 'application/pdf' });
      return c.json(copy, 200, headers);
    },
  );

  app.openapi(
    createRoute({ method: 'post', path: '/api/people/{id}/cancellation', tags, summary: 'ARCO cancellation: erase her identity everywhere on her written request (irreversible)',
      request: { params: PersonParam, body: jsonBody(CancellationInput) },
      responses: { 200: jsonResponse(CancellationOutput, 'Cancelled'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json(await cancelPerson(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

  return app;
}
