/**
 * The single place that turns errors into HTTP: AppError codes map to statuses, zod issues
 * and Hono's own exceptions become problem+json, and anything unexpected is a 500 with a
 * request id, logged server-side with its stack and never shown to the client.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode, type FieldProblem } from '../domain/errors.ts';
import { zodDetails } from '../domain/zod-problems.ts';

export { zodDetails };
import type { AppEnv, HttpDeps } from './env.ts';

export const STATUS_BY_CODE: Record<ErrorCode, ContentfulStatusCode> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};


export function problemResponse(c: Context<AppEnv>, error: AppError): Response {
  const status = STATUS_BY_CODE[error.code];
  const body = {
    type: 'about:blank',
    title: error.code,
    status,
    code: error.code,
    message: error.message,
    ...(error.rule ? { rule: error.rule } : {}),
    ...(error.params ? { params: error.params } : {}),
    details: error.details,
    request_id: c.get('requestId'),
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  if (error.retryAfterSeconds) headers['retry-after'] = String(error.retryAfterSeconds);
  return new Response(JSON.stringify(body), { status, headers });
}

export function toAppError(err: unknown, translateError: HttpDeps['translateError']): AppError | undefined {
  if (err instanceof AppError) return err;
  const translated = translateError(err);
  if (translated) return translated;
  if (err instanceof HTTPException) {
    const code = CODE_BY_HTTP_STATUS[err.status];
    if (code) return new AppError(code, err.message || code);
  }
  return undefined;
}

export function makeErrorHandler(deps: HttpDeps) {
  return (err: Error, c: Context<AppEnv>): Response => {
    const known = toAppError(err, deps.translateError);
    if (known && known.code !== 'INTERNAL') return problemResponse(c, known);
    deps.logger.error({ err, requestId: c.get('requestId'), method: c.req.method, path: c.req.path }, 'request failed');
    return problemResponse(c, new AppError('INTERNAL', 'Something went wrong on our side. Quote the request id when you report it.'));
  };
}
