/**
 * The in-process app for integration tests: a migrated database copy, a movable clock, named
 * personas and a tiny client that keeps the session cookie and CSRF token like a browser.
 */
import { loadConfig } from '../../src/config.ts';
import { createContext, createHttpApp, type AppContext } from '../../src/context.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import type { Role } from '../../src/domain/auth/roles.ts';
import { createUser } from '../../src/services/accounts/users.service.ts';
import { openTestDatabase, type TestDatabase } from './db.ts';

export const PASSWORD = 'a-long-test-passphrase';

export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

export interface RequestOptions {
  body?: unknown;
  session?: Session;
  headers?: Record<string, string>;
  /** Send the body as is (for malformed JSON tests). */
  rawBody?: string;
}

export interface TestApp {
  ctx: AppContext;
  app: ReturnType<typeof createHttpApp>;
  clock: TestClock;
  db: TestDatabase;
  request(method: string, path: string, opts?: RequestOptions): Promise<Response>;
  createUser(username: string, role: Role, opts?: { organisationId?: string | null; displayName?: string; personId?: string }): Promise<string>;
  login(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

/** `database`: run on this database instead of a fresh copy (fault tests bring their own server). */
export async function createTestApp(opts: { webDir?: string; realTime?: boolean; database?: TestDatabase } = {}): Promise<TestApp> {
  const db = opts.database ?? (await openTestDatabase());
  const clock: TestClock = {
    now: new Date('2026-03-01T12:00:00Z'),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const config = { ...loadConfig({}), logLevel: 'silent', databaseUrl: db.databaseUrl };
  const ctx = await createContext(config, { pglite: db.pglite, clock: opts.realTime ? () => new Date() : () => clock.now, command: 'test' });
  const app = createHttpApp(ctx, opts.webDir);

  const request: TestApp['request'] = (method, path, o = {}) => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.body !== undefined || o.rawBody !== undefined) headers['content-type'] ??= 'application/json';
    if (o.session) {
      headers.cookie = o.session.cookie;
      if (method !== 'GET') headers['x-csrf-token'] ??= o.session.csrf;
    }
    const body = o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
    return Promise.resolve(app.request(path, { method, headers, body }));
  };

  return {
    ctx, app, clock, db, request,
    async createUser(username, role, o = {}) {
      const user = await createUser(ctx.services, { actor: CLI_ACTOR, requestId: null }, {
        username, role, password: PASSWORD, display_name: o.displayName ?? username, organisation_id: o.organisationId ?? null, person_id: o.personId ?? null,
      });
      return user.id;
    },
    async login(username, password = PASSWORD) {
      const res = await request('POST', '/api/auth/login', { body: { username, password } });
      if (res.status !== 200) throw new Error(`login of ${username} failed: ${res.status} ${await res.text()}`);
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      const body = (await res.json()) as { csrf_token: string; user: { id: string } };
      return { cookie, csrf: body.csrf_token, userId: body.user.id };
    },
    async close() {
      await ctx.close();
      await db.drop();
    },
  };
}
