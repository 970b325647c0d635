/**
 * Public verification of any document Pallay issues (income statements, training
 * certificates), as JSON (/api/verify/CODE) and as a page (/verify/CODE) that their QR codes
 * open. No login; every read is counted by the document's module; unknown codes are a plain 404.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { VerificationCodeParam } from '../../contracts/statements.ts';
import { DocumentVerification } from '../../contracts/verification.ts';
import { AppError } from '../../domain/errors.ts';
import { verifyDocument } from '../../services/verification/verify.service.ts';
import type { AppEnv, HttpDeps } from '../env.ts';
import { jsonResponse, problemResponses } from '../openapi.ts';
import { renderVerificationPage } from '../verify-page.ts';

export function verifyRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({ method: 'get', path: '/api/verify/{code}', tags: ['verification'],
      summary: 'Public: whether an income statement or a training certificate is valid, with initials only (no login)',
      request: { params: VerificationCodeParam }, responses: { 200: jsonResponse(DocumentVerification, 'The verification'), ...problemResponses(400, 404) } }),
    async (c) => c.json(await verifyDocument(deps.services, c.req.valid('param').code), 200),
  );
  app.get('/verify/:code', async (c) => {
    const lang = c.req.query('lang') === 'en' ? 'en' : 'es';
    c.header('cache-control', 'no-store');
    c.header('x-robots-tag', 'noindex');
    try {
      return c.html(renderVerificationPage(await verifyDocument(deps.services, c.req.param('code').slice(0, 40)), lang));
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return c.html(renderVerificationPage(null, lang), 404);
      throw err;
    }
  });
  return app;
}
