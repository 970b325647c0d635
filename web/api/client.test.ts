/** The API client against a fake fetch: headers, CSRF, problem+json parsing, 401 handling. */
import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './client.ts';

type Call = { url: string; init: RequestInit };

function fakeServer(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetchFn = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(url), init: init ?? {} };
    calls.push(call);
    return answer(call);
  });
  return { calls, fetch: fetchFn as unknown as typeof fetch };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const session = { user: { id: 'u1', username: 'rosa', display_name: 'Rosa', role: 'admin', organisation_id: null }, csrf_token: 'tok-1' };
const header = (call: Call | undefined, name: string) => (call?.init.headers as Record<string, string>)[name];

describe('api client', () => {
  it('sends the CSRF token from login on writes but not on reads', async () => {
    const server = fakeServer((c) => (c.url === '/api/auth/login' ? json(200, session) : json(200, { items: [] })));
    const api = createApiClient({ fetch: server.fetch, getLanguage: () => 'qu' });
    await api.login('rosa', 'secret-password');
    await api.listUsers();
    await api.disableUser('u 2');
    const [login, list, disable] = server.calls;
    expect(header(login, 'X-CSRF-Token')).toBeUndefined();
    expect(header(list, 'X-CSRF-Token')).toBeUndefined();
    expect(header(disable, 'X-CSRF-Token')).toBe('tok-1');
    expect(disable?.url).toBe('/api/users/u%202/disable');
    expect(list?.init.credentials).toBe('same-origin');
    expect(header(list, 'Accept-Language')).toBe('qu');
    expect(login?.init.body).toBe(JSON.stringify({ username: 'rosa', password: 'secret-password' }));
  });

  it('turns problem+json into an ApiError with field details', async () => {
    const problem = { code: 'VALIDATION_FAILED', message: 'Datos no válidos', details: [{ path: 'password', message: 'Mínimo 10' }] };
    const server = fakeServer(() => json(400, problem, 'application/problem+json'));
    const api = createApiClient({ fetch: server.fetch });
    const err = await api.createUser({ username: 'a', display_name: 'A', password: 'x', role: 'member' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED', status: 400, message: 'Datos no válidos', details: problem.details });
  });

  it('keeps the rule code and params of each detail, dropping params that are not text or numbers', async () => {
    const details = [
      { path: ['body', 'password'], message: 'Too small', code: 'zod.too_small', params: { minimum: 10, odd: { x: 1 } } },
      { path: 'username', message: 'is already taken', code: 42 },
    ];
    const server = fakeServer(() => json(400, { code: 'VALIDATION_FAILED', message: 'x', details }, 'application/problem+json'));
    const err = await createApiClient({ fetch: server.fetch }).setup({ token: 't', username: 'a', display_name: 'A', password: 'x' }).catch((e: unknown) => e);
    expect((err as ApiError).details).toEqual([
      { path: 'body.password', message: 'Too small', code: 'zod.too_small', params: { minimum: 10 } },
      { path: 'username', message: 'is already taken' },
    ]);
  });

  it('keeps the rule and params of a refusal that is not about one field', async () => {
    const body = { code: 'CONFLICT', message: 'Pallay is already set up', rule: 'setup.done', params: { since: '2026-01-01', odd: [1] }, details: [] };
    const server = fakeServer(() => json(409, body, 'application/problem+json'));
    const err = await createApiClient({ fetch: server.fetch }).setup({ token: 't', username: 'a', display_name: 'A', password: 'x' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONFLICT', status: 409, rule: 'setup.done', params: { since: '2026-01-01' } });
    expect((err as ApiError).params).not.toHaveProperty('odd');
  });

  it('reports an unreachable server as NETWORK and a non-JSON error by status', async () => {
    const down = createApiClient({ fetch: (async () => { throw new TypeError('offline'); }) as typeof fetch });
    await expect(down.setupStatus()).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
    const proxy = createApiClient({ fetch: (async () => new Response('<h1>Bad gateway</h1>', { status: 502 })) as typeof fetch });
    await expect(proxy.setupStatus()).rejects.toMatchObject({ code: 'HTTP_502', status: 502 });
  });

  it('answers null from me() when logged out, and signals a lost session elsewhere', async () => {
    const onUnauthenticated = vi.fn();
    const server = fakeServer(() => json(401, { code: 'UNAUTHENTICATED', message: 'no' }));
    const api = createApiClient({ fetch: server.fetch, onUnauthenticated });
    expect(await api.me()).toBeNull();
    await expect(api.login('rosa', 'bad')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await expect(api.places({ q: 'Puno', level: 'department' })).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(server.calls.at(-1)?.url).toBe('/api/places?q=Puno&level=department');
  });

  it('accepts 204 on logout and forgets the token', async () => {
    const server = fakeServer((c) => (c.url === '/api/auth/login' ? json(200, session) : new Response(null, { status: 204 })));
    const api = createApiClient({ fetch: server.fetch });
    await api.login('rosa', 'secret-password');
    await expect(api.logout()).resolves.toBeUndefined();
    await api.logout();
    expect(header(server.calls[1], 'X-CSRF-Token')).toBe('tok-1');
    expect(header(server.calls[2], 'X-CSRF-Token')).toBeUndefined();
  });
});
