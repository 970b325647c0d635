/**
 * The production ledger over HTTP: ore lots and the sales made from them, each sale with the
 * fair value it was measured at. Lists name one ledger (`person_id` or `organisation_id`); a
 * member who names none gets her own.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam } from '../../contracts/common.ts';
import { LedgerQuery, LotEnvelope, LotInput, LotList, LotUpdate, OpenLotList, OpenLotsQuery, SaleEnvelope, SaleInput, SaleList } from '../../contracts/production.ts';
import { createLot, getLot, listLots, updateLot } from '../../services/production/lots.service.ts';
import { listOpenLots } from '../../services/production/open-lots.service.ts';
import { getSale, listSales, recordSale } from '../../services/production/sales.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function productionRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['production'];
  app.openapi(
    createRoute({ method: 'get', path: '/api/lots', tags, summary: "A woman's or an association's ore lots, newest season first", request: { query: LedgerQuery },
      responses: { 200: jsonResponse(LotList, 'Lots'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ items: await listLots(deps.services, callContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/lots', tags,
      summary: 'Record an ore lot (idempotent on the client-made id): measured weight_kg, or bags to estimate it; a grade above 1,000 g/t needs confirm_high_grade',
      request: { body: jsonBody(LotInput) }, responses: { 201: jsonResponse(LotEnvelope, 'Recorded (or the lot already recorded with this id)'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ lot: await createLot(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/lots/open', tags,
      summary: "Lots not sold out of the women you may see, newest first (at most 2,000): what a field phone keeps for offline sales",
      request: { query: OpenLotsQuery }, responses: { 200: jsonResponse(OpenLotList, 'Open lots'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json(await listOpenLots(deps.services, callContext(c), c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/lots/{id}', tags, summary: 'An ore lot', request: { params: IdParam },
      responses: { 200: jsonResponse(LotEnvelope, 'The lot'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ lot: await getLot(deps.services, callContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(
    createRoute({ method: 'patch', path: '/api/lots/{id}', tags, summary: 'Correct an ore lot; send the version you based the change on',
      request: { params: IdParam, body: jsonBody(LotUpdate) }, responses: { 200: jsonResponse(LotEnvelope, 'Updated'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ lot: await updateLot(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/sales', tags, summary: "A woman's or an association's sales, newest first, with their fair value and flag", request: { query: LedgerQuery },
      responses: { 200: jsonResponse(SaleList, 'Sales'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ items: await listSales(deps.services, callContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/sales', tags,
      summary: 'Record a sale from one or more lots (idempotent on the client-made id), measured against the gold price of its date',
      request: { body: jsonBody(SaleInput) }, responses: { 201: jsonResponse(SaleEnvelope, 'Recorded (or the sale already recorded with this id)'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ sale: await recordSale(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/sales/{id}', tags, summary: 'A sale with the prices and fair value it was measured at', request: { params: IdParam },
      responses: { 200: jsonResponse(SaleEnvelope, 'The sale'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ sale: await getSale(deps.services, callContext(c), c.req.valid('param').id) }, 200),
  );
  return app;
}
