/**
 * Reference prices over HTTP: the list, one day's entry from the web app, and the look-up a sale
 * on a date would use (the web app's live fair value calls it as a woman types). A file import
 * is the CLI's job (`pallay prices import`). Reading needs a signed-in user or key; writing
 * needs 'prices.write'.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { PriceInput, PriceList, PriceUsed } from '../../contracts/production.ts';
import { PriceListQuery, PriceOnQuery } from '../../contracts/prices.ts';
import { addPrice, listPrices, pricesOn } from '../../services/production/prices.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function pricesRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['production'];
  app.openapi(
    createRoute({ method: 'get', path: '/api/prices', tags, summary: 'Reference gold prices (USD per troy ounce) and exchange rates (soles per USD), newest first',
      request: { query: PriceListQuery }, responses: { 200: jsonResponse(PriceList, 'Prices'), ...problemResponses(400, 401) } }),
    async (c) => c.json({ items: await listPrices(deps.services, callContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/prices/on', tags,
      summary: 'The prices a sale on this date is measured against: the latest on or before it, each with its date, and whether one is more than 7 days old',
      request: { query: PriceOnQuery }, responses: { 200: jsonResponse(PriceUsed, 'The prices in use on that date'), ...problemResponses(400, 401) } }),
    async (c) => c.json(await pricesOn(deps.services, callContext(c), c.req.valid('query').date), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/prices', tags, summary: "Enter one day's gold price and/or exchange rate with its source; replaces that day's figures",
      request: { body: jsonBody(PriceInput) }, responses: { 201: jsonResponse(PriceList, 'Saved'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ items: await addPrice(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );
  return app;
}
