/** Production, income and buyer-discount reports over HTTP, as JSON or as CSV/XLSX downloads. */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { BuyerReport, BuyerReportQuery, FlaggedSaleList, FlaggedSalesQuery, ProductionReport, ReportQuery } from '../../contracts/production-reports.ts';
import { flaggedSales } from '../../services/production/flagged-sales.service.ts';
import { buyerReport, productionReport, reportFile } from '../../services/production/reports.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonResponse, problemResponses } from '../openapi.ts';

const FILE_CONTENT = {
  'text/csv': { schema: { type: 'string' as const } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string' as const, format: 'binary' } },
};

async function download(c: Context<AppEnv>, name: string, rows: readonly Record<string, unknown>[], format: 'csv' | 'xlsx') {
  const file = await reportFile(name, rows, format);
  return c.body(new Uint8Array(file.bytes), 200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' });
}

export function reportsRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['production'];
  app.openapi(
    createRoute({ method: 'get', path: '/api/reports/production', tags, summary: 'Ore selected and sold, income and discount by region, profile, season or month (cells under 5 people hidden)',
      request: { query: ReportQuery }, responses: { 200: { description: 'The report', content: { ...jsonResponse(ProductionReport, '').content, ...FILE_CONTENT } }, ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const query = c.req.valid('query');
      const report = await productionReport(deps.services, callContext(c), query);
      return query.format === 'json' ? c.json(report, 200) : download(c, `production-by-${report.by}`, report.rows, query.format);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/reports/buyers', tags, summary: 'Discount against the reference by buyer or plant (buyers with fewer than 5 sales pooled)',
      request: { query: BuyerReportQuery }, responses: { 200: { description: 'The report', content: { ...jsonResponse(BuyerReport, '').content, ...FILE_CONTENT } }, ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const query = c.req.valid('query');
      const report = await buyerReport(deps.services, callContext(c), query);
      return query.format === 'json' ? c.json(report, 200) : download(c, 'buyers', report.rows, query.format);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/reports/flagged-sales', tags, summary: "An organisation's sales paid below the reference by more than the threshold (staff only)",
      request: { query: FlaggedSalesQuery }, responses: { 200: jsonResponse(FlaggedSaleList, 'Flagged sales, newest first (at most 200)'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ items: await flaggedSales(deps.services, callContext(c), c.req.valid('query')) }, 200),
  );
  return app;
}
