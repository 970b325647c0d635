/**
 * Action plans over HTTP: import a plan file (the JSON is the body), list plans (also as
 * CSV/XLSX), read the tree (filtered by level or body), a node's page, report progress, enter an
 * indicator's measured value, and download the progress report of a date range (JSON, XLSX or PDF).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam, ListFormatQuery } from '../../contracts/common.ts';
import { ActualInput, IndicatorOutput, PlanImportQuery, PlanImportResult, PlanList, PlanNodeDetail, PlanReport, PlanReportQuery, PlanTree, PlanTreeQuery, ProgressInput, ProgressOutput } from '../../contracts/plans.ts';
import { importPlan } from '../../services/plans/plan-import.service.ts';
import { addActual, addProgress } from '../../services/plans/plan-progress.service.ts';
import { planReport, planReportFile } from '../../services/plans/plan-report.service.ts';
import { plansFile } from '../../services/plans/plan-files.ts';
import { listPlans, nodeDetail, planTree } from '../../services/plans/plans.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { listResponse, sendFile } from '../file-download.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

const fileBody = { required: true, content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } } };
const REPORT_CONTENT = {
  'application/pdf': { schema: { type: 'string' as const, format: 'binary' } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string' as const, format: 'binary' } },
};

export function plansRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['plans'];
  app.openapi(
    createRoute({ method: 'post', path: '/api/plans/import', tags, summary: 'Import an action plan from its JSON file sent as the body (the same plan key again updates that plan); problems are named by their path in the file',
      request: { query: PlanImportQuery, body: fileBody }, responses: { 200: jsonResponse(PlanImportResult, 'What was loaded'), ...problemResponses(400, 401, 403, 413) } }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await importPlan(deps.services, callContext(c), { bytes, fileName: c.req.valid('query').file_name }), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/plans', tags, summary: 'Action plans', request: { query: ListFormatQuery },
      responses: { 200: listResponse(PlanList, 'Plans (JSON, or CSV/XLSX with format)'), ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const { format } = c.req.valid('query');
      const items = await listPlans(deps.services, callContext(c));
      return format === 'json' ? c.json({ items }, 200) : sendFile(c, await plansFile(items, format));
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/plans/{id}', tags, summary: 'A plan as a tree with status, share done and latest progress per node; filter by level or by a responsible or involved body',
      request: { params: IdParam, query: PlanTreeQuery }, responses: { 200: jsonResponse(PlanTree, 'The tree'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await planTree(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/plans/{id}/report', tags, summary: 'Progress report of a date range: JSON, XLSX (nodes, updates, indicators) or PDF',
      request: { params: IdParam, query: PlanReportQuery },
      responses: { 200: { description: 'The report', content: { ...jsonResponse(PlanReport, '').content, ...REPORT_CONTENT } }, ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const query = c.req.valid('query');
      const id = c.req.valid('param').id;
      if (query.format === 'json') return c.json(await planReport(deps.services, callContext(c), id, query), 200);
      return sendFile(c, await planReportFile(deps.services, callContext(c), id, query));
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/plan-nodes/{id}', tags, summary: 'An objective, result or action with its progress updates and its indicators against their targets',
      request: { params: IdParam }, responses: { 200: jsonResponse(PlanNodeDetail, 'The node'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await nodeDetail(deps.services, callContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/plan-nodes/{id}/progress', tags, summary: 'Report progress (percentage 0–100, note, optional new status and evidence link); the same id again stores nothing new',
      request: { params: IdParam, body: jsonBody(ProgressInput) },
      responses: { 200: jsonResponse(z.object({ update: ProgressOutput, created: z.boolean() }), 'The update'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json(await addProgress(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/plan-indicators/{id}/actuals', tags, summary: "Enter an indicator's measured value (date and source); the same id again stores nothing new",
      request: { params: IdParam, body: jsonBody(ActualInput) },
      responses: { 200: jsonResponse(z.object({ created: z.boolean(), indicator: IndicatorOutput }), 'The indicator with its trend'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await addActual(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return app;
}
