/** First start: nothing secret is created silently; a one-time link creates the first admin. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueSetupToken } from '../../src/services/accounts/setup.service.ts';
import { createTestApp, PASSWORD, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('first administrator setup', () => {
  it('reports that setup is needed on an empty database', async () => {
    expect(await (await t.request('GET', '/api/setup')).json()).toEqual({ needs_setup: true });
  });

  it('refuses a made-up token', async () => {
    const res = await t.request('POST', '/api/setup', { body: { token: 'x'.repeat(43), username: 'first.admin', display_name: 'Ana', password: PASSWORD } });
    expect(res.status).toBe(403);
    expect(await t.ctx.services.store.repos.users.count()).toBe(0);
  });

  it('refuses an expired token', async () => {
    const token = await issueSetupToken(t.ctx.services);
    t.clock.advance(25 * 3_600_000);
    const res = await t.request('POST', '/api/setup', { body: { token, username: 'first.admin', display_name: 'Ana', password: PASSWORD } });
    expect(res.status).toBe(403);
  });

  it('creates the first admin once with a valid token, then never again', async () => {
    const token = await issueSetupToken(t.ctx.services);
    const res = await t.request('POST', '/api/setup', { body: { token, username: 'first.admin', display_name: 'Ana Condori', password: PASSWORD } });
    expect(res.status).toBe(201);
    expect((await res.json()).user).toMatchObject({ username: 'first.admin', role: 'admin' });
    await t.login('first.admin');
    const again = await t.request('POST', '/api/setup', { body: { token, username: 'second.admin', display_name: 'Eva', password: PASSWORD } });
    expect(again.status).toBe(409);
    expect(await (await t.request('GET', '/api/setup')).json()).toEqual({ needs_setup: false });
    expect(await issueSetupToken(t.ctx.services)).toBeUndefined();
  });
});
