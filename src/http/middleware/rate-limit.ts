/**
 * A per-client-address request limit kept in this process's memory, for public routes that
 * need no account (the /verify pages and GET /api/verify/…): it makes guessing document codes
 * slow (30 a minute by default) without a database write per request. Fixed one-minute windows;
 * the table is emptied at each window, and past MAX_TRACKED addresses it is emptied early, so
 * memory stays bounded whatever the traffic. Several instances each keep their own counts.
 */
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../domain/errors.ts';
import { clientIp } from '../client-address.ts';

const WINDOW_MS = 60_000;
const MAX_TRACKED = 100_000;

export interface RateLimitOptions {
  /** Requests per client address per minute; 0 turns the limit off. */
  perMinute: number;
  trustProxy: boolean;
  /** Milliseconds since the epoch; the real clock unless a test moves it. */
  now?: () => number;
}

export function rateLimitPerAddress(opts: RateLimitOptions): MiddlewareHandler {
  const now = opts.now ?? Date.now;
  let windowStart = 0;
  const counts = new Map<string, number>();
  return async (c, next) => {
    if (opts.perMinute <= 0) return next();
    const at = now();
    if (at - windowStart >= WINDOW_MS || counts.size >= MAX_TRACKED) {
      windowStart = at;
      counts.clear();
    }
    const address = clientIp(c, opts.trustProxy);
    const used = (counts.get(address) ?? 0) + 1;
    counts.set(address, used);
    if (used > opts.perMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + WINDOW_MS - at) / 1000));
      throw new AppError('RATE_LIMITED', `Too many requests from this address. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
    }
    return next();
  };
}
