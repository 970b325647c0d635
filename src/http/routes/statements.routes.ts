/**
 * Income statements over HTTP: issue (with consent for a named lender), read, download as PDF,
 * void. Their public verification (/verify, /api/verify) is shared with every document: verify.routes.ts.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam } from '../../contracts/common.ts';
import { StatementEnvelope, StatementList, StatementQuery, StatementRequest, VoidStatementInput } from '../../contracts/statements.ts';
import { getStatement, issueStatement, listStatements, statementPdf, voidStatement } from '../../services/production/statements.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function statementsRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['production'];
  app.openapi(
    createRoute({ method: 'post', path: '/api/statements', tags, summary: 'Issue an income statement for a person and a period (for a named recipient only with her written consent)',
      request: { body: jsonBody(StatementRequest) }, responses: { 201: jsonResponse(StatementEnvelope, 'Issued'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ statement: await issueStatement(deps.services, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/statements', tags, summary: "A person's income statements, newest first", request: { query: StatementQuery },
      responses: { 200: jsonResponse(StatementList, 'Statements'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ items: await listStatements(deps.services, callContext(c), c.req.valid('query').person_id) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/statements/{id}', tags, summary: 'An income statement (an audited read)', request: { params: IdParam },
      responses: { 200: jsonResponse(StatementEnvelope, 'The statement'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ statement: await getStatement(deps.services, callContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/statements/{id}/pdf', tags, summary: 'The statement as a one-page PDF with its verification QR code', request: { params: IdParam },
      responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const { filename, bytes } = await statementPdf(deps.services, callContext(c), c.req.valid('param').id);
      return c.body(new Uint8Array(bytes), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' });
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/statements/{id}/void', tags, summary: 'Void a statement (it then verifies as voided)', request: { params: IdParam, body: jsonBody(VoidStatementInput) },
      responses: { 200: jsonResponse(StatementEnvelope, 'Voided'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ statement: await voidStatement(deps.services, callContext(c), c.req.valid('param').id, c.req.valid('json').reason) }, 200),
  );
  return app;
}
