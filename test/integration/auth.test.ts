/** Signing in and out: cookies, CSRF, idle expiry, rate limits, disabled accounts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('rosa.admin', 'admin');
  await t.createUser('juana.promoter', 'promoter');
});
afterAll(() => t.close());

describe('login', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and returns the user and a CSRF token', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { username: 'Rosa.Admin', password: PASSWORD } });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pallay_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const body = await res.json();
    expect(body.user).toMatchObject({ username: 'rosa.admin', role: 'admin' });
    expect(body.user).not.toHaveProperty('password_hash');
    expect(body.csrf_token).toMatch(/^[\w-]{20,}$/);
  });

  it('marks the cookie Secure behind https', async () => {
    const res = await t.app.request('https://pallay.example/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'rosa.admin', password: PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await t.request('POST', '/api/auth/login', { body: { username: 'juana.promoter', password: 'not-the-password' } });
    const unknown = await t.request('POST', '/api/auth/login', { body: { username: 'nobody.here', password: 'not-the-password' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await wrong.json()).message).toBe((await unknown.json()).message);
  });

  it('rate limits repeated failures for one username with 429 and Retry-After', async () => {
    await t.createUser('target.user', 'member');
    for (let i = 0; i < 5; i++) {
      expect((await t.request('POST', '/api/auth/login', { body: { username: 'target.user', password: 'guess-number-' + i } })).status).toBe(401);
    }
    const blocked = await t.request('POST', '/api/auth/login', { body: { username: 'target.user', password: PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('900');
    expect((await blocked.json()).code).toBe('RATE_LIMITED');
    t.clock.advance(16 * 60_000);
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'target.user', password: PASSWORD } })).status).toBe(200);
  });
});

describe('session', () => {
  it('knows who is signed in, and forgets after the idle time', async () => {
    const session = await t.login('juana.promoter');
    const me = await t.request('GET', '/api/auth/me', { session });
    expect(me.status).toBe(200);
    expect((await me.json()).user.username).toBe('juana.promoter');
    t.clock.advance(29 * 60_000);
    expect((await t.request('GET', '/api/auth/me', { session })).status).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await t.request('GET', '/api/auth/me', { session })).status).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await t.request('GET', '/api/auth/me', { session })).status).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const session = await t.login('juana.promoter');
    const res = await t.request('POST', '/api/auth/logout', { session, headers: { 'x-csrf-token': 'forged' } });
    expect(res.status).toBe(403);
    expect((await t.request('GET', '/api/auth/me', { session })).status).toBe(200);
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const session = await t.login('juana.promoter');
    const res = await t.request('POST', '/api/auth/logout', { session });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect((await t.request('GET', '/api/auth/me', { session })).status).toBe(401);
  });

  it('ends every session of a user who is disabled', async () => {
    const id = await t.createUser('leaving.user', 'member');
    const session = await t.login('leaving.user');
    const admin = await t.login('rosa.admin');
    expect((await t.request('POST', `/api/users/${id}/disable`, { session: admin })).status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { session })).status).toBe(401);
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'leaving.user', password: PASSWORD } })).status).toBe(401);
  });
});

describe('housekeeping', () => {
  it('deletes expired sessions and failed sign-ins older than the window, and nothing newer', async () => {
    const { purgeExpiredAccessRecords } = await import('../../src/services/accounts/sessions.service.ts');
    const stale = await t.login('juana.promoter');
    await t.request('POST', '/api/auth/login', { body: { username: 'juana.promoter', password: 'wrong-password' } });
    t.clock.advance(31 * 60_000);
    const fresh = await t.login('rosa.admin');
    await t.request('POST', '/api/auth/login', { body: { username: 'juana.promoter', password: 'wrong-again' } });
    const purged = await purgeExpiredAccessRecords(t.ctx.services);
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.loginFailures).toBeGreaterThanOrEqual(1);
    expect((await t.request('GET', '/api/auth/me', { session: fresh })).status).toBe(200);
    expect((await t.request('GET', '/api/auth/me', { session: stale })).status).toBe(401);
    const since = new Date(t.clock.now.getTime() - 15 * 60_000);
    expect((await t.ctx.services.store.repos.loginFailures.countSince('juana.promoter', 'unknown', since)).byUsername).toBe(1);
  });
});

describe('behind a reverse proxy', () => {
  it('counts failures per forwarded client address only when told to trust the proxy', async () => {
    const { createHttpApp } = await import('../../src/context.ts');
    const proxied = createHttpApp({ ...t.ctx, config: { ...t.ctx.config, trustProxy: true } }, undefined);
    const attempt = (client: string, username: string) =>
      proxied.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.9.9, ${client}` },
        body: JSON.stringify({ username, password: 'wrong-password' }),
      });
    for (let i = 0; i < 20; i++) expect((await attempt('203.0.113.7', `spray.${i}`)).status).toBe(401);
    expect((await attempt('203.0.113.7', 'spray.last')).status).toBe(429);
    expect((await attempt('198.51.100.4', 'spray.last')).status).toBe(401);
  });
});
