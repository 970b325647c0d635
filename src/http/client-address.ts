/**
 * Who is on the other end of a request, for rate limits and for HSTS and cookie flags: the
 * socket's address (or, behind one trusted reverse proxy, the last X-Forwarded-For entry) and
 * whether the browser reached us over https (the URL's scheme, or a trusted X-Forwarded-Proto).
 * Forwarded headers are believed only with PALLAY_TRUST_PROXY=1: anyone can send them.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The caller's address: the socket's, or the proxy's last X-Forwarded-For entry; 'unknown' without a socket (in-process tests). */
export function clientIp(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
  if (forwarded) return forwarded.slice(0, 64);
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** True when the browser's connection is https: the request URL's scheme, or what a trusted proxy says. */
export function isHttpsRequest(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return trustProxy && c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase() === 'https';
}
