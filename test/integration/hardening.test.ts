/**
 * Hardening (issue 10, point 5): security headers on the API, the web app shell and the
 * server-rendered pages (a CSP with no 'unsafe-inline' that still allows each page's own style
 * sheet), HSTS only over https, the session cookie's flags, the per-address limit on the public
 * verify routes, the password policy, ending sessions (her other ones; all of a user's, by an
 * admin), and a configuration with no secret in it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { DEFAULT_WEB_DIR, type AppContext } from '../../src/context.ts';
import { createApp } from '../../src/http/app.ts';
import { makeErrorHandler } from '../../src/http/problem.ts';
import type { AppEnv, HttpDeps } from '../../src/http/env.ts';
import { rateLimitPerAddress } from '../../src/http/middleware/rate-limit.ts';
import { translateDbError } from '../../src/db/errors.ts';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
const HAS_BUILT_WEB = fs.existsSync(`${DEFAULT_WEB_DIR}/index.html`);

beforeAll(async () => {
  t = await createTestApp(HAS_BUILT_WEB ? { webDir: DEFAULT_WEB_DIR } : {});
  await t.createUser('admin.hardening', 'admin');
  admin = await t.login('admin.hardening');
});
afterAll(() => t.close());

/** The app of `t` with other HTTP settings (https, proxy, limits). */
function appWith(ctx: AppContext, extra: Partial<HttpDeps>) {
  return createApp({
    services: ctx.services, dbKind: ctx.database.kind, version: 'test', logger: ctx.logger, secureCookies: false, trustProxy: false,
    webDir: undefined, translateError: translateDbError, ...extra,
  });
}

function directives(res: Response): Map<string, string[]> {
  const csp = res.headers.get('content-security-policy') ?? '';
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

const inlineStyles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('security headers', () => {
  const pages = ['/health', '/api/auth/me', '/api/people', '/verify/NO-SUCH-CODE-1', '/api/docs', ...(HAS_BUILT_WEB ? ['/', '/people'] : [])];

  it.each(pages)('%s carries a CSP without unsafe-inline, no framing, nosniff and no referrer', async (path) => {
    const res = await t.request('GET', path);
    const csp = directives(res);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')?.[0]).toBe("'self'");
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it.each(['/verify/NO-SUCH-CODE-2', '/api/docs'])('%s: its only inline style sheet is allowed by its hash, and it has no script', async (path) => {
    const res = await t.request('GET', path);
    const html = await res.text();
    const styles = inlineStyles(html);
    expect(styles).toHaveLength(1);
    expect(directives(res).get('style-src')).toContain(sha256(styles[0]!));
    expect(html).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
  });

  it.skipIf(!HAS_BUILT_WEB)('the built app shell needs no inline script or style', () => {
    const html = fs.readFileSync(`${DEFAULT_WEB_DIR}/index.html`, 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\/assets\//);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });
});

describe('HSTS only over https', () => {
  it('is sent on every response when the public URL is https', async () => {
    const res = await appWith(t.ctx, { httpsOnly: true }).request('/health');
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('is sent behind a trusted proxy that says https, and not when the proxy is not trusted', async () => {
    const headers = { 'x-forwarded-proto': 'https' };
    expect((await appWith(t.ctx, { trustProxy: true }).request('/health', { headers })).headers.get('strict-transport-security')).toMatch(/^max-age=/);
    expect((await appWith(t.ctx, { trustProxy: false }).request('/health', { headers })).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('the session cookie', () => {
  const login = (app: ReturnType<typeof appWith>, headers: Record<string, string> = {}) =>
    app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username: 'admin.hardening', password: PASSWORD }) });

  it('is HttpOnly and SameSite=Lax on the whole site, and not Secure over plain http', async () => {
    const cookie = (await login(appWith(t.ctx, {}))).headers.get('set-cookie')!;
    expect(cookie).toMatch(/^pallay_session=[^;]{20,};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/);
  });

  it('is Secure when the site is https: by configuration, or said by a trusted proxy', async () => {
    expect((await login(appWith(t.ctx, { secureCookies: true }))).headers.get('set-cookie')).toMatch(/; Secure/);
    expect((await login(appWith(t.ctx, { trustProxy: true }), { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).toMatch(/; Secure/);
    expect((await login(appWith(t.ctx, { trustProxy: false }), { 'x-forwarded-proto': 'https' })).headers.get('set-cookie')).not.toMatch(/; Secure/);
  });
});

describe('the public verify routes are limited per client address', () => {
  it('answers 429 with Retry-After past the limit, for the page and the JSON alike, and counts each address apart', async () => {
    const app = appWith(t.ctx, { verifyRatePerMinute: 3, trustProxy: true });
    const from = (ip: string, path: string) => app.request(path, { headers: { 'x-forwarded-for': ip } });
    expect((await from('10.0.0.1', '/api/verify/UNKNOWN-CODE-1')).status).toBe(404);
    expect((await from('10.0.0.1', '/verify/UNKNOWN-CODE-2')).status).toBe(404);
    expect((await from('10.0.0.1', '/api/verify/UNKNOWN-CODE-3')).status).toBe(404);
    for (const path of ['/api/verify/UNKNOWN-CODE-4', '/verify/UNKNOWN-CODE-5']) {
      const refused = await from('10.0.0.1', path);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    }
    expect((await from('10.0.0.2', '/api/verify/UNKNOWN-CODE-6')).status).toBe(404);
    expect((await from('10.0.0.2', '/health')).status).toBe(200);
  });

  it('starts a new count each minute', async () => {
    let now = 1_000_000;
    const app = new Hono<AppEnv>().use(rateLimitPerAddress({ perMinute: 2, trustProxy: false, now: () => now })).get('/', (c) => c.text('ok'));
    app.onError(makeErrorHandler({ logger: t.ctx.logger, translateError: translateDbError } as HttpDeps));
    const statuses = async (n: number) => Promise.all(Array.from({ length: n }, async () => (await app.request('/')).status));
    expect(await statuses(3)).toEqual([200, 200, 429]);
    now += 59_000;
    expect(await statuses(1)).toEqual([429]);
    now += 1_000;
    expect(await statuses(3)).toEqual([200, 200, 429]);
  });

  it('is 30 a minute unless configured', () => {
    expect(loadConfig({}).verifyRatePerMinute).toBe(30);
    expect(loadConfig({ PALLAY_VERIFY_RATE_PER_MINUTE: '0' }).verifyRatePerMinute).toBe(0);
  });
});

describe('password policy', () => {
  it('refuses a password under 10 characters or equal to the username', async () => {
    const create = (username: string, password: string) =>
      t.request('POST', '/api/users', { session: admin, body: { username, password, role: 'promoter', display_name: 'Prueba' } });
    const short = await create('clave.corta', 'corta123');
    expect(short.status).toBe(400);
    expect((await short.json()).details).toEqual([expect.objectContaining({ path: 'password', params: expect.objectContaining({ minimum: 10 }) })]);
    const same = await create('maria.quispe.mamani', 'MARIA.QUISPE.MAMANI');
    expect(same.status).toBe(400);
    expect((await same.json()).details).toEqual([expect.objectContaining({ path: 'password', code: 'password.is_username' })]);
  });
});

describe('ending sessions', () => {
  const me = async (session: Session) => (await t.request('GET', '/api/auth/me', { session })).status;

  it('a user ends every other session of hers and keeps the one she uses', async () => {
    await t.createUser('rosa.sesiones', 'promoter');
    const [phone, office, laptop] = [await t.login('rosa.sesiones'), await t.login('rosa.sesiones'), await t.login('rosa.sesiones')];
    expect((await t.request('POST', '/api/auth/sessions/revoke-others', { session: phone, headers: { 'x-csrf-token': 'wrong' } })).status).toBe(403);
    const res = await t.request('POST', '/api/auth/sessions/revoke-others', { session: phone });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ended: 2 });
    expect([await me(phone), await me(office), await me(laptop)]).toEqual([200, 401, 401]);
    expect((await t.request('POST', '/api/auth/sessions/revoke-others')).status).toBe(401);
  });

  it('an admin ends every session of a user, who can sign in again; others may not', async () => {
    const id = await t.createUser('juana.sesiones', 'promoter');
    await t.createUser('coordinadora.sesiones', 'coordinator');
    const [first, second] = [await t.login('juana.sesiones'), await t.login('juana.sesiones')];
    const coordinator = await t.login('coordinadora.sesiones');
    expect((await t.request('POST', `/api/users/${id}/sessions/revoke`, { session: coordinator })).status).toBe(403);
    expect((await t.request('POST', `/api/users/${id}/sessions/revoke`, { session: first })).status).toBe(403);
    const res = await t.request('POST', `/api/users/${id}/sessions/revoke`, { session: admin });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ended: 2 });
    expect([await me(first), await me(second), await me(admin)]).toEqual([401, 401, 200]);
    expect(await me(await t.login('juana.sesiones'))).toBe(200);
    expect((await t.request('POST', '/api/users/01900000-0000-7000-8000-000000000000/sessions/revoke', { session: admin })).status).toBe(404);
  });
});

describe('secrets come only from the environment', () => {
  it('the configuration has no secret field, so nothing secret can have a built-in default', () => {
    const keys = Object.keys(loadConfig({}));
    expect(keys.filter((k) => /secret|password|token|key|salt|pepper/i.test(k))).toEqual([]);
    expect(loadConfig({}).databaseUrl).toBeUndefined();
  });
});
