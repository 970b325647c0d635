/**
 * Fuzzing every API route: each operation of the app's own OpenAPI document (so no route is
 * forgotten) gets hostile requests — wrong types, 100 KB strings, 1,000 levels of arrays, bytes
 * that are not UTF-8, spreadsheet formulas, script and SQL payloads, bad path parameters and
 * malformed query strings — as an admin (with CSRF token) and as anonymous. What must hold:
 * never a 5xx; every refusal is application/problem+json; a refused write changes no table
 * (row counts of every table but sessions and login_failures, audit_log included).
 *
 * Bounds (so the file stays well under 60 s on 2 cores with PGlite): one shared app; per
 * operation 9 fixed examples (one per payload family) + ADMIN_RUNS random admin requests +
 * ANON_RUNS anonymous ones; arrays of at most 4 items, objects nested at most 4 levels.
 * FUZZ_RUNS=n raises ADMIN_RUNS for a longer local run, FUZZ_SEED=n draws other inputs; FUZZ_STATS=1 prints the statuses seen per
 * route (most random bodies stop at validation: cross-field rules are not in the document).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { FORMULA, HUGE, IMG, INVALID_UTF8, SCRIPT, SQLI, deepArray, fromSchema, hostileValue, validish, pathValue, queryValue, rowCounts } from '../support/fuzz.ts';
import { listOperations, type Operation } from '../support/fuzz-openapi.ts';
import { createPlant, createWoman, seedPrices } from '../support/production.ts';
import { buildNetwork } from '../support/registry.ts';

const ADMIN_RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const ANON_RUNS = 1;
/** Tables a refused request may legitimately write: its own session bookkeeping and failed logins. */
const MAY_CHANGE_ON_REFUSAL = ['sessions', 'login_failures'];

const OPERATIONS = listOperations();

interface FuzzRequest {
  pathValues: string[];
  query: [string, string][];
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; bytes: Uint8Array | string; type: string } | { kind: 'none' };
}

let t: TestApp;
let admin: Session;
let ids: string[];
beforeAll(async () => {
  t = await createTestApp();
  const n = await buildNetwork(t);
  admin = n.admin;
  await seedPrices(t);
  ids = [n.ananea, n.puno, await createWoman(t, n), await createPlant(t, n.admin)];
}, 60_000);
const STATS = new Map<string, number[]>();
afterAll(async () => { if (process.env.FUZZ_STATS) for (const [k, v] of STATS) console.log(k, v.join(',')); await t?.close(); });

const enc = new TextEncoder();

function requestArbitrary(op: Operation): fc.Arbitrary<FuzzRequest> {
  const names = Object.keys(op.query);
  const json = (arb: fc.Arbitrary<unknown>) => arb.map((value) => ({ kind: 'json' as const, value }));
  const body: fc.Arbitrary<FuzzRequest['body']> =
    op.body === 'json' ? fc.oneof({ weight: 3, arbitrary: json(validish(op.schema, ids)) }, { weight: 3, arbitrary: json(fromSchema(op.schema, ids)) }, { weight: 1, arbitrary: json(hostileValue) }, { weight: 1, arbitrary: wrongType(op) })
    : op.body === 'binary' ? fc.uint8Array({ maxLength: 2000 }).map((bytes) => ({ kind: 'raw' as const, bytes, type: 'application/octet-stream' }))
    : fc.oneof(fc.constant({ kind: 'none' as const }), json(hostileValue));
  const extra = fc.option(fc.tuple(fc.constantFrom('unknown_param', ...names), queryValue(undefined, ids)), { freq: 3 });
  const query = fc.tuple(...names.map((k) => fc.option(queryValue(op.query[k] as never, ids).map((v) => [k, v] as [string, string]))), extra)
    .map((pairs) => pairs.filter((p): p is [string, string] => p !== null));
  return fc.record({ pathValues: fc.tuple(...op.pathParams.map(() => pathValue(ids))), query, body });
}

/** A plausible JSON body sent under a content type that is not JSON (forms, multipart, UTF-16). */
const wrongType = (op: Operation) => fc.tuple(validish(op.schema, ids), fc.constantFrom('text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/xml', ''))
  .map(([value, type]) => ({ kind: 'raw' as const, bytes: JSON.stringify(value) ?? 'null', type }));

/** One request per payload family, so every route sees each of them whatever the random draws. */
function fixedExamples(op: Operation): FuzzRequest[] {
  const every = (v: unknown) => Object.fromEntries(Object.keys((op.schema?.properties as object | undefined) ?? { a: 1 }).map((k) => [k, v]));
  const real = op.pathParams.map((_, i) => ids[(i + 2) % ids.length]!);
  const q = (v: string) => Object.keys(op.query).map((k) => [k, v] as [string, string]);
  const json = (value: unknown) => ({ kind: 'json' as const, value });
  const raw = (bytes: Uint8Array | string, type = 'application/json') => ({ kind: 'raw' as const, bytes, type });
  return [
    { pathValues: real, query: q(encodeURIComponent(FORMULA)), body: json(every(FORMULA)) },
    { pathValues: real, query: q(encodeURIComponent(SCRIPT)), body: json(every(IMG)) },
    { pathValues: real, query: q(encodeURIComponent(SQLI)), body: json(every(SQLI)) },
    { pathValues: real, query: q(encodeURIComponent(HUGE)), body: json(every(HUGE)) },
    { pathValues: real, query: q('%E0%A4%A'), body: json(deepArray()) },
    { pathValues: real, query: [], body: json(every(deepArray())) },
    { pathValues: real, query: q('a%00b'), body: json({ ...every('a\u0000b'), '\u0000': 'x' }) },
    { pathValues: real, query: [], body: op.body === 'binary' ? raw(INVALID_UTF8, 'application/octet-stream') : raw(INVALID_UTF8) },
    { pathValues: op.pathParams.map(() => 'not-a-uuid'), query: q('-1'), body: raw('{"a":', 'application/json') },
  ];
}

async function send(op: Operation, r: FuzzRequest, session: Session | undefined): Promise<{ res: Response; url: string }> {
  let path = op.path;
  op.pathParams.forEach((name, i) => { path = path.replace(`{${name}}`, r.pathValues[i]!); });
  const url = r.query.length ? `${path}?${r.query.map(([k, v]) => `${k}=${v}`).join('&')}` : path;
  const headers: Record<string, string> = {};
  let body: BodyInit | undefined;
  if (r.body.kind === 'json') { headers['content-type'] = 'application/json'; body = JSON.stringify(r.body.value) ?? 'null'; }
  if (r.body.kind === 'raw') { headers['content-type'] = r.body.type; body = (typeof r.body.bytes === 'string' ? enc.encode(r.body.bytes) : r.body.bytes) as BodyInit; }
  if (op.method === 'GET') body = undefined;
  if (session) { headers.cookie = session.cookie; headers['x-csrf-token'] = session.csrf; }
  return { res: await t.app.request(url, { method: op.method, headers, body }), url };
}

async function check(op: Operation, r: FuzzRequest, who: 'admin' | 'anonymous'): Promise<void> {
  const isWrite = op.method !== 'GET';
  const before = isWrite ? await rowCounts(t, MAY_CHANGE_ON_REFUSAL) : undefined;
  const { res, url } = await send(op, r, who === 'admin' ? admin : undefined);
  const text = await res.text();
  const where = `${who} ${op.method} ${url.slice(0, 200)} body=${JSON.stringify(r.body).slice(0, 200)} → ${res.status} ${text.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  // A sync batch answers 200 with one answer per item: none of them may be a 5xx either.
  if (op.path === '/api/sync' && res.status === 200) for (const item of JSON.parse(text).results) expect(item.status, where).toBeLessThan(500);
  STATS.set(`${op.method} ${op.path} ${who}`, [...(STATS.get(`${op.method} ${op.path} ${who}`) ?? []), res.status]);
  // The public verification page answers its visitors in HTML (its rate limit in problem+json).
  if (res.status >= 400) expect(res.headers.get('content-type') ?? '', where).toMatch(op.path.startsWith('/api') ? /application\/problem\+json/ : /text\/html|application\/problem\+json/);
  if (before && res.status >= 400) expect(await rowCounts(t, MAY_CHANGE_ON_REFUSAL), where).toEqual(before);
  // Signing out is a legitimate answer to some of these requests: sign back in for the next one.
  if (who === 'admin' && op.path === '/api/auth/logout' && res.status < 300) admin = await t.login('net.admin');
}

describe('every API route refuses hostile input cleanly', () => {
  it('reads the whole API from its OpenAPI document', () => {
    expect(OPERATIONS.length).toBeGreaterThan(100);
  });

  it.each(OPERATIONS.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', async (_name, op) => {
    const arb = requestArbitrary(op);
    await fc.assert(fc.asyncProperty(arb, (r) => check(op, r, 'admin')), { numRuns: ADMIN_RUNS + 9, examples: fixedExamples(op).map((e) => [e]), seed: Number(process.env.FUZZ_SEED ?? 10) });
    await fc.assert(fc.asyncProperty(arb, (r) => check(op, r, 'anonymous')), { numRuns: ANON_RUNS, seed: Number(process.env.FUZZ_SEED ?? 11) });
  });
});
