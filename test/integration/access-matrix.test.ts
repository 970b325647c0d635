/**
 * The access matrix: every route of the OpenAPI document (and the few served beside it) is
 * called as anonymous, as a user of every role inside the Puno → Ananea subtree, and as two
 * users of the Piura subtree, and each answer is compared with the documented table
 * (src/http/route-access.ts, rendered in docs/security.md):
 * - a caller the table does not allow gets 401 (anonymous) or 403 (404 where the table hides
 *   existence), decided before the input is validated: a 2xx, or even a 400, fails;
 * - an allowed caller is never told 401/403; writes carry an empty body `{}` (or none / an empty
 *   file), so allowed writes answer 400, and made-up ids answer 404 — both count as allowed;
 * - path params are the ids of records owned by Ananea; an outsider must never get a 2xx for them,
 *   nor see one in any answer; for the main writes the outsiders send a valid body naming them and
 *   must be refused by the subtree check (403/404), not by validation.
 * A route missing from the table fails the run. One app and one session per caller are reused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPermission } from '../../src/domain/auth/roles.ts';
import { ROUTE_ACCESS, type RouteRule } from '../../src/http/route-access.ts';
import { buildMatrix, outsiderBodies, type Caller, type Seeded } from '../support/access-matrix.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const MADE_UP = '01890a5d-ac96-774b-bcce-b302099a8057';
const BESIDE_OPENAPI = ['GET /api/openapi.json', 'GET /api/docs'];
const FILE_BODIES = new Set(['POST /api/people/import', 'POST /api/forms', 'POST /api/forms/{id}/responses', 'POST /api/plans/import', 'POST /api/savings/cycles/{id}/import']);

let t: TestApp;
let callers: Caller[];
let seeded: Seeded;
let documented: string[];
let bodies: Record<string, unknown>;

/** Which seeded record fills `{param}` of a path, by the path's start; made-up ids elsewhere. */
function fill(path: string): { url: string; seededRecord: boolean } {
  let seededRecord = false;
  const byPrefix: [RegExp, string, keyof Seeded][] = [
    [/^\/api\/people\/\{id\}/, 'id', 'person'], [/^\/api\/organisations\/\{id\}/, 'id', 'organisation'], [/^\/api\/lots\/\{id\}/, 'id', 'lot'],
    [/^\/api\/sales\/\{id\}/, 'id', 'sale'], [/^\/api\/statements\/\{id\}/, 'id', 'statement'], [/^\/api\/programmes\/\{id\}/, 'id', 'programme'],
    [/^\/api\/training-sessions\/\{id\}/, 'id', 'trainingSession'], [/^\/api\/savings\/groups\/\{id\}/, 'id', 'savingsGroup'],
    [/^\/api\/savings\/cycles\/\{id\}/, 'id', 'savingsCycle'], [/\{person_id\}/, 'person_id', 'person'], [/^\/api\/referrals\/\{id\}/, 'id', 'referral'],
  ];
  let url = path;
  for (const [pattern, param, record] of byPrefix) {
    if (pattern.test(path) && url.includes(`{${param}}`)) {
      url = url.replace(`{${param}}`, seeded[record]);
      seededRecord = true;
    }
  }
  url = url.replace('{code}', '0123456789ABCDEFGHJK').replace('{key}', 'blood_ug_l').replace(/\{[a-zA-Z_]+\}/g, MADE_UP);
  const query: Record<string, string> = {
    '/api/statements': `person_id=${seeded.person}`, '/api/lots': `person_id=${seeded.person}`, '/api/sales': `person_id=${seeded.person}`,
    '/api/prices/on': 'date=2026-02-20', '/api/ppe/stock': `organisation_id=${seeded.organisation}`, '/api/ppe/lacking': `item_id=${MADE_UP}`,
  };
  if (/^\/api\/plans\/\{id\}\/report$/.test(path)) url += '?from=2026-01-01&to=2026-02-28';
  if (query[path]) {
    url += `?${query[path]}`;
    seededRecord = true;
  }
  return { url, seededRecord };
}

function allowedByRole(rule: RouteRule, caller: Caller): boolean {
  if (rule.access.kind === 'public') return true;
  if (caller.role === null) return false;
  if (rule.access.kind === 'authenticated') return true;
  if (rule.except?.includes(caller.role)) return false;
  return rule.access.any.some((permission) => hasPermission(caller.role!, permission));
}

/** Why an answer breaks the table, or null when it agrees. */
function verdict(rule: RouteRule, caller: Caller, answer: Answer): string | null {
  const { status, seededRecord } = answer;
  if (status >= 500) return `${status}: a server error`;
  const ok = status >= 200 && status < 300;
  if (!allowedByRole(rule, caller)) {
    const denied = caller.role === null ? [401] : rule.hidden ? [403, 404] : [403];
    return denied.includes(status) ? null : `${status}: should be denied with ${denied.join('/')}`;
  }
  if (caller.outsider && ok) {
    if (rule.subtree && seededRecord) return `${status}: an outsider reached a record of another subtree`;
    const leaked = PRIVATE.filter((record) => answer.body.includes(seeded[record]) && !answer.url.includes(seeded[record]));
    if (leaked.length > 0) return `${status}: an outsider was shown ${leaked.join(', ')} of another subtree`;
  }
  if (caller.outsider && rule.subtree && seededRecord) {
    const refused = answer.refusedAsField ? [400, 403, 404] : [403, 404];
    return !answer.validBody || refused.includes(status) ? null : `${status}: a valid body for another subtree's record should be refused with ${refused.join('/')}`;
  }
  if (status === 401 || status === 403) return `${status}: should be allowed`;
  return null;
}

interface Answer { status: number; url: string; seededRecord: boolean; validBody: boolean; refusedAsField: boolean; body: string }
/** Routes that name an unreachable person as a field problem (400), in the same words as an unknown one, so nothing leaks. */
const REFUSED_AS_FIELD = new Set(['POST /api/programmes/{id}/enrolments']);
/** Records of Ananea an outsider must never see in any answer (organisations and programmes are network-wide). */
const PRIVATE: (keyof Seeded)[] = ['person', 'lot', 'sale', 'statement', 'trainingSession', 'savingsGroup', 'savingsCycle', 'referral'];

async function call(route: string, caller: Caller): Promise<Answer> {
  const [method, path] = route.split(' ') as [string, string];
  const { url, seededRecord: inUrl } = fill(path);
  const session = caller.session;
  const validBody = caller.outsider && route in bodies;
  const seededRecord = inUrl || validBody;
  const opts = method === 'GET' ? { session }
    : validBody ? { session, body: bodies[route] }
    : FILE_BODIES.has(route) ? { session, rawBody: '', headers: { 'content-type': 'application/octet-stream' } }
    : NO_BODY.has(route) ? { session } : { session, body: {} };
  const res = await t.request(method, url, opts);
  const body = caller.outsider ? await res.text() : (await res.arrayBuffer(), '');
  return { status: res.status, url, seededRecord, validBody, refusedAsField: REFUSED_AS_FIELD.has(route), body };
}
const NO_BODY = new Set(['POST /api/auth/logout', 'POST /api/users/{id}/disable', 'POST /api/api-keys/{id}/revoke', 'POST /api/programmes/templates', 'POST /api/referrals/notifications/{id}/read', 'POST /api/auth/totp/enrol']);

beforeAll(async () => {
  t = await createTestApp();
  ({ callers, seeded } = await buildMatrix(t));
  bodies = outsiderBodies(seeded);
  const doc = (await (await t.request('GET', '/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
  documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
}, 60_000);
afterAll(() => t.close());

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
      const why = verdict(rule, caller, await call(route, caller));
      if (why) problems.push(`${caller.name} → ${why}`);
    }
    expect(problems).toEqual([]);
  });
});
