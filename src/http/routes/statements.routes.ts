/**
 * Income statements over HTTP: issue (with consent for a named lender), read, download as PDF,
 * void; and the public verification of a code, as JSON (/api/verify) and as a page (/verify).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam } from '../../contracts/common.ts';
import { StatementEnvelope, StatementList, StatementQuery, StatementRequest, VerificationCodeParam, VerificationOutput, VoidStatementInput } from '../../contracts/statements.ts';
import { getStatement, issueStatement, listStatements, statementPdf, voidStatement } from '../../services/production/statements.service.ts';
import { verifyStatement } from '../../services/production/verification.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';
import { renderVerificationPage } from '../verify-page.ts';
import { AppError } from '../../domain/errors.ts';

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
  app.openapi(
    createRoute({ method: 'get', path: '/api/verify/{code}', tags, summary: 'Public: whether a statement is valid, with initials and totals only (no login)',
      request: { params: VerificationCodeParam }, responses: { 200: jsonResponse(VerificationOutput, 'The verification'), ...problemResponses(400, 404) } }),
    async (c) => c.json(await verifyStatement(deps.services, c.req.valid('param').code), 200),
  );
  app.get('/verify/:code', async (c) => {
    const lang = c.req.query('lang') === 'en' ? 'en' : 'es';
    c.header('cache-control', 'no-store');
    c.header('x-robots-tag', 'noindex');
    try {
      return c.html(renderVerificationPage(await verifyStatement(deps.services, c.req.param('code').slice(0, 40)), lang));
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return c.html(renderVerificationPage(null, lang), 404);
      throw err;
    }
  });
  return app;
}
