/** User accounts through the API: who may create and list them, and how bad input is answered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
const org = { national: uuidv7(), puno: uuidv7(), ananea: uuidv7(), piura: uuidv7() };

beforeAll(async () => {
  t = await createTestApp();
  const orgs = t.ctx.services.store.repos.organisations;
  await orgs.insert({ id: org.national, name: 'Red Nacional', kind: 'national_network', parentId: null });
  await orgs.insert({ id: org.puno, name: 'Red Puno', kind: 'regional_network', parentId: org.national });
  await orgs.insert({ id: org.ananea, name: 'Asociación Ananea', kind: 'selectors_association', parentId: org.puno });
  await orgs.insert({ id: org.piura, name: 'Red Piura', kind: 'regional_network', parentId: org.national });
  await t.createUser('rosa.admin', 'admin');
  admin = await t.login('rosa.admin');
});
afterAll(() => t.close());

const newUser = (username: string, extra: Record<string, unknown> = {}) => ({
  username, display_name: 'María Mamani Quispe', password: PASSWORD, role: 'promoter', ...extra,
});

describe('creating users', () => {
  it('lets an admin create a user who can then sign in', async () => {
    const res = await t.request('POST', '/api/users', { session: admin, body: newUser('maria.mamani', { organisation_id: org.ananea }) });
    expect(res.status).toBe(201);
    const { user } = await res.json();
    expect(user).toMatchObject({ username: 'maria.mamani', role: 'promoter', organisation_id: org.ananea, disabled_at: null });
    expect(JSON.stringify(user)).not.toMatch(/argon2|password/);
    await expect(t.login('maria.mamani')).resolves.toMatchObject({ userId: user.id });
  });

  it('forbids non-admins', async () => {
    await t.createUser('luz.promoter', 'promoter', { organisationId: org.ananea });
    const session = await t.login('luz.promoter');
    const res = await t.request('POST', '/api/users', { session, body: newUser('sneaky.user') });
    expect(res.status).toBe(403);
    expect((await t.request('POST', '/api/users', { body: newUser('anon.user') })).status).toBe(401);
    expect(await t.ctx.services.store.repos.users.findByUsername('sneaky.user')).toBeUndefined();
  });

  it('lists every field problem at once, including unknown fields', async () => {
    const res = await t.request('POST', '/api/users', {
      session: admin,
      body: { username: 'x', display_name: '', password: 'short', role: 'queen', organisation_id: 'not-a-uuid', nickname: 'y' },
    });
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    const paths = problem.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['display_name', 'nickname', 'organisation_id', 'password', 'role', 'username']);
  });

  it('answers a taken username with 409 naming the field', async () => {
    await t.request('POST', '/api/users', { session: admin, body: newUser('twice.user') });
    const res = await t.request('POST', '/api/users', { session: admin, body: newUser('twice.user') });
    expect(res.status).toBe(409);
    expect((await res.json()).details).toEqual([{ path: 'username', code: 'username.taken', message: 'is already taken' }]);
  });

  it('stores a script payload as plain text and returns it only inside JSON', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const res = await t.request('POST', '/api/users', { session: admin, body: newUser('script.name', { display_name: name }) });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await res.json()).user.display_name).toBe(name);
  });
});

describe('listing users', () => {
  it('shows a coordinator only the accounts of her subtree', async () => {
    await t.createUser('coord.puno', 'coordinator', { organisationId: org.puno });
    await t.createUser('leader.ananea', 'association_leader', { organisationId: org.ananea });
    await t.createUser('coord.piura', 'coordinator', { organisationId: org.piura });
    const session = await t.login('coord.puno');
    const res = await t.request('GET', '/api/users', { session });
    expect(res.status).toBe(200);
    const names = (await res.json()).items.map((u: { username: string }) => u.username);
    expect(names).toContain('leader.ananea');
    expect(names).toContain('coord.puno');
    expect(names).not.toContain('coord.piura');
    expect(names).not.toContain('rosa.admin');
  });

  it('shows an admin everyone', async () => {
    const res = await t.request('GET', '/api/users', { session: admin });
    const count = await t.ctx.services.store.repos.users.count();
    expect((await res.json()).items).toHaveLength(count);
  });

  it('does not let the CLI actor disable a user twice into a different state', async () => {
    const { disableUser } = await import('../../src/services/accounts/users.service.ts');
    const first = await disableUser(t.ctx.services, { actor: CLI_ACTOR, requestId: null }, { username: 'twice.user' });
    const second = await disableUser(t.ctx.services, { actor: CLI_ACTOR, requestId: null }, { username: 'twice.user' });
    expect(second.disabled_at).toBe(first.disabled_at);
  });
});
