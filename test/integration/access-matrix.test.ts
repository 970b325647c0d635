/**
 * The access matrix: every route of the OpenAPI document (and the few served beside it, among them
 * the public /verify/{code} page) is called as anonymous, as a user of every role inside the
 * Puno → Ananea subtree, as two users of the Piura subtree and with four API keys (a partner's
 * read-only key, a read-only key of Puno, a key with every scope and a key of Piura), and each
 * answer is compared with the documented table (src/http/route-access.ts, rendered in
 * docs/security.md):
 * - a caller the table does not allow (for a key: its role and its scopes; never on a
 *   session-only route) gets 401 (anonymous) or 403 (404 where the table hides existence),
 *   decided before the input is validated: a 2xx, or even a 400, fails;
 * - an allowed caller is never told 401/403; writes carry an empty body `{}` (or none / an empty
 *   file), so allowed writes answer 400 — that counts as allowed (where `{}` or no body is valid,
 *   the first allowed caller really acts: withdraws the consent, disables the spare account,
 *   revokes the spare key, marks the notification read; later callers get 409 or a no-op);
 * - every path param is a real record (test/support/access-matrix-seed.ts): owned by Ananea (or
 *   its woman) for people, memberships, consents, lots, sales, statements, sessions,
 *   certificates, savings, referrals, notifications, mercury results, PPE, duplicates and the
 *   spare user account; network-wide for organisations, programmes, sites, service points,
 *   plans (nodes, indicators), forms, the PPE catalogue and API keys. An outsider must never get
 *   a 2xx for a record of Ananea on a subtree route, nor see one in any answer; for the main
 *   writes the outsiders send a valid body naming them and must be refused by the subtree check
 *   (403/404), not by validation.
 * A route missing from the table, or a path param no seeded record fills, fails the run. A revoked
 * key gets 401 everywhere; the public pages show no personal data beyond initials. The matrix
 * runs on its own copy of the app with the per-address limit of the verify pages off (every
 * caller calls them); one session per caller is reused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/context.ts';
import { ROUTE_ACCESS } from '../../src/http/route-access.ts';
import { buildMatrix, issueKey, outsiderBodies, type Caller, type Seeded } from '../support/access-matrix.ts';
import { fill, verdict, type Answer } from '../support/access-matrix-verdict.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import type { Network } from '../support/registry.ts';

const BESIDE_OPENAPI = ['GET /api/openapi.json', 'GET /api/docs', 'GET /verify/{code}'];
const FILE_BODIES = new Set(['POST /api/people/import', 'POST /api/forms', 'POST /api/forms/{id}/responses', 'POST /api/plans/import', 'POST /api/savings/cycles/{id}/import']);
const NO_BODY = new Set(['POST /api/auth/logout', 'POST /api/users/{id}/disable', 'POST /api/api-keys/{id}/revoke', 'POST /api/programmes/templates', 'POST /api/referrals/notifications/{id}/read', 'POST /api/auth/totp/enrol']);
/** Routes that name an unreachable person as a field problem (400), in the same words as an unknown one, so nothing leaks. */
const REFUSED_AS_FIELD = new Set(['POST /api/programmes/{id}/enrolments']);

let t: TestApp;
let matrixApp: ReturnType<typeof createHttpApp>;
let callers: Caller[];
let seeded: Seeded;
let network: Network;
let documented: string[];
let bodies: Record<string, unknown>;

/** One request as a caller: her session cookie and CSRF token, or her key as a Bearer token. */
function send(method: string, url: string, caller: Caller, body: { json?: unknown; file?: boolean }): Promise<Response> {
  const headers: Record<string, string> = {};
  if (caller.session) {
    headers.cookie = caller.session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = caller.session.csrf;
  }
  if (caller.key) headers.authorization = `Bearer ${caller.key.secret}`;
  if (body.file) headers['content-type'] = 'application/octet-stream';
  else if (body.json !== undefined) headers['content-type'] = 'application/json';
  const payload = body.file ? '' : body.json === undefined ? undefined : JSON.stringify(body.json);
  return Promise.resolve(matrixApp.request(url, { method, headers, body: payload }));
}

async function call(route: string, caller: Caller): Promise<Answer> {
  const [method, path] = route.split(' ') as [string, string];
  const { url, seededRecord: inUrl } = fill(path, seeded);
  const validBody = caller.outsider && route in bodies;
  const body = method === 'GET' ? {} : validBody ? { json: bodies[route] } : FILE_BODIES.has(route) ? { file: true } : NO_BODY.has(route) ? {} : { json: {} };
  const res = await send(method, url, caller, body);
  const text = caller.outsider ? await res.text() : (await res.arrayBuffer(), '');
  return { status: res.status, url, seededRecord: inUrl || validBody, validBody, refusedAsField: REFUSED_AS_FIELD.has(route), body: text };
}

beforeAll(async () => {
  t = await createTestApp();
  matrixApp = createHttpApp({ ...t.ctx, config: { ...t.ctx.config, verifyRatePerMinute: 0 } });
  ({ callers, seeded, network } = await buildMatrix(t));
  bodies = outsiderBodies(seeded);
  const doc = (await (await t.request('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}, 90_000);
afterAll(() => t.close());

describe('API keys beside the matrix', () => {
  it('a key may not mint a key or an account wider than its own scopes', async () => {
    const { secret } = await issueKey(t, network.admin, { name: 'Gestora de claves', role: 'admin', organisation_id: null, scopes: ['api_keys.manage', 'users.manage'] });
    const key: Caller = { name: 'key_manager', role: 'admin', outsider: false, key: { secret, scopes: [] } };
    const before = (await (await t.request('GET', '/api/api-keys', { session: network.admin })).json()).items.length;
    const mint = await send('POST', '/api/api-keys', key, { json: { name: 'Más amplia', role: 'admin', scopes: ['people.read', 'referrals.break_glass'] } });
    const account = await send('POST', '/api/users', key, { json: { username: 'puerta.trasera', role: 'admin', password: 'a-long-test-passphrase', display_name: 'X' } });
    expect([mint.status, account.status]).toEqual([403, 403]);
    expect((await (await t.request('GET', '/api/api-keys', { session: network.admin })).json()).items).toHaveLength(before);
    expect((await t.ctx.services.store.repos.users.findByUsername('puerta.trasera'))).toBeFalsy();
  });

  it('a revoked key is told 401 on every /api route, public ones included', async () => {
    const { secret, id } = await issueKey(t, network.admin, { name: 'Clave revocada', role: 'admin', organisation_id: null, scopes: ['organisations.read', 'people.read', 'production.write'] });
    const revoked: Caller = { name: 'revoked_key', role: 'admin', outsider: false, key: { secret, scopes: [] } };
    expect((await send('GET', '/api/organisations', revoked, {})).status).toBe(200);
    expect((await t.request('POST', `/api/api-keys/${id}/revoke`, { session: network.admin })).status).toBe(200);
    const routes: [string, string, { json?: unknown }][] = [
      ['GET', '/api/organisations', {}], ['GET', '/api/places', {}], ['GET', `/api/people/${seeded.person}`, {}], ['POST', '/api/lots', { json: {} }],
      ['GET', `/api/verify/${seeded.statementCode}`, {}], ['POST', '/api/sync', { json: { items: [] } }], ['GET', '/api/auth/me', {}],
    ];
    const statuses = await Promise.all(routes.map(async ([method, url, body]) => `${method} ${url.replace(/[0-9a-f-]{36}|[0-9A-Z]{20,}$/g, '…')} ${(await send(method, url, revoked, body)).status}`));
    expect(statuses).toEqual(routes.map(([method, url]) => `${method} ${url.replace(/[0-9a-f-]{36}|[0-9A-Z]{20,}$/g, '…')} 401`));
  });
});

describe('public pages', () => {
  /** What the woman's record holds that no public page may show. */
  async function herPersonalData(): Promise<string[]> {
    const { person } = await (await t.request('GET', `/api/people/${seeded.person}`, { session: network.admin })).json();
    return [person.given_names, person.paternal_surname, person.maternal_surname, person.id_number, person.birth_date, seeded.person, seeded.lot, seeded.sale, seeded.statement, seeded.certificate, '001-4521'];
  }

  it('GET /api/services/nearest is public near a district; near a mining site it needs sites.read', async () => {
    const url = `/api/services/nearest?site_id=${seeded.site}`;
    const reader = callers.find((c) => c.name === 'key_read_only')!;
    const partner = callers.find((c) => c.name === 'key_partner')!;
    expect([(await t.request('GET', url)).status, (await send('GET', url, reader, {})).status, (await send('GET', url, partner, {})).status]).toEqual([401, 200, 200]);
    expect((await t.request('GET', '/api/services/nearest?ubigeo=211002')).status).toBe(200);
  });

  it('GET /health answers anyone with the status, the database kind and the version only', async () => {
    const res = await t.request('GET', '/health');
    expect(res.status).toBe(200);
    expect(Object.keys(await res.json()).sort()).toEqual(['db', 'status', 'version']);
  });

  it.each(['statementCode', 'certificateCode'] as const)('/verify/{code} of a %s shows anonymous the document with initials only', async (kind) => {
    const hidden = await herPersonalData();
    for (const lang of ['es', 'en']) {
      const res = await t.request('GET', `/verify/${seeded[kind]}?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('set-cookie')).toBeNull();
      const page = await res.text();
      expect(page).toContain('Asociación de Pallaqueras Ananea');
      expect(page).toMatch(/R\.? ?Q\.? ?M\.?/);
      expect(hidden.filter((value) => page.includes(value))).toEqual([]);
    }
  });

  it('/verify/{code} of an unknown code is a plain 404 page with nothing in it; /verify alone is no data page', async () => {
    const res = await t.request('GET', '/verify/0123456789ABCDEFGHJK');
    expect(res.status).toBe(404);
    const page = await res.text();
    expect(page).not.toContain('<td>');
    // Without a code there is no server page: the web app's shell when it is built, else a 404.
    const bare = await t.request('GET', '/verify');
    expect([200, 404]).toContain(bare.status);
    const shell = await bare.text();
    const hidden = await herPersonalData();
    expect(hidden.filter((value) => page.includes(value) || shell.includes(value))).toEqual([]);
  });
});

// Signing out ends the session, so it runs last.
const ROUTES = Object.keys(ROUTE_ACCESS).sort((a, b) => Number(a === 'POST /api/auth/logout') - Number(b === 'POST /api/auth/logout'));

describe('access matrix', () => {
  it('documents every route of the OpenAPI document, and only those', () => {
    expect(documented.length).toBeGreaterThan(100);
    expect(documented.filter((r) => !(r in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((r) => !documented.includes(r) && !BESIDE_OPENAPI.includes(r))).toEqual([]);
  });

  it.each(ROUTES)('%s answers every caller as the table says', async (route) => {
    const rule = ROUTE_ACCESS[route]!;
    const problems: string[] = [];
    for (const caller of callers) {
      const why = verdict(rule, caller, await call(route, caller), seeded);
      if (why) problems.push(`${caller.name} → ${why}`);
    }
    expect(problems).toEqual([]);
  });
});
