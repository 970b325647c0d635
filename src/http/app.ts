/**
 * The HTTP application: middleware in order (security headers, request id, body limit,
 * authentication), one sub-app per module, the OpenAPI document generated from the zod
 * contracts, the docs page, the web app, and the single error handler.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { AppError } from '../domain/errors.ts';
import { renderDocsPage } from './docs-page.ts';
import type { AppEnv, HttpDeps } from './env.ts';
import { authenticate } from './middleware/authenticate.ts';
import { enforceRouteAccess } from './middleware/enforce-route-access.ts';
import { rateLimitPerAddress } from './middleware/rate-limit.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { requestContext } from './middleware/request-context.ts';
import { makeErrorHandler, problemResponse, zodDetails } from './problem.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { baselineRoutes } from './routes/baseline.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { IMPORT_PATH, importRoutes } from './routes/import.routes.ts';
import { indicatorsRoutes } from './routes/indicators.routes.ts';
import { organisationsRoutes } from './routes/organisations.routes.ts';
import { peopleRoutes } from './routes/people.routes.ts';
import { arcoRoutes } from './routes/arco.routes.ts';
import { placesRoutes } from './routes/places.routes.ts';
import { servicesDirectoryRoutes } from './routes/services-directory.routes.ts';
import { plansRoutes } from './routes/plans.routes.ts';
import { ppeRoutes } from './routes/ppe.routes.ts';
import { mercuryRoutes } from './routes/mercury.routes.ts';
import { referralsRoutes } from './routes/referrals.routes.ts';
import { savingsRoutes } from './routes/savings.routes.ts';
import { totpRoutes } from './routes/totp.routes.ts';
import { pricesRoutes } from './routes/prices.routes.ts';
import { productionRoutes } from './routes/production.routes.ts';
import { sitesRoutes } from './routes/sites.routes.ts';
import { syncRoutes } from './routes/sync.routes.ts';
import { statementsRoutes } from './routes/statements.routes.ts';
import { reportsRoutes } from './routes/reports.routes.ts';
import { surveysRoutes } from './routes/surveys.routes.ts';
import { usersRoutes } from './routes/users.routes.ts';
import { verifyRoutes } from './routes/verify.routes.ts';
import { trainingsRoutes } from './routes/trainings.routes.ts';
import { certificatesRoutes } from './routes/certificates.routes.ts';
import { serveWebApp } from './static.ts';

export const MAX_JSON_BODY_BYTES = 1024 * 1024;
export const DEFAULT_VERIFY_RATE_PER_MINUTE = 30;

export const OPENAPI_INFO = {
  title: 'Pallay',
  description: 'Registry and gender-equity platform for the women of artisanal and small-scale gold mining in Peru.',
};

export function createApp(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return problemResponse(c, new AppError('VALIDATION_FAILED', 'The input is not valid', { details: zodDetails(result.error) }));
    },
  });

  app.use(securityHeaders({ httpsOnly: deps.httpsOnly ?? false, trustProxy: deps.trustProxy }));
  app.use(requestContext(deps));
  app.use(compress());
  const jsonLimit = bodyLimit({ maxSize: MAX_JSON_BODY_BYTES, onError: () => { throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${MAX_JSON_BODY_BYTES} bytes`, { params: { max_bytes: MAX_JSON_BODY_BYTES } }); } });
  // File uploads set their own, larger limits in their routes.
  const isUpload = (path: string) => path === IMPORT_PATH || path === '/api/forms' || /^\/api\/forms\/[^/]+\/responses$/.test(path);
  app.use('/api/*', (c, next) => (isUpload(c.req.path) ? next() : jsonLimit(c, next)));
  app.use('/api/*', authenticate(deps));
  app.use('/api/*', enforceRouteAccess());
  // Public document checks need no account: limit them per address so codes cannot be guessed cheaply.
  const verifyLimit = rateLimitPerAddress({ perMinute: deps.verifyRatePerMinute ?? DEFAULT_VERIFY_RATE_PER_MINUTE, trustProxy: deps.trustProxy });
  app.use('/verify/*', verifyLimit);
  app.use('/api/verify/*', verifyLimit);

  app.route('/', healthRoutes(deps));
  app.route('/', authRoutes(deps));
  app.route('/', usersRoutes(deps));
  app.route('/', placesRoutes(deps));
  app.route('/', servicesDirectoryRoutes(deps));
  app.route('/', importRoutes(deps));
  app.route('/', peopleRoutes(deps));
  app.route('/', arcoRoutes(deps));
  app.route('/', organisationsRoutes(deps));
  app.route('/', sitesRoutes(deps));
  app.route('/', statementsRoutes(deps));
  app.route('/', verifyRoutes(deps));
  app.route('/', trainingsRoutes(deps));
  app.route('/', certificatesRoutes(deps));
  app.route('/', reportsRoutes(deps));
  app.route('/', surveysRoutes(deps));
  app.route('/', baselineRoutes(deps));
  app.route('/', indicatorsRoutes(deps));
  app.route('/', productionRoutes(deps));
  app.route('/', pricesRoutes(deps));
  app.route('/', plansRoutes(deps));
  app.route('/', ppeRoutes(deps));
  app.route('/', mercuryRoutes(deps));
  app.route('/', referralsRoutes(deps));
  app.route('/', savingsRoutes(deps));
  app.route('/', totpRoutes(deps));
  // Replays each item of a batch through this app itself, with every check of the item's own route.
  app.route('/', syncRoutes(deps, (request, env) => app.fetch(request, env)));

  // Built once, on first request: every route is registered by now, and building it walks every schema.
  const documentConfig = { openapi: '3.1.0', info: { ...OPENAPI_INFO, version: deps.version } };
  let openApiDocument: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  let docsPage: string | undefined;
  const apiDocument = () => (openApiDocument ??= app.getOpenAPI31Document(documentConfig));
  app.get('/api/openapi.json', (c) => c.json(apiDocument()));
  app.get('/api/docs', (c) => c.html((docsPage ??= renderDocsPage(apiDocument() as unknown as Record<string, unknown>))));

  if (deps.webDir) app.use('*', serveWebApp(deps.webDir));
  app.notFound((c) => problemResponse(c, new AppError('NOT_FOUND', `No such route: ${c.req.method} ${c.req.path}`)));
  app.onError(makeErrorHandler(deps));
  return app;
}

export type App = ReturnType<typeof createApp>;
