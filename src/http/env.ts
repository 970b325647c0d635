/** The Hono environment shared by every route: request id, the acting user or key, and the app's dependencies. */
import type { Logger } from 'pino';
import type { Actor } from '../domain/auth/actor.ts';
import { AppError } from '../domain/errors.ts';
import type { ServiceDeps } from '../services/deps.ts';
import type { ActiveSession } from '../services/accounts/sessions.service.ts';
import type { Context } from 'hono';

export interface HttpDeps {
  services: ServiceDeps;
  dbKind: 'pglite' | 'postgres';
  version: string;
  logger: Logger;
  secureCookies: boolean;
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** The public URL is https: send Strict-Transport-Security on every response. */
  httpsOnly?: boolean;
  /** Requests per client address per minute to the public verify routes; 0 = no limit (default 30). */
  verifyRatePerMinute?: number;
  /** Folder of the built web app (index.html and assets), served at /. */
  webDir: string | undefined;
  /** Turns database errors (constraint violations) into AppErrors; provided by the composition root. */
  translateError: (err: unknown) => AppError | undefined;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    actor: Actor | undefined;
    sessionToken: string | undefined;
    /** The signed-in session, when the caller came with a valid cookie. */
    session: ActiveSession | undefined;
  };
}

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return actor;
}

export function callContext(c: Context<AppEnv>) {
  return { actor: requireActor(c), requestId: c.get('requestId') };
}
