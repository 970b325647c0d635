/**
 * Per-request plumbing: a request id (taken from X-Request-Id when it is safe, else a new
 * UUIDv7) echoed in the response, and one access-log line without query strings or bodies,
 * which may hold personal data.
 */
import type { MiddlewareHandler } from 'hono';
import { uuidv7 } from 'uuidv7';
import type { AppEnv, HttpDeps } from '../env.ts';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function requestContext(deps: HttpDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : uuidv7();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    deps.logger.info(
      { requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  };
}
