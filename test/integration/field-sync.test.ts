/**
 * What a field phone's outbox and working set need from the server: a woman registered offline
 * whose DNI someone already holds is registered and sent to duplicate review, not refused (so
 * the lot and sale recorded for her on the phone are taken too), a resend records nothing
 * twice, the online form still refuses the taken DNI, and the open lots of the women a promoter
 * may see come in one bounded read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createPlant, createWoman, lotBody, saleBody, seedPrices } from '../support/production.ts';
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

interface Pair { id: string; reasons: string[]; a: { id: string }; b: { id: string } }
const pendingPairs = async () => ((await (await t.request('GET', '/api/duplicates', { session: n.leaderAnanea })).json()) as { items: Pair[] }).items;
const pairOf = (pairs: Pair[], a: string, b: string) => pairs.filter((p) => [p.a.id, p.b.id].sort().join() === [a, b].sort().join());

describe('a woman registered offline with a DNI already registered', () => {
  const dni = '47110025';
  let holder = '';
  let synced: ReturnType<typeof personBody>;

  it('is registered without the DNI and sent to review with the registered woman, not refused', async () => {
    holder = await createWoman(t, n, { id_number: dni, given_names: 'Justina', paternal_surname: 'Huanca', birth_date: '1975-05-02' });
    synced = personBody({ organisation_id: n.ananea, id_number: dni, given_names: 'Justina', paternal_surname: 'Huanca', maternal_surname: 'Ccama', on_dni_taken: 'review' });
    const res = await t.request('POST', '/api/people', { session: n.promoterAnanea, body: synced });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.person).toMatchObject({ id: synced.id, id_type: 'none', id_number: null });
    expect(body.person.id_none_reason).toContain(dni);
    expect(body.possible_duplicates[0]).toMatchObject({ person: { id: holder } });
    const pairs = pairOf(await pendingPairs(), synced.id, holder);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]!.reasons).toContain('same_dni');
  });

  it('takes the lot and the sale recorded for her on the phone, and records each once when resent', async () => {
    const lot = lotBody(synced.id);
    const sale = saleBody(lot.id, plant);
    for (let round = 0; round < 3; round++) {
      const person = await t.request('POST', '/api/people', { session: n.promoterAnanea, body: synced });
      expect(person.status, await person.clone().text()).toBeLessThan(300);
      expect((await t.request('POST', '/api/lots', { session: n.promoterAnanea, body: lot })).status).toBe(201);
      expect((await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: sale })).status).toBe(201);
    }
    expect(pairOf(await pendingPairs(), synced.id, holder)).toHaveLength(1);
    const lots = await (await t.request('GET', `/api/lots?person_id=${synced.id}`, { session: n.promoterAnanea })).json();
    expect(lots.items).toHaveLength(1);
    const sales = await (await t.request('GET', `/api/sales?person_id=${synced.id}`, { session: n.promoterAnanea })).json();
    expect(sales.items).toHaveLength(1);
  });

  it('is still refused by the online form, which asks for nothing else', async () => {
    const res = await t.request('POST', '/api/people', { session: n.promoterAnanea, body: personBody({ organisation_id: n.ananea, id_number: dni }) });
    expect(res.status).toBe(409);
    expect((await res.json()).details).toEqual([expect.objectContaining({ path: 'id_number', code: 'id_number.taken' })]);
  });

  it('keeps a look-alike without a taken DNI as before: registered, and in review', async () => {
    const like = personBody({ organisation_id: n.ananea, id_type: 'none', id_number: null, id_none_reason: 'lost', given_names: 'Justina', paternal_surname: 'Huanca', birth_date: '1975-05-02', on_dni_taken: 'review' });
    const res = await t.request('POST', '/api/people', { session: n.promoterAnanea, body: like });
    expect(res.status).toBe(201);
    expect(pairOf(await pendingPairs(), like.id, holder)).toHaveLength(1);
  });
});

describe('open lots for a field phone', () => {
  it("lists the open lots of the women a promoter may see, newest first, and leaves out sold lots and other networks' women", async () => {
    const rosa = await createWoman(t, n);
    const open = lotBody(rosa);
    const soldOut = lotBody(rosa, { weight_kg: 1000 });
    for (const lot of [open, soldOut]) expect((await t.request('POST', '/api/lots', { session: n.promoterAnanea, body: lot })).status).toBe(201);
    expect((await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: saleBody(soldOut.id, plant) })).status).toBe(201);
    const piura = personBody({ organisation_id: n.piura });
    expect((await t.request('POST', '/api/people', { session: n.coordPiura, body: piura })).status).toBe(201);
    const far = lotBody(piura.id);
    expect((await t.request('POST', '/api/lots', { session: n.coordPiura, body: far })).status).toBe(201);

    const res = await t.request('GET', '/api/lots/open', { session: n.promoterAnanea });
    expect(res.status).toBe(200);
    const { items, is_truncated } = (await res.json()) as { items: { id: string; status: string }[]; is_truncated: boolean };
    const ids = items.map((l) => l.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(soldOut.id);
    expect(ids).not.toContain(far.id);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(is_truncated).toBe(false);
    expect(items.every((l) => l.status !== 'sold')).toBe(true);
  });

  it('says when it left older lots out, refuses a bad limit, and is not for roles without production', async () => {
    const limited = await (await t.request('GET', '/api/lots/open?limit=1', { session: n.promoterAnanea })).json();
    expect(limited.items).toHaveLength(1);
    expect(limited.is_truncated).toBe(true);
    expect((await t.request('GET', '/api/lots/open?limit=5000', { session: n.promoterAnanea })).status).toBe(400);
    expect((await t.request('GET', '/api/lots/open', { session: n.analyst })).status).toBe(403);
    expect((await t.request('GET', `/api/lots/open?id=${uuidv7()}`, { session: n.promoterAnanea })).status).toBe(400);
  });
});
