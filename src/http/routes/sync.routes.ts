/**
 * POST /api/sync: a phone's outbox in one request. Each item is replayed through this same
 * application (`dispatch`, the app's own fetch) with the caller's cookie, CSRF token or API
 * key, so it meets exactly the checks it would meet sent on its own; see
 * src/services/sync/sync-batch.service.ts for what the batch adds, and docs/offline.md
 * ("Sync protocol"). The body limit of every JSON route (1 MiB) bounds a batch.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { SyncAnswer, SyncBatch, type SyncResult } from '../../contracts/sync.ts';
import { applySyncBatch, type ItemOutcome, type Replay } from '../../services/sync/sync-batch.service.ts';
import { requireActor, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';
import { problemResponse } from '../problem.ts';

/** The application's own request handler (`app.fetch`). */
export type Dispatch = (request: Request, env: unknown) => Response | Promise<Response>;

/** Headers of the batch that each replay carries: who calls, her CSRF token, her language. */
const CARRIED_HEADERS = ['cookie', 'authorization', 'x-csrf-token', 'accept-language'];

function replayAs(c: Context<AppEnv>, dispatch: Dispatch): Replay {
  return async ({ method, path, body, requestId }) => {
    const headers = new Headers({ accept: 'application/json' });
    for (const name of CARRIED_HEADERS) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    if (requestId) headers.set('x-request-id', requestId);
    if (body !== undefined) headers.set('content-type', 'application/json');
    const request = new Request(new URL(path, c.req.url), { method, headers, body: body === undefined ? null : JSON.stringify(body) });
    const res = await dispatch(request, c.env);
    return { status: res.status, body: await res.json().catch(() => null) };
  };
}

async function toResult(c: Context<AppEnv>, outcome: ItemOutcome): Promise<SyncResult> {
  if ('answer' in outcome) return { id: outcome.id, ...outcome.answer };
  const refused = problemResponse(c, outcome.refusal);
  return { id: outcome.id, status: refused.status, body: await refused.json() };
}

export function syncRoutes(deps: HttpDeps, dispatch: Dispatch) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({ method: 'post', path: '/api/sync', tags: ['sync'],
      summary: 'Send queued offline items in one batch (≤ 1 MiB): each is applied in order as if sent on its own; a result per item applied',
      request: { body: jsonBody(SyncBatch) }, responses: { 200: jsonResponse(SyncAnswer, 'One result per item, in order, up to the first passing fault'), ...problemResponses(400, 401, 403, 413) } }),
    async (c) => {
      requireActor(c);
      const outcomes = await applySyncBatch(deps.services, c.req.valid('json').items, replayAs(c, dispatch));
      const results: SyncResult[] = [];
      for (const outcome of outcomes) results.push(await toResult(c, outcome));
      return c.json({ results }, 200);
    },
  );
  return app;
}
