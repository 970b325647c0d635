/**
 * POST /api/sync: a promoter's offline outbox in one batch. Items are applied in order with the
 * checks of their own routes; a repeated batch changes nothing; a record still on its way is a
 * 424; a stale update is a 409 with the current record, a repeated one is done; routes offline
 * forms do not use are refused; a batch over 1 MiB is a 413 naming the limit.
 */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { createPlant, lotBody, saleBody, seedPrices } from '../support/production.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let plant: string;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  await seedPrices(t);
  plant = await createPlant(t, n.admin);
});
afterAll(() => t.close());

type Item = { id: string; method: 'POST' | 'PATCH'; path: string; body: Record<string, unknown>; base_version?: number };
type Result = { id: string; status: number; body: Record<string, unknown> };
const item = (method: Item['method'], path: string, body: Record<string, unknown>, extra: Partial<Item> = {}): Item => ({ id: uuidv7(), method, path, body, ...extra });
const sync = (items: Item[], session: Session = n.promoterAnanea) => t.request('POST', '/api/sync', { session, body: { items } });
const results = async (items: Item[], session?: Session) => {
  const res = await sync(items, session);
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { results: Result[] }).results;
};
const count = async (table: string) =>
  Number(((await t.ctx.database.db.execute(sql`SELECT count(*) AS c FROM ${sql.identifier(table)}`)) as unknown as { rows: { c: string }[] }).rows[0]!.c);
const counts = async () => ({ people: await count('people'), lots: await count('ore_lots'), sales: await count('sales'), pairs: await count('duplicate_candidates') });

describe('a sync batch', () => {
  it('applies a woman, a correction, her lot and its sale in order; a repeated batch changes nothing', async () => {
    const woman = personBody({ organisation_id: n.ananea, given_names: 'Juana', paternal_surname: 'Apaza' });
    const lot = lotBody(woman.id);
    const items = [
      item('POST', '/api/people', woman),
      item('PATCH', `/api/people/${woman.id}`, { phone: '951234567' }, { base_version: 1 }),
      item('POST', '/api/lots', lot),
      item('POST', '/api/sales', saleBody(lot.id, plant)),
    ];
    const first = await results(items);
    expect(first.map((r) => [r.id, r.status])).toEqual([[items[0]!.id, 201], [items[1]!.id, 200], [items[2]!.id, 201], [items[3]!.id, 201]]);
    expect(first[1]!.body).toMatchObject({ person: { id: woman.id, version: 2, phone: '951234567' } });
    const before = await counts();
    const audits = await count('audit_log');

    const again = await results(items);
    expect(again.map((r) => r.status)).toEqual([200, 200, 201, 201]);
    expect(again[1]!.body).toMatchObject({ person: { version: 2, phone: '951234567' } });
    expect(await counts()).toEqual(before);
    // The only rows a resend adds are the reads of the record it shows back (a full read is audited).
    expect(await count('audit_log')).toBe(audits + 1);
    const { person } = await (await t.request('GET', `/api/people/${woman.id}`, { session: n.promoterAnanea })).json();
    expect(person.version).toBe(2);
  });

  it('answers 424 for a sale whose lot has not arrived and for an update of a woman not yet registered, and takes them later', async () => {
    const woman = personBody({ organisation_id: n.ananea, given_names: 'Elena' });
    const lot = lotBody(woman.id);
    const sale = item('POST', '/api/sales', saleBody(lot.id, plant));
    const patch = item('PATCH', `/api/people/${woman.id}`, { phone: '987654321', version: 1 });
    const early = await results([sale, patch, item('POST', '/api/lots', lot)]);
    expect(early.map((r) => r.status)).toEqual([424, 424, 424]);
    expect(early[0]!.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'lots.0.lot_id', code: 'lot.unknown' }] });
    const later = await results([item('POST', '/api/people', woman), item('POST', '/api/lots', lot), sale, patch]);
    expect(later.map((r) => r.status)).toEqual([201, 201, 201, 200]);
  });

  it('answers an update based on a version the server has not reached with 424 (an earlier update is on its way)', async () => {
    const woman = personBody({ organisation_id: n.ananea });
    await results([item('POST', '/api/people', woman)]);
    const second = item('PATCH', `/api/people/${woman.id}`, { phone: '900000002' }, { base_version: 2 });
    const first = item('PATCH', `/api/people/${woman.id}`, { maternal_surname: 'Condori' }, { base_version: 1 });
    expect((await results([second, first])).map((r) => r.status)).toEqual([424, 200]);
    expect((await results([second, first])).map((r) => r.status)).toEqual([200, 200]);
  });

  it('answers a real conflict with 409 and the record as it is now, and applies nothing', async () => {
    const woman = personBody({ organisation_id: n.ananea });
    await results([item('POST', '/api/people', woman)]);
    await results([item('PATCH', `/api/people/${woman.id}`, { phone: '911111111' }, { base_version: 1 })], n.leaderAnanea);
    const [stale] = await results([item('PATCH', `/api/people/${woman.id}`, { phone: '922222222' }, { base_version: 1 })]);
    expect(stale).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT', details: [{ path: 'version', params: { version: 2 } }], current: { id: woman.id, version: 2, phone: '911111111' } } });
  });

  it('keeps possible duplicates for review instead of refusing them', async () => {
    const a = personBody({ organisation_id: n.ananea, given_names: 'Marisol', paternal_surname: 'Huanca', maternal_surname: 'Ticona' });
    const b = personBody({ organisation_id: n.ananea, given_names: 'Marisol', paternal_surname: 'Huanca', maternal_surname: 'Ticona' });
    const pairs = await count('duplicate_candidates');
    const [, second] = await results([item('POST', '/api/people', a), item('POST', '/api/people', b)]);
    expect(second!.status).toBe(201);
    expect((second!.body.possible_duplicates as { person_id?: string; id?: string }[]).length).toBeGreaterThan(0);
    expect(await count('duplicate_candidates')).toBeGreaterThan(pairs);
  });

  it('refuses, item by item, routes offline forms do not use, a bad item, and what the caller may not do', async () => {
    const other = personBody({ organisation_id: n.piura });
    const items = [
      item('POST', '/api/users', { username: 'x' }),
      item('PATCH', '/api/people/not-an-id', {}),
      item('POST', '/api/people', { ...personBody({ organisation_id: n.ananea }), id_number: '123' }),
      item('POST', '/api/people', other),
      item('PATCH', `/api/people/${uuidv7()}`, { phone: '1', version: 2 }, { base_version: 1 }),
    ];
    const answers = await results(items);
    expect(answers.map((r) => r.status)).toEqual([400, 400, 400, 403, 400]);
    expect(answers[0]!.body).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'sync.route_not_allowed', params: { method: 'POST', path: '/api/users' } });
    expect(answers[2]!.body).toMatchObject({ details: [{ path: 'id_number' }] });
    expect(answers[4]!.body).toMatchObject({ details: [{ path: 'base_version', code: 'sync.base_version_mismatch' }] });
    expect((await t.request('GET', `/api/people/${other.id}`, { session: n.admin })).status).toBe(404);
    // An analyst reads the registry but writes nothing in it, through a batch as alone.
    const [analyst] = await results([item('POST', '/api/people', personBody({ organisation_id: n.ananea }))], n.analyst);
    expect(analyst).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
  });

  it('needs a signed-in caller with her CSRF token, and a well-formed batch', async () => {
    const items = [item('POST', '/api/people', personBody({ organisation_id: n.ananea }))];
    expect((await t.request('POST', '/api/sync', { body: { items } })).status).toBe(401);
    expect((await t.request('POST', '/api/sync', { session: { ...n.promoterAnanea, csrf: 'wrong' }, body: { items } })).status).toBe(403);
    expect((await t.request('POST', '/api/sync', { session: n.promoterAnanea, body: { items: [] } })).status).toBe(400);
    expect((await t.request('POST', '/api/sync', { session: n.promoterAnanea, body: { items: [{ ...items[0], method: 'DELETE' }] } })).status).toBe(400);
  });

  it('refuses a batch over 1 MiB with a 413 that names the limit, writing nothing', async () => {
    const before = await counts();
    const big = Array.from({ length: 10 }, () => item('POST', '/api/people', { ...personBody({ organisation_id: n.ananea }), padding: 'x'.repeat(110_000) }));
    const res = await t.request('POST', '/api/sync', { session: n.promoterAnanea, body: { items: big } });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', params: { max_bytes: 1048576 } });
    expect(await counts()).toEqual(before);
  });
});
