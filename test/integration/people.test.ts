/** Registering, reading, correcting and finding people, and who may do each. */
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

const register = (session: Network['admin'], extra: Record<string, unknown> = {}) =>
  t.request('POST', '/api/people', { session, body: personBody({ organisation_id: n.ananea, ...extra }) });

describe('registering people', () => {
  it('registers a pallaquera in her association, once, whatever the retries', async () => {
    const body = personBody({ organisation_id: n.ananea, given_names: 'Felícitas', paternal_surname: 'Ñaupari', maternal_surname: 'Huamán' });
    const first = await t.request('POST', '/api/people', { session: n.promoterAnanea, body });
    expect(first.status).toBe(201);
    const created = await first.json();
    expect(created.person).toMatchObject({ id: body.id, given_names: 'Felícitas', paternal_surname: 'Ñaupari', version: 1 });
    const retry = await t.request('POST', '/api/people', { session: n.promoterAnanea, body });
    expect(retry.status).toBe(200);
    expect((await retry.json()).created).toBe(false);
    const detail = await (await t.request('GET', `/api/people/${body.id}`, { session: n.leaderAnanea })).json();
    expect(detail.memberships).toEqual([expect.objectContaining({ organisation_id: n.ananea, role: 'member' })]);
  });

  it('lists every rule a record breaks, and writes nothing', async () => {
    const before = await t.request('GET', '/api/people?limit=200', { session: n.admin });
    const total = (await before.json()).total;
    const res = await register(n.admin, { id_number: '4012345', birth_date: '2031-01-01', district: '999999', ruc: '20131312956', miner_position: 'worker' });
    expect(res.status).toBe(400);
    const paths = (await res.json()).details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['birth_date', 'district', 'id_number', 'miner_position', 'ruc']);
    expect((await (await t.request('GET', '/api/people?limit=200', { session: n.admin })).json()).total).toBe(total);
  });

  it('refuses a DNI already registered, naming the field', async () => {
    const body = personBody({ organisation_id: n.ananea });
    expect((await t.request('POST', '/api/people', { session: n.admin, body })).status).toBe(201);
    const again = await register(n.admin, { id_number: body.id_number, given_names: 'Otra' });
    expect(again.status).toBe(409);
    expect((await again.json()).details).toEqual([{ path: 'id_number', code: 'id_number.taken', message: 'is already registered to another person' }]);
  });

  it('keeps staff inside their network', async () => {
    expect((await register(n.coordPiura)).status).toBe(403);
    expect((await register(n.coordPuno)).status).toBe(201);
    const withoutOrg = await t.request('POST', '/api/people', { session: n.promoterAnanea, body: personBody() });
    expect(withoutOrg.status).toBe(400);
  });
});

describe('reading and correcting', () => {
  it('audits every full read by staff', async () => {
    const { person } = await (await register(n.admin)).json();
    await t.request('GET', `/api/people/${person.id}`, { session: n.coordPuno });
    const rows = (await t.ctx.database.db.execute(sql`SELECT actor_id FROM audit_log WHERE action = 'read' AND entity_id = ${person.id}`)) as unknown as { rows: { actor_id: string }[] };
    expect(rows.rows.map((r) => r.actor_id)).toEqual([n.coordPuno.userId]);
  });

  it('hides people outside the subtree as if they did not exist', async () => {
    const { person } = await (await register(n.admin)).json();
    expect((await t.request('GET', `/api/people/${person.id}`, { session: n.coordPiura })).status).toBe(404);
    expect((await t.request('GET', `/api/people/${person.id}`, { session: n.analyst })).status).toBe(403);
  });

  it('refuses a correction based on a stale version', async () => {
    const { person } = await (await register(n.admin)).json();
    const ok = await t.request('PATCH', `/api/people/${person.id}`, { session: n.leaderAnanea, body: { version: 1, phone: '987654321' } });
    expect(ok.status).toBe(200);
    expect((await ok.json()).person).toMatchObject({ phone: '987654321', version: 2, maternal_surname: 'Mamani', languages: ['qu', 'es'] });
    const stale = await t.request('PATCH', `/api/people/${person.id}`, { session: n.promoterAnanea, body: { version: 1, phone: '912345678' } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe('VERSION_CONFLICT');
  });
});

describe('a member and her own record', () => {
  it('sees and corrects only her own record, and her own reads are not audited as third-party reads', async () => {
    const { person } = await (await register(n.promoterAnanea, { given_names: 'Vilma' })).json();
    const { person: other } = await (await register(n.promoterAnanea)).json();
    await t.createUser('vilma.member', 'member', { organisationId: n.ananea, personId: person.id });
    const vilma = await t.login('vilma.member');
    expect((await t.request('GET', `/api/people/${person.id}`, { session: vilma })).status).toBe(200);
    expect((await t.request('GET', `/api/people/${other.id}`, { session: vilma })).status).toBe(404);
    expect((await (await t.request('GET', '/api/people', { session: vilma })).json()).items.map((p: { id: string }) => p.id)).toEqual([person.id]);
    const fix = await t.request('PATCH', `/api/people/${person.id}`, { session: vilma, body: { version: person.version, phone: '999888777' } });
    expect(fix.status).toBe(200);
    expect((await t.request('PATCH', `/api/people/${other.id}`, { session: vilma, body: { version: 1, phone: '911222333' } })).status).toBe(404);
    expect((await t.request('POST', '/api/people', { session: vilma, body: personBody({ organisation_id: n.ananea }) })).status).toBe(403);
    const reads = (await t.ctx.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'read' AND entity_id = ${person.id}`)) as unknown as { rows: { n: number }[] };
    expect(reads.rows[0]!.n).toBe(0);
  });
});

describe('search', () => {
  it('finds by name without accents, in either surname order, by DNI and by profile', async () => {
    const body = personBody({ organisation_id: n.ananea, given_names: 'Gregoria', paternal_surname: 'Ccama', maternal_surname: 'Chambi', profiles: ['woman_miner'], miner_position: 'worker' });
    await t.request('POST', '/api/people', { session: n.admin, body });
    const byName = await (await t.request('GET', '/api/people?q=chambi%20GREGORIA', { session: n.leaderAnanea })).json();
    expect(byName.items.map((p: { id: string }) => p.id)).toContain(body.id);
    const byDni = await (await t.request('GET', `/api/people?dni=${body.id_number}`, { session: n.admin })).json();
    expect(byDni.items).toEqual([expect.objectContaining({ id: body.id, id_number_last3: body.id_number.slice(-3) })]);
    const byProfile = await (await t.request('GET', '/api/people?profile=woman_miner', { session: n.admin })).json();
    expect(byProfile.items.every((p: { profiles: string[] }) => p.profiles.includes('woman_miner'))).toBe(true);
    const outside = await (await t.request('GET', '/api/people?q=gregoria', { session: n.coordPiura })).json();
    expect(outside.items).toEqual([]);
  });
});
