/** Partner API keys: shown once, hashed at rest, scoped, revocable at once. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('rosa.admin', 'admin');
  admin = await t.login('rosa.admin');
});
afterAll(() => t.close());

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('API keys', () => {
  it('issues a key whose secret is shown once and stored only as a hash', async () => {
    const res = await t.request('POST', '/api/api-keys', { session: admin, body: { name: 'Caja Arequipa', role: 'coordinator', scopes: ['users.list'] } });
    expect(res.status).toBe(201);
    const { api_key, secret } = await res.json();
    expect(secret).toMatch(/^pallay_[A-Za-z0-9]{12}_[\w-]{20,}$/);
    const secretPart = secret.slice(`pallay_${api_key.prefix}_`.length);
    expect(secretPart.length).toBeGreaterThanOrEqual(40);
    const rows = await t.ctx.database.db.execute(sql`SELECT * FROM api_keys`);
    const stored = JSON.stringify((rows as unknown as { rows: unknown[] }).rows);
    expect(stored).toContain(api_key.prefix);
    expect(stored).not.toContain(secretPart);
    const listed = await (await t.request('GET', '/api/api-keys', { session: admin })).json();
    expect(JSON.stringify(listed)).not.toContain(secretPart);
    expect(listed.items[0]).toMatchObject({ id: api_key.id, scopes: ['users.list'] });
  });

  it('authenticates calls within its scope and refuses the rest', async () => {
    const { secret } = await (await t.request('POST', '/api/api-keys', { session: admin, body: { name: 'Scoped', role: 'coordinator', scopes: ['users.list'] } })).json();
    expect((await t.request('GET', '/api/users', { headers: bearer(secret) })).status).toBe(200);
    const { secret: unscoped } = await (await t.request('POST', '/api/api-keys', { session: admin, body: { name: 'Unscoped', role: 'coordinator' } })).json();
    expect((await t.request('GET', '/api/users', { headers: bearer(unscoped) })).status).toBe(403);
  });

  it('a key never exceeds its role, whatever its scopes', async () => {
    const { secret } = await (await t.request('POST', '/api/api-keys', { session: admin, body: { name: 'Partner', scopes: ['users.manage'] } })).json();
    const res = await t.request('POST', '/api/users', { headers: bearer(secret), body: { username: 'via.key', display_name: 'X', password: 'long-enough-pass', role: 'admin' } });
    expect(res.status).toBe(403);
  });

  it('rejects unknown scopes', async () => {
    const res = await t.request('POST', '/api/api-keys', { session: admin, body: { name: 'Bad', scopes: ['everything'] } });
    expect(res.status).toBe(400);
  });

  it('stops working the moment it is revoked, and a forged secret never works', async () => {
    const { api_key, secret } = await (await t.request('POST', '/api/api-keys', { session: admin, body: { name: 'Short-lived', role: 'coordinator', scopes: ['users.list'] } })).json();
    const forged = secret.slice(0, -4) + 'AAAA';
    expect((await t.request('GET', '/api/users', { headers: bearer(forged) })).status).toBe(401);
    expect((await t.request('POST', `/api/api-keys/${api_key.id}/revoke`, { session: admin })).status).toBe(200);
    const res = await t.request('GET', '/api/users', { headers: bearer(secret) });
    expect(res.status).toBe(401);
    expect((await res.json()).code).toBe('UNAUTHENTICATED');
  });
});
