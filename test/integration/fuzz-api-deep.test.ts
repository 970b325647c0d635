/**
 * Deep fuzzing of the main write routes: a valid body (the factories of test/support) with one
 * field — top level or inside a list — replaced by a hostile value: extreme numbers (1e308,
 * 2^53+2, 1e-320, -1), 100 KB text, formulas, script and SQL, NUL, deep arrays, nulls, wrong
 * types. Unlike fuzz-api.test.ts these bodies pass the document's shape checks and reach the
 * services and the database, where overflows and constraint errors live. What must hold: a 2xx
 * or a 4xx problem+json, never a 5xx; a refusal changes no table.
 * The sync batch is fuzzed through the person inside it (its items are replayed through the app).
 * Bounds: RUNS (30) bodies per route, one shared app (~10 s on PGlite).
 */
import fc from 'fast-check';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { FORMULA, HUGE, IMG, SQLI, deepArray, rowCounts } from '../support/fuzz.ts';
import { createPlant, createWoman, lotBody, saleBody, seedPrices } from '../support/production.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const MAY_CHANGE = ['sessions', 'login_failures'];

const HOSTILE: unknown[] = [
  1e308, -1e308, 2 ** 53 + 2, 2 ** 31, -1, 0, 1e-320, 0.0001, 123456789.123456, FORMULA, IMG, SQLI, HUGE, 'a\u0000b', '', ' ',
  null, true, [], {}, deepArray(), ['x'], '2026-02-30', '9999-12-31', '0001-01-01', '😀'.repeat(30), 'x'.repeat(201),
];

/** Paths into a body: top-level keys and keys of objects inside arrays (e.g. lots.0.weight_kg). */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => paths(v, [...prefix, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...(typeof v === 'object' && v ? paths(v, [...prefix, k]) : [])]);
  return [];
}

function withValue(body: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path[path.length - 1]!] = value;
  return copy;
}

let t: TestApp;
let n: Network;
let woman = '';
let plant = '';
let lot = '';
let ppeItem = '';
const personVersion = async () => (await (await t.request('GET', `/api/people/${woman}`, { session: n.admin })).json()).person.version as number;

interface Route { name: string; method: string; path: () => string; body: () => Record<string, unknown> | Promise<Record<string, unknown>> }
const ROUTES: Route[] = [
  { name: 'POST /api/people', method: 'POST', path: () => '/api/people', body: () => personBody({ organisation_id: n.ananea, phone: '987654321' }) },
  { name: 'PATCH /api/people/{id}', method: 'PATCH', path: () => `/api/people/${woman}`, body: async () => ({ version: await personVersion(), given_names: 'Rosa', phone: '987654321', dependants: 2 }) },
  { name: 'POST /api/organisations', method: 'POST', path: () => '/api/organisations', body: () => ({ id: uuidv7(), kind: 'processing_plant', name: 'Planta', mercury_free: true, recpo_code: 'RECPO-1' }) },
  { name: 'POST /api/sites', method: 'POST', path: () => '/api/sites', body: () => ({ name: 'Relave Ana María', district: '211002', lat: -14.62, lon: -69.43, concession_code: '010001504' }) },
  { name: 'POST /api/lots', method: 'POST', path: () => '/api/lots', body: () => lotBody(woman) },
  { name: 'POST /api/prices', method: 'POST', path: () => '/api/prices', body: () => ({ date: '2026-02-21', usd_per_oz: 2950.5, pen_per_usd: 3.71, source: 'BCRP' }) },
  { name: 'POST /api/ppe/stock', method: 'POST', path: () => '/api/ppe/stock', body: () => ({ id: uuidv7(), organisation_id: n.ananea, item_id: ppeItem, quantity: 10, received_on: '2026-02-20', source: 'Donación' }) },
  { name: 'POST /api/sync (a person inside)', method: 'POST', path: () => '/api/sync',
    body: () => ({ items: [{ id: uuidv7(), method: 'POST', path: '/api/people', body: personBody({ organisation_id: n.ananea }) }] }) },
  { name: 'POST /api/sales', method: 'POST', path: () => '/api/sales', body: () => saleBody(lot, plant, { lots: [{ lot_id: lot, weight_kg: 1 }] }) },
];

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  await seedPrices(t);
  woman = await createWoman(t, n);
  plant = await createPlant(t, n.admin);
  const body = lotBody(woman);
  const res = await t.request('POST', '/api/lots', { session: n.admin, body });
  if (res.status !== 201) throw new Error(`lot: ${res.status} ${await res.text()}`);
  lot = body.id;
  ppeItem = (await (await t.request('GET', '/api/ppe/items', { session: n.admin })).json()).items[0].id;
}, 60_000);
afterAll(() => t?.close());

describe('valid bodies with one hostile field', () => {
  it.each(ROUTES.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
    const base = await route.body();
    // The unchanged body is accepted: the mutations below start from a request that gets through.
    const accepted = await t.request(route.method, route.path(), { session: n.admin, body: base });
    expect(accepted.status, await accepted.text()).toBeLessThan(300);
    const mutation = fc.tuple(fc.constantFrom(...paths(base)), fc.constantFrom(...HOSTILE));
    await fc.assert(fc.asyncProperty(mutation, async ([path, value]) => {
      const body = withValue(await route.body(), path, value);
      const before = await rowCounts(t, MAY_CHANGE);
      const res = await t.request(route.method, route.path(), { session: n.admin, body });
      const text = await res.text();
      const where = `${route.name} ${path.join('.')}=${JSON.stringify(value)?.slice(0, 60)} → ${res.status} ${text.slice(0, 300)}`;
      if (process.env.FUZZ_TRACE) console.log(where.slice(0, 160));
      expect(res.status, where).toBeLessThan(500);
      // A sync batch answers 200 with one answer per item: none of them may be a 5xx either.
      if (res.status === 200 && route.path() === '/api/sync') for (const item of JSON.parse(text).results) expect(item.status, where).toBeLessThan(500);
      if (res.status >= 400) {
        expect(res.headers.get('content-type'), where).toMatch(/application\/problem\+json/);
        expect(await rowCounts(t, MAY_CHANGE), where).toEqual(before);
      }
    }), { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 21) });
  });
});
