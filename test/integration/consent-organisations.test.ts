/** Consent drives what partners see; organisations form a tree with no cycles; boards show the women's share. */
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let bank: string;
let partner: Session;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  const res = await t.request('POST', '/api/organisations', { session: n.admin, body: { kind: 'financial_institution', name: 'Caja Municipal Arequipa', ruc: '20100209641', parent_id: n.national } });
  expect(res.status).toBe(201);
  bank = (await res.json()).organisation.id;
  await t.createUser('caja.analista', 'partner', { organisationId: bank });
  partner = await t.login('caja.analista');
});
afterAll(() => t.close());

describe('consent and sharing', () => {
  it('lets a partner see a record only while she consents to share it with them, without sensitive fields', async () => {
    const body = personBody({ organisation_id: n.ananea, phone: '987111222' });
    await t.request('POST', '/api/people', { session: n.promoterAnanea, body });
    expect((await t.request('GET', `/api/people/${body.id}`, { session: partner })).status).toBe(404);

    const given = await t.request('POST', `/api/people/${body.id}/consents`, {
      session: n.promoterAnanea, body: { purpose: 'sharing', organisation_id: bank, given_on: '2026-02-20', method: 'thumbprint' },
    });
    expect(given.status).toBe(201);
    const { consent } = await given.json();
    const seen = await t.request('GET', `/api/people/${body.id}`, { session: partner });
    expect(seen.status).toBe(200);
    const detail = await seen.json();
    expect(detail.person).toMatchObject({ id: body.id, id_number: body.id_number, phone: null, birth_date: null });
    expect((await (await t.request('GET', '/api/people', { session: partner })).json()).items.map((p: { id: string }) => p.id)).toEqual([body.id]);

    const withdrawn = await t.request('POST', `/api/people/${body.id}/consents/${consent.id}/withdraw`, { session: n.promoterAnanea, body: {} });
    expect(withdrawn.status).toBe(200);
    expect((await t.request('GET', `/api/people/${body.id}`, { session: partner })).status).toBe(404);
    expect((await (await t.request('GET', '/api/people', { session: partner })).json()).items).toEqual([]);
  });

  it('asks for a witness for verbal consent and an organisation for sharing', async () => {
    const body = personBody({ organisation_id: n.ananea });
    await t.request('POST', '/api/people', { session: n.promoterAnanea, body });
    const res = await t.request('POST', `/api/people/${body.id}/consents`, { session: n.promoterAnanea, body: { purpose: 'sharing', given_on: '2026-02-20', method: 'verbal_with_witness' } });
    expect(res.status).toBe(400);
    expect((await res.json()).details.map((d: { path: string }) => d.path).sort()).toEqual(['organisation_id', 'witness_name']);
  });
});

describe('organisations', () => {
  it('refuses to make an organisation its own ancestor', async () => {
    const puno = await (await t.request('GET', `/api/organisations/${n.puno}`, { session: n.admin })).json();
    const res = await t.request('PATCH', `/api/organisations/${n.puno}`, { session: n.admin, body: { version: puno.organisation.version, parent_id: n.ananea } });
    expect(res.status).toBe(400);
    expect((await res.json()).details).toEqual([{ path: 'parent_id', code: 'parent_id.cycle', message: 'would make the organisation its own ancestor' }]);
  });

  it('refuses a RUC with a wrong check digit', async () => {
    const res = await t.request('POST', '/api/organisations', { session: n.admin, body: { kind: 'processing_plant', name: 'Planta X', ruc: '20100209642', parent_id: n.national, mercury_free: true } });
    expect(res.status).toBe(400);
    expect((await res.json()).details).toEqual([{ path: 'ruc', code: 'ruc.check_digit', message: 'has a wrong check digit' }]);
  });

  it('shows the women\'s share of the board and the assembly', async () => {
    const org = (await (await t.request('POST', '/api/organisations', { session: n.coordPuno, body: { kind: 'selectors_association', name: 'Asociación Virgen del Carmen', parent_id: n.puno, gender_equity_statutes: true } })).json()).organisation;
    const people = [
      personBody({ organisation_id: org.id }),
      personBody({ organisation_id: org.id }),
      personBody({ organisation_id: org.id, sex: 'male', given_names: 'Juan', profiles: ['man_miner'] }),
    ];
    for (const body of people) expect((await t.request('POST', '/api/people', { session: n.coordPuno, body })).status).toBe(201);
    const add = await t.request('POST', '/api/memberships', { session: n.coordPuno, body: { person_id: people[0]!.id, organisation_id: org.id, role: 'president', from_date: '2026-01-01' } });
    expect(add.status).toBe(201);
    await t.request('POST', '/api/memberships', { session: n.coordPuno, body: { person_id: people[2]!.id, organisation_id: org.id, role: 'treasurer', from_date: '2026-01-01' } });
    const detail = await (await t.request('GET', `/api/organisations/${org.id}`, { session: n.coordPuno })).json();
    expect(detail.gender_share).toEqual({ board_women: 1, board_total: 2, assembly_women: 2, assembly_total: 3 });
  });

  it('refuses a membership that ends before it starts', async () => {
    const body = personBody({ organisation_id: n.ananea });
    await t.request('POST', '/api/people', { session: n.admin, body });
    const res = await t.request('POST', '/api/memberships', { session: n.admin, body: { id: uuidv7(), person_id: body.id, organisation_id: n.ananea, role: 'secretary', from_date: '2026-02-01', to_date: '2026-01-31' } });
    expect(res.status).toBe(400);
    expect((await res.json()).details).toEqual([{ path: 'to_date', code: 'period.ends_before_start', message: 'cannot be before the start date' }]);
  });
});
