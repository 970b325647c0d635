/** Hostile and malformed requests get a clear 4xx, write nothing and echo nothing unescaped. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createApp } from '../../src/http/app.ts';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('rosa.admin', 'admin');
  admin = await t.login('rosa.admin');
});
afterAll(() => t.close());

async function expectProblem(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  const body = await res.json();
  expect(body.code).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  return body;
}

describe('bad input', () => {
  it('malformed JSON → 400', async () => {
    await expectProblem(await t.request('POST', '/api/users', { session: admin, rawBody: '{"username": "a",' }), 400, 'VALIDATION_FAILED');
  });

  it('wrong types → 400 naming each field', async () => {
    const body = await expectProblem(
      await t.request('POST', '/api/users', { session: admin, body: { username: 42, display_name: ['x'], password: true, role: null } }),
      400, 'VALIDATION_FAILED',
    );
    expect(body.details.map((d: { path: string }) => d.path).sort()).toEqual(['display_name', 'password', 'role', 'username']);
    expect(body.details.find((d: { path: string }) => d.path === 'username')).toMatchObject({ code: 'zod.invalid_type', params: { expected: 'string' } });
  });

  it('oversized body → 413 and nothing written', async () => {
    const before = await t.ctx.services.store.repos.users.count();
    const huge = { username: 'big.user', display_name: 'x'.repeat(2_000_000), password: PASSWORD, role: 'member' };
    await expectProblem(await t.request('POST', '/api/users', { session: admin, body: huge }), 413, 'PAYLOAD_TOO_LARGE');
    expect(await t.ctx.services.store.repos.users.count()).toBe(before);
  });

  it('invalid UUID in the path → 400', async () => {
    const body = await expectProblem(await t.request('POST', '/api/users/not-a-uuid/disable', { session: admin }), 400, 'VALIDATION_FAILED');
    expect(body.details[0].path).toBe('id');
  });

  it('unknown UUID → 404', async () => {
    await expectProblem(await t.request('POST', '/api/users/01890a5d-ac96-774b-bcce-b302099a8057/disable', { session: admin }), 404, 'NOT_FOUND');
  });

  it('a body that is not JSON → 415 or 400, never 500', async () => {
    const res = await t.request('POST', '/api/users', { session: admin, rawBody: 'username=x', headers: { 'content-type': 'text/plain' } });
    expect([400, 415]).toContain(res.status);
  });

  it('control characters in text → 400', async () => {
    const body = await expectProblem(
      await t.request('POST', '/api/users', { session: admin, body: { username: 'nul.user', display_name: 'a\u0000b', password: PASSWORD, role: 'member' } }),
      400, 'VALIDATION_FAILED',
    );
    expect(body.details[0].path).toBe('display_name');
  });

  it('SQL in a search string is just text', async () => {
    const res = await t.request('GET', `/api/places?q=${encodeURIComponent("'; DROP TABLE places; --")}`);
    expect(res.status).toBe(200);
    expect((await res.json()).items).toEqual([]);
    const after = await t.request('GET', '/api/places?level=department&limit=100');
    expect((await after.json()).items).toHaveLength(25);
  });

  it('LIKE wildcards in a search string match literally', async () => {
    const res = await t.request('GET', '/api/places?q=%25&limit=5');
    expect((await res.json()).items).toEqual([]);
  });

  it('a handler crash → 500 with a request id and no stack', async () => {
    const logged: unknown[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const store = { ...t.ctx.services.store, ping: () => Promise.reject(new Error('boom at secret.ts:12')) };
    const app = createApp({
      services: { ...t.ctx.services, store }, dbKind: 'pglite', version: 'test', logger, secureCookies: false, trustProxy: false, webDir: undefined,
      translateError: () => undefined,
    });
    const body = await expectProblem(await app.request('/health'), 500, 'INTERNAL');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ requestId: body.request_id, err: { message: 'boom at secret.ts:12' } });
    expect(body.request_id).toMatch(/^[\w-]{8,}$/);
    expect(JSON.stringify(body)).not.toContain('boom');
  });
});
