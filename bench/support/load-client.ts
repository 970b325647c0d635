/**
 * A small load client for the load benchmark: N sessions, each a loop that sends one request,
 * waits for the whole answer, pauses for a think time and sends the next, over its own keep-alive
 * connection (so 200 sessions are 200 concurrent connections, as 200 browsers would be). Each
 * answer's latency is kept by kind (read / write), so percentiles need no histogram rounding.
 * Bounded in time and in requests per session; a non-2xx answer, a timeout or a socket error
 * counts as an error and a few of them are kept as examples.
 */
import http from 'node:http';
import type { LoadKind, PlannedRequest } from './load-data.ts';

const REQUEST_TIMEOUT_MS = 10_000;
const KEPT_ERRORS = 5;

export interface LoadOptions {
  baseUrl: string;
  sessions: number;
  seconds: number;
  maxRequestsPerSession: number;
  /** The step-th request of a session, and the headers that make it that session's. */
  plan(session: number, step: number): PlannedRequest;
  headers(session: number): Record<string, string>;
  /** Milliseconds the session waits after an answer before its next request (a person reading the screen). */
  thinkMs(session: number, step: number): number;
}

export interface LoadResult {
  latencies: Record<LoadKind, number[]>;
  errors: number;
  /** Errors counted by kind: the status, or the socket error's message. */
  errorKinds: Record<string, number>;
  errorExamples: string[];
  requests: number;
  /** Requests resent once because the server had just closed their idle keep-alive socket. */
  staleSocketRetries: number;
  elapsedSeconds: number;
}

/** A socket error on a kept-alive socket the server had just closed as idle: what a browser retries. */
class StaleSocketError extends Error {}

/**
 * One request; a reset on a reused socket before any answer is retried once on a fresh one, as
 * browsers do (and as Node's documentation advises, via req.reusedSocket): the server closes
 * sockets idle for 5 s, and a think time can end just as it does. Every request here is safe to
 * resend (registrations are idempotent on their client-made id).
 */
async function send(agent: http.Agent, url: URL, request: PlannedRequest, headers: Record<string, string>, onRetry: () => void): Promise<number> {
  try {
    return await sendOnce(agent, url, request, headers);
  } catch (err) {
    if (!(err instanceof StaleSocketError)) throw err;
    onRetry();
    return sendOnce(agent, url, request, headers);
  }
}

function sendOnce(agent: http.Agent, url: URL, request: PlannedRequest, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = request.body ?? '';
    let gotAnswer = false;
    const req = http.request(url, {
      agent, method: request.method, timeout: REQUEST_TIMEOUT_MS,
      headers: { ...headers, ...(request.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }) },
    }, (res) => {
      gotAnswer = true;
      res.on('data', () => {});
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', (err: NodeJS.ErrnoException) => {
      const isStale = req.reusedSocket && (err.code === 'ECONNRESET' || err.code === 'EPIPE') && !gotAnswer;
      reject(isStale ? new StaleSocketError(err.message) : err);
    });
    req.end(body);
  });
}

/** Runs every session's loop until the time or its request budget is spent. */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  // One agent per session, as each browser keeps its own connection: a shared pool would hand a
  // session a socket idle for longer than the server's keep-alive timeout.
  const agents = Array.from({ length: opts.sessions }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const result: LoadResult = { latencies: { read: [], write: [] }, errors: 0, errorKinds: {}, errorExamples: [], requests: 0, staleSocketRetries: 0, elapsedSeconds: 0 };
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  const fail = (kind: string, what: string) => {
    result.errors++;
    result.errorKinds[kind] = (result.errorKinds[kind] ?? 0) + 1;
    if (result.errorExamples.length < KEPT_ERRORS) result.errorExamples.push(what);
  };
  const session = async (index: number) => {
    const headers = opts.headers(index);
    // Sessions arrive spread over one think time, not all in the same millisecond.
    await new Promise((resolve) => setTimeout(resolve, opts.thinkMs(index, -1)));
    for (let step = 0; step < opts.maxRequestsPerSession && performance.now() < deadline; step++) {
      const request = opts.plan(index, step);
      const sent = performance.now();
      try {
        const status = await send(agents[index]!, new URL(request.path, opts.baseUrl), request, headers, () => result.staleSocketRetries++);
        result.requests++;
        if (status >= 200 && status < 300) result.latencies[request.kind].push(performance.now() - sent);
        else fail(String(status), `${request.method} ${request.path}: ${status}`);
      } catch (err) {
        result.requests++;
        const message = err instanceof Error ? err.message : String(err);
        fail(message, `${request.method} ${request.path}: ${message}`);
      }
      const pause = Math.min(opts.thinkMs(index, step), deadline - performance.now());
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
    }
  };
  await Promise.all(Array.from({ length: opts.sessions }, (_, i) => session(i)));
  result.elapsedSeconds = (performance.now() - started) / 1000;
  for (const agent of agents) agent.destroy();
  return result;
}

/** The q-quantile (nearest rank) of unsorted samples; 0 for none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
