/**
 * Structured fuzzing of the JSON importers: a valid plan file (and the indicator spec inside it)
 * with one field at any depth replaced by a hostile value — the byte-level fuzz of
 * fuzz-importers.test.ts rarely yields JSON that parses, so it never put a NUL escape or a 1e308
 * inside an indicator's live query, which is how a 500 on plan import went unseen (stored as
 * jsonb, which refuses NUL). What must hold: 200, or a 400 problem+json naming where, never a
 * 5xx; a refused file writes nothing (row counts). Bounds: RUNS (60) files plus a NUL in every
 * text field, one app (~5 s on PGlite). FUZZ_RUNS / FUZZ_SEED as the other fuzz files.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { HOSTILE_FIELD_VALUES, bodyPaths, rowCounts, withValue } from '../support/fuzz.ts';
import { regionalPlan, uploadPlan } from '../support/plans.ts';
import { buildNetwork } from '../support/registry.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const MAY_CHANGE = ['sessions', 'login_failures'];
const PLAN = regionalPlan();

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await buildNetwork(t)).admin;
});
afterAll(() => t?.close());

async function check(path: string[], value: unknown): Promise<void> {
  const before = await rowCounts(t, MAY_CHANGE);
  const res = await uploadPlan(t, admin, withValue(PLAN, path, value));
  const text = await res.text();
  const where = `${path.join('.')}=${JSON.stringify(value)?.slice(0, 60)} → ${res.status} ${text.slice(0, 300)}`;
  if (process.env.FUZZ_TRACE) console.log(where.slice(0, 160));
  expect(res.status, where).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.headers.get('content-type'), where).toMatch(/application\/problem\+json/);
    expect(JSON.parse(text).details.length, where).toBeGreaterThan(0);
    expect(await rowCounts(t, MAY_CHANGE), where).toEqual(before);
  }
}

describe('a plan file with one hostile field', () => {
  it('imports the unchanged file', async () => {
    expect((await uploadPlan(t, admin, PLAN)).status).toBe(200);
  });

  it('never answers 5xx, and a refusal names where and writes nothing', async () => {
    const mutation = fc.tuple(fc.constantFrom(...bodyPaths(PLAN)), fc.constantFrom(...HOSTILE_FIELD_VALUES));
    await fc.assert(fc.asyncProperty(mutation, ([path, value]) => check(path, value)), { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 31) });
  });

  it('refuses a NUL in every text field, including the indicator spec', async () => {
    const at = (path: string[]) => path.reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], PLAN);
    for (const path of bodyPaths(PLAN).filter((p) => typeof at(p) === 'string')) await check(path, 'a\u0000b');
  });
});
