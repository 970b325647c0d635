/**
 * Deep fuzzing of every write route with a JSON body: a valid base request (test/support/
 * fuzz-bodies*.ts) with one field — top level or inside a list — replaced by a hostile value:
 * extreme numbers (1e308, 2^53+2, 1e-320, -1), 100 KB text, formulas, script and SQL, NUL,
 * deep arrays, nulls, wrong types (random draws); then two deterministic sweeps: every field on
 * the edges of the document's own bounds, and a NUL and a lone surrogate in every text field.
 * Unlike fuzz-api.test.ts these bodies pass the document's shape checks and reach the services
 * and the database, where overflows and constraint errors live. What must hold: a 2xx or a 4xx
 * problem+json, never a 5xx; a refusal changes no table; an accepted formula, script or SQL
 * text comes back verbatim (stored as text, not mangled).
 * The route list comes from the OpenAPI document: a JSON write route without a base request
 * fails the first test, so a new route cannot slip past.
 * Bounds: RUNS (15) random bodies per route (fewer where preparing one is costly) plus the two
 * sweeps, one shared app (~30 s on PGlite). FUZZ_RUNS=n and FUZZ_SEED=n for longer or other runs.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { FORMULA, HOSTILE_FIELD_VALUES as HOSTILE, IMG, SQLI, bodyPaths as paths, rowCounts, withValue } from '../support/fuzz.ts';
import { CORE_BODIES, type BaseRequest } from '../support/fuzz-bodies.ts';
import { MODULE_BODIES } from '../support/fuzz-bodies-modules.ts';
import { buildFuzzWorld, type FuzzWorld } from '../support/fuzz-fixture.ts';
import { edgeValues, jsonWriteSchemas, textFields } from '../support/fuzz-openapi.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SCHEMAS = jsonWriteSchemas();
const MAY_CHANGE = ['sessions', 'login_failures'];
/** JSON write routes fuzzed elsewhere, with the reason. */
const ELSEWHERE: Record<string, string> = {
  'POST /api/setup': 'answers only on an empty database, and its first accepted body ends setup; hostile bodies in fuzz-api.test.ts',
};
const BODIES: Record<string, BaseRequest> = { ...CORE_BODIES, ...MODULE_BODIES };
// Sign-in last: its failures may lock the account it uses, and nothing after it needs that account.
const ORDER = [...Object.keys(BODIES).filter((k) => k !== 'POST /api/auth/login'), 'POST /api/auth/login'];
/** Text that must come back unchanged when a route accepts it. */
const VERBATIM = new Set<unknown>([FORMULA, IMG, SQLI]);

/** Every string value stored under `key` anywhere in an answer. */
function valuesOf(answer: unknown, key: string): string[] {
  if (Array.isArray(answer)) return answer.flatMap((v) => valuesOf(v, key));
  if (!answer || typeof answer !== 'object') return [];
  return Object.entries(answer).flatMap(([k, v]) => [...(k === key && typeof v === 'string' ? [v] : []), ...valuesOf(v, key)]);
}

let t: TestApp;
let w: FuzzWorld;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildFuzzWorld(t);
}, 120_000);
afterAll(() => t?.close());

/** Sends the route's base request with `value` at `path` and checks the answer and the tables. */
async function mutate(name: string, route: BaseRequest, path: string[], value: unknown): Promise<void> {
  const method = name.split(' ')[0]!;
  const prepared = await route.prepare(w);
  const body = withValue(prepared.body, path, value);
  const before = await rowCounts(t, MAY_CHANGE);
  const res = await t.request(method, prepared.path, { session: prepared.session ?? w.n.admin, body });
  const text = await res.text();
  const where = `${name} ${path.join('.')}=${JSON.stringify(value)?.slice(0, 60)} → ${res.status} ${text.slice(0, 300)}`;
  if (process.env.FUZZ_TRACE) console.log(where.slice(0, 160));
  expect(res.status, where).toBeLessThan(500);
  // A sync batch answers 200 with one answer per item: none of them may be a 5xx either.
  if (res.status === 200 && prepared.path === '/api/sync') for (const item of JSON.parse(text).results) expect(item.status, where).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), where).toMatch(/application\/problem\+json/);
    expect(await rowCounts(t, MAY_CHANGE), where).toEqual(before);
  } else if (VERBATIM.has(value) && text) {
    const echoed = valuesOf(JSON.parse(text), path[path.length - 1]!);
    if (echoed.length) expect(echoed, where).toContain(value);
  }
}

describe('valid bodies with one hostile field', () => {
  it('has a base request for every JSON write route of the OpenAPI document', () => {
    const routes = [...SCHEMAS.keys()];
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((route) => !BODIES[route] && !ELSEWHERE[route]), 'add a base request to test/support/fuzz-bodies*.ts').toEqual([]);
    expect(Object.keys(BODIES).filter((route) => !routes.includes(route)), 'base requests for routes that no longer exist').toEqual([]);
  });

  it.each(ORDER.map((name) => [name, BODIES[name]!] as const))('%s', async (name, route) => {
    const method = name.split(' ')[0]!;
    const base = await route.prepare(w);
    // The unchanged body is accepted: the mutations below start from a request that gets through.
    const accepted = await t.request(method, base.path, { session: base.session ?? w.n.admin, body: base.body });
    expect(accepted.status, await accepted.text()).toBeLessThan(300);
    const mutation = fc.tuple(fc.constantFrom(...paths(base.body)), fc.constantFrom(...HOSTILE));
    await fc.assert(fc.asyncProperty(mutation, ([path, value]) => mutate(name, route, path, value)), { numRuns: Math.ceil((RUNS * (route.runs ?? 30)) / 30), seed: Number(process.env.FUZZ_SEED ?? 21) });
  });
});

// Values on the edges of the document's own bounds pass validation and reach the columns: the
// largest number allowed and one past it, text of the longest length allowed — for every field.
describe('every field of every base request on the edges of its bounds', () => {
  it.each(ORDER.map((name) => [name, BODIES[name]!] as const))('%s', async (name, route) => {
    const base = (await route.prepare(w)).body;
    for (const path of paths(base)) for (const value of edgeValues(SCHEMAS.get(name), path)) await mutate(name, route, path, value);
  });
});

// Text with a NUL byte reaches PostgreSQL (which refuses it) unless the contract stops it, and a
// lone surrogate is not UTF-8: every text field of every base request, and every optional text
// field the base leaves out, gets both, whatever the random draws above picked.
describe('a NUL byte or a lone surrogate in every text field of every base request', () => {
  it.each(ORDER.map((name) => [name, BODIES[name]!] as const))('%s', async (name, route) => {
    const base = (await route.prepare(w)).body;
    const textPaths = paths(base).filter((path) => typeof path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], base) === 'string');
    const absent = textFields(SCHEMAS.get(name)).filter((key) => !(key in base)).map((key) => [key]);
    for (const path of [...textPaths, ...absent]) for (const value of ['a\u0000b', 'a\uD800b']) await mutate(name, route, path, value);
  });
});
