/**
 * A record merged into another, or whose data was cancelled at her request (ARCO), takes no new
 * rows: on a merged record they would be lost from the record kept (a late offline sync, an
 * admin working from an old page), and on a cancelled one they would give her an identity
 * again. Staff who see every record (here the admin) are told 409 with the rule, and nothing is
 * written; staff of her association no longer see a merged record at all (its memberships moved).
 */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type Session, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';
import { dbRows, okJson } from '../support/requests.ts';

let t: TestApp;
let n: Network;
let merged: string;
let kept: string;
let cancelled: string;
let site: string;
let group: string;

const rows = <T>(query: ReturnType<typeof sql>) => dbRows<T>(t, query);
const ok = (session: Session, method: 'POST' | 'GET', path: string, body?: unknown) => okJson(t, session, method, path, body);
const woman = async (extra: Record<string, unknown>) => (await ok(n.leaderAnanea, 'POST', '/api/people', personBody({ organisation_id: n.ananea, ...extra }))).person.id as string;
const twin = { given_names: 'Nélida', paternal_surname: 'Apaza', maternal_surname: 'Ticona', birth_date: '1979-03-08', id_type: 'none', id_number: null, id_none_reason: 'lost' };

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  kept = await woman(twin);
  merged = await woman(twin);
  const [pair] = await rows<{ id: string }>(sql`SELECT id FROM duplicate_candidates WHERE status = 'pending'`);
  await ok(n.admin, 'POST', `/api/duplicates/${pair!.id}`, { decision: 'merge', keep_id: kept });
  cancelled = await woman({ given_names: 'Rufina', paternal_surname: 'Quispe', maternal_surname: 'Mamani' });
  await ok(n.admin, 'POST', `/api/people/${cancelled}/cancellation`, { requested_on: '2026-02-28', legal_basis: 'Ley 29733 art. 20: written request of the holder' });
  site = (await ok(n.promoterAnanea, 'POST', '/api/sites', { name: 'Relave Santa Rosa', district: '211002', lat: -14.62, lon: -69.43 })).site.id;
  group = (await ok(n.promoterAnanea, 'POST', '/api/savings/groups', { organisation_id: n.ananea, name: 'Banquito Santa Rosa' })).group.id;
});
afterAll(() => t.close());

/** The writes that name a person, each with a fresh id. */
const writes: [string, (personId: string) => [string, unknown]][] = [
  ['a consent', (id) => [`/api/people/${id}/consents`, { id: uuidv7(), purpose: 'statistics', given_on: '2026-02-01', method: 'signature' }]],
  ['a selection authorisation', (id) => [`/api/sites/${site}/authorisations`, { id: uuidv7(), person_id: id, kind: 'verbal', from_date: '2026-01-10' }]],
  ['a savings group seat', (id) => [`/api/savings/groups/${group}/members`, { person_id: id, joined_on: '2026-01-05' }]],
  ['a user account', (id) => ['/api/users', { username: `socia.${id.slice(-6)}`, display_name: 'Socia', password: PASSWORD, role: 'member', organisation_id: n.ananea, person_id: id }]],
];

describe('a closed record takes no new rows', () => {
  it.each(writes)('%s for a record merged into another is refused with person.merged', async (_, write) => {
    const before = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_log`);
    const [path, body] = write(merged);
    const res = await t.request('POST', path, { session: n.admin, body });
    expect(res.status, await res.clone().text()).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'CONFLICT', rule: 'person.merged' });
    expect(await rows(sql`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
    // The same write for the record kept goes through.
    expect((await t.request('POST', ...((([p, b]) => [p, { session: n.admin, body: b }])(write(kept)) as [string, { session: Session; body: unknown }]))).status).toBeLessThan(300);
  });

  it.each(writes)('%s for a record whose data was cancelled is refused with person.cancelled', async (_, write) => {
    const [path, body] = write(cancelled);
    const res = await t.request('POST', path, { session: n.admin, body });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ rule: 'person.cancelled' });
  });
});
