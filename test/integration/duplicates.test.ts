/** Duplicates found on create go to review; merge keeps every link, distinct is never asked again. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

const create = async (extra: Record<string, unknown>) => {
  const res = await t.request('POST', '/api/people', { session: n.leaderAnanea, body: personBody({ organisation_id: n.ananea, ...extra }) });
  expect(res.status).toBe(201);
  return res.json();
};

describe('duplicates', () => {
  it('flags the same woman registered with swapped surnames and no DNI, and merges keeping her links', async () => {
    const first = await create({ given_names: 'Nélida', paternal_surname: 'Apaza', maternal_surname: 'Ticona', birth_date: '1979-03-08' });
    const second = await create({ id_type: 'none', id_number: null, id_none_reason: 'lost', given_names: 'Nelida', paternal_surname: 'Ticona', maternal_surname: 'Apaza', birth_date: '1979-03-08' });
    expect(second.possible_duplicates.map((d: { person: { id: string } }) => d.person.id)).toContain(first.person.id);

    const queue = await (await t.request('GET', '/api/duplicates', { session: n.leaderAnanea })).json();
    const pair = queue.items.find((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].includes(second.person.id));
    expect(pair).toBeDefined();
    const merged = await t.request('POST', `/api/duplicates/${pair.id}`, { session: n.leaderAnanea, body: { decision: 'merge', keep_id: first.person.id } });
    expect(merged.status).toBe(200);
    const kept = await (await t.request('GET', `/api/people/${first.person.id}`, { session: n.leaderAnanea })).json();
    // Both records were open members of Ananea: she is one member, since the earlier date.
    expect(kept.memberships).toHaveLength(1);
    const gone = await (await t.request('GET', `/api/people?q=nelida`, { session: n.leaderAnanea })).json();
    expect(gone.items.map((p: { id: string }) => p.id)).toEqual([first.person.id]);
  });

  it('never proposes a pair again once marked distinct', async () => {
    const a = await create({ given_names: 'Justina', paternal_surname: 'Choque', maternal_surname: 'Pari', birth_date: '1990-05-04' });
    const b = await create({ given_names: 'Justina', paternal_surname: 'Choque', maternal_surname: 'Pari', birth_date: '1990-04-05' });
    expect(b.possible_duplicates.map((d: { person: { id: string } }) => d.person.id)).toContain(a.person.id);
    const queue = await (await t.request('GET', '/api/duplicates', { session: n.leaderAnanea })).json();
    const pair = queue.items.find((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].includes(b.person.id));
    expect((await t.request('POST', `/api/duplicates/${pair.id}`, { session: n.leaderAnanea, body: { decision: 'distinct' } })).status).toBe(200);
    const edited = await t.request('PATCH', `/api/people/${b.person.id}`, { session: n.leaderAnanea, body: { version: 1, phone: '955000111' } });
    expect((await edited.json()).possible_duplicates.map((d: { person: { id: string } }) => d.person.id)).not.toContain(a.person.id);
  });

  it('carries the merged record\'s other pending pairs over to the record kept', async () => {
    const noDni = { id_type: 'none', id_number: null, id_none_reason: 'lost', given_names: 'Teodora', paternal_surname: 'Huanca', maternal_surname: 'Cutipa', birth_date: '1972-11-30' };
    const [a, b, c] = [(await create(noDni)).person.id, (await create(noDni)).person.id, (await create(noDni)).person.id] as string[];
    const pairKey = (x: string, y: string) => [x, y].sort().join('|');
    const pending = async () => new Map((await (await t.request('GET', '/api/duplicates', { session: n.leaderAnanea })).json()).items
      .map((p: { id: string; a: { id: string }; b: { id: string } }) => [pairKey(p.a.id, p.b.id), p.id]));
    const before = await pending();
    // As if the neighbour search had missed b and c (it keeps only the closest few).
    await t.request('POST', `/api/duplicates/${before.get(pairKey(b!, c!))}`, { session: n.leaderAnanea, body: { decision: 'distinct' } });
    await t.ctx.database.db.execute(sql`DELETE FROM duplicate_candidates WHERE status = 'distinct' AND person_a = least(${b}::uuid, ${c}::uuid) AND person_b = greatest(${b}::uuid, ${c}::uuid)`);
    expect((await pending()).has(pairKey(b!, c!))).toBe(false);
    const merged = await t.request('POST', `/api/duplicates/${before.get(pairKey(a!, b!))}`, { session: n.leaderAnanea, body: { decision: 'merge', keep_id: b } });
    expect(merged.status).toBe(200);
    const after = await pending();
    expect(after.has(pairKey(a!, c!))).toBe(false); // stale: a is merged
    expect(after.has(pairKey(b!, c!))).toBe(true); // a looked like c, so b is asked about c
  });

  it('does not flag sisters', async () => {
    await create({ given_names: 'Yolanda', paternal_surname: 'Condori', maternal_surname: 'Layme', birth_date: '1985-01-20' });
    const sister = await create({ given_names: 'Marisol', paternal_surname: 'Condori', maternal_surname: 'Layme', birth_date: '1991-09-02' });
    expect(sister.possible_duplicates).toEqual([]);
  });
});
