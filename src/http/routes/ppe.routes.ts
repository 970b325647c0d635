/**
 * Protective equipment over HTTP: the catalogue, stock received and on hand per organisation,
 * distributions to people (idempotent on the client's id) and "who lacks what"; every list as
 * JSON, CSV or XLSX. Handlers only translate; the rules live in src/services/protection.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  DistributionEnvelope, DistributionInput, DistributionList, DistributionQuery, LacksQuery, LacksReport, PpeItemList, StockList, StockQuery, StockReceiptInput,
} from '../../contracts/protection.ts';
import { distributePpe, listDistributions } from '../../services/protection/distributions.service.ts';
import { whoLacks, whoLacksFile } from '../../services/protection/lacking.service.ts';
import { distributionsFile, stockFile } from '../../services/protection/ppe-files.ts';
import { listPpeItems, receiveStock, stockOnHand } from '../../services/protection/stock.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { listResponse, sendFile } from '../file-download.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';


export function ppeRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['protection'];
  const s = deps.services;
  app.openapi(
    createRoute({ method: 'get', path: '/api/ppe/items', tags, summary: 'The protective-equipment catalogue', responses: { 200: jsonResponse(PpeItemList, 'Items'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ items: await listPpeItems(s, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/ppe/stock', tags, summary: 'Received, distributed and on hand per item for one organisation',
      request: { query: StockQuery }, responses: { 200: listResponse(StockList, 'Stock (JSON, or CSV/XLSX with format)'), ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const query = c.req.valid('query');
      const stock = await stockOnHand(s, callContext(c), query.organisation_id);
      return query.format === 'json' ? c.json(stock, 200) : sendFile(c, await stockFile(stock, query.format));
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/ppe/stock', tags, summary: 'Record equipment received by an organisation (idempotent on id)',
      request: { body: jsonBody(StockReceiptInput) }, responses: { 201: jsonResponse(StockList, 'Stock after the receipt'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json(await receiveStock(s, callContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/ppe/distributions', tags, summary: 'Distributions in the caller\'s subtree, newest first',
      request: { query: DistributionQuery }, responses: { 200: listResponse(DistributionList, 'Distributions (JSON, or CSV/XLSX with format: one row per item)'), ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const query = c.req.valid('query');
      const items = await listDistributions(s, callContext(c), query);
      return query.format === 'json' ? c.json({ items }, 200) : sendFile(c, await distributionsFile(items, query.format));
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/ppe/distributions', tags, summary: 'Give equipment to a person from her organisation\'s stock (never beyond what is on hand)',
      request: { body: jsonBody(DistributionInput) }, responses: { 201: jsonResponse(DistributionEnvelope, 'Recorded'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ distribution: await distributePpe(s, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/ppe/lacking', tags, summary: 'People of a profile (pallaqueras by default) without an item in the last N months (12)',
      request: { query: LacksQuery }, responses: { 200: listResponse(LacksReport, 'The list'), ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const query = c.req.valid('query');
      const report = await whoLacks(s, callContext(c), query);
      if (query.format === 'json') return c.json(report, 200);
      return sendFile(c, await whoLacksFile(report, query.format));
    },
  );
  return app;
}
