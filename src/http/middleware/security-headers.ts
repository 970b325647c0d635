/**
 * Security headers on every response (API, web app, /verify and /api/docs pages): a
 * Content-Security-Policy with no 'unsafe-inline' — scripts only from our own origin, styles
 * from our own origin plus the two server-rendered pages' style sheets, allowed by their
 * SHA-256 — no framing (frame-ancestors 'none' and X-Frame-Options DENY), nosniff and
 * no-referrer. Strict-Transport-Security only when the site is served over https
 * (PALLAY_PUBLIC_URL=https://…, an https request URL, or X-Forwarded-Proto: https from a trusted
 * proxy): sent over plain http it would be ignored at best, and lock a LAN install out at worst.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { isHttpsRequest } from '../client-address.ts';
import { DOCS_PAGE_STYLE } from '../docs-page.ts';
import { VERIFY_PAGE_STYLE } from '../verify-page.ts';

/** One year, the value the HSTS preload list asks for. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

export function securityHeaders(opts: { httpsOnly: boolean; trustProxy: boolean }): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", styleHash(VERIFY_PAGE_STYLE), styleHash(DOCS_PAGE_STYLE)],
      imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"], fontSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'self'"],
      formAction: ["'self'"], frameAncestors: ["'none'"], workerSrc: ["'self'"], manifestSrc: ["'self'"],
    },
    xFrameOptions: 'DENY',
    strictTransportSecurity: false,
  });
  return async (c, next) => {
    await headers(c, next);
    if (opts.httpsOnly || isHttpsRequest(c, opts.trustProxy)) c.header('Strict-Transport-Security', HSTS_VALUE);
  };
}
