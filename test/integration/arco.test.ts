/**
 * Data-subject rights (ARCO): a copy holds her data and nobody else's, a member gets only her
 * own, and after a cancellation her name, DNI and phone appear nowhere (person row, match keys,
 * audit before/after, survey answers), aggregates still count her sale, and the audit chain
 * still verifies. The redaction the trigger allows is narrow and must be announced.
 */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { verifyAuditChain } from '../../src/services/audit/verify.service.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { createPlant, createWoman, lotBody, saleBody, seedPrices } from '../support/production.ts';
import { buildNetwork, nextDni, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let ana: string;
let bea: string;
let anaSession: Session;
const anaDni = nextDni();
const beaDni = nextDni();
const ANA = { given_names: 'Anastasia', paternal_surname: 'Huarachi', maternal_surname: 'Ccallo', phone: '987654321', id_number: anaDni };
const BEA = { given_names: 'Beatriz', paternal_surname: 'Condori', maternal_surname: 'Yupanqui', phone: '912345678', id_number: beaDni };

const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
const verify = () => verifyAuditChain(t.ctx.services, { actor: CLI_ACTOR, requestId: null });

async function recordSale(personId: string, plant: string): Promise<void> {
  const lot = lotBody(personId);
  expect((await t.request('POST', '/api/lots', { session: n.promoterAnanea, body: lot })).status).toBe(201);
  expect((await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: saleBody(lot.id, plant) })).status).toBe(201);
}

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  await seedPrices(t);
  const plant = await createPlant(t, n.admin);
  ana = await createWoman(t, n, ANA);
  bea = await createWoman(t, n, BEA);
  await recordSale(ana, plant);
  await recordSale(bea, plant);
  const consent = { purpose: 'statistics', given_on: '2026-02-01', method: 'verbal_with_witness', witness_name: 'Testigo Mamani' };
  expect((await t.request('POST', `/api/people/${ana}/consents`, { session: n.promoterAnanea, body: consent })).status).toBe(201);
  // A correction puts her old and new name into an audit row's before/after.
  const fix = await t.request('PATCH', `/api/people/${ana}`, { session: n.promoterAnanea, body: { version: 1, maternal_surname: 'Ccallo Quispe' } });
  expect(fix.status).toBe(200);
  // A survey answer that names her by DNI (surveys carry no person link).
  const form = uuidv7();
  await t.ctx.database.db.execute(sql`INSERT INTO survey_forms (id, form_key, title, definition, source_file) VALUES (${form}, 'arco_test', 'Test', '{}'::jsonb, 'x.xlsx')`);
  await t.ctx.database.db.execute(sql`INSERT INTO survey_responses (id, form_id, response_key, answers) VALUES
    (${uuidv7()}, ${form}, 'r1', ${JSON.stringify({ dni: anaDni, district: '211002', income: 900 })}::jsonb),
    (${uuidv7()}, ${form}, 'r2', ${JSON.stringify({ dni: beaDni, district: '211002', income: 800 })}::jsonb)`);
  await t.createUser('ana.member', 'member', { organisationId: n.ananea, personId: ana, displayName: 'Anastasia Huarachi' });
  anaSession = await t.login('ana.member');
}, 60_000);
afterAll(() => t.close());

describe('ARCO access: the data copy', () => {
  it('holds her record, consent, sale and survey answer, and nothing of another woman', async () => {
    const res = await t.request('GET', `/api/people/${ana}/data-copy`, { session: n.coordPuno });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const copy = await res.json();
    expect(copy.sections.person[0]).toMatchObject({ given_names: 'Anastasia', id_number: anaDni });
    expect(copy.sections.consents).toHaveLength(1);
    expect(copy.sections.sales).toHaveLength(1);
    expect(copy.sections.ore_lots).toHaveLength(1);
    expect(copy.sections.memberships[0].organisation_name).toContain('Ananea');
    expect(copy.sections.survey_responses).toHaveLength(1);
    expect(copy.notices.join(' ')).toContain('referrals');
    const text = JSON.stringify(copy);
    for (const other of [beaDni, 'Beatriz', 'Condori', BEA.phone, bea]) expect(text).not.toContain(other);
  });

  it('comes as a PDF too', async () => {
    const res = await t.request('GET', `/api/people/${ana}/data-copy?format=pdf`, { session: n.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const body = Buffer.from(await res.arrayBuffer()).toString('latin1');
    expect(body.startsWith('%PDF-1.4')).toBe(true);
    expect(body).toContain(anaDni);
    expect(body).not.toContain(beaDni);
  });

  it('a member gets only her own; other roles and other subtrees get nothing', async () => {
    expect((await t.request('GET', `/api/people/${ana}/data-copy`, { session: anaSession })).status).toBe(200);
    expect((await t.request('GET', `/api/people/${bea}/data-copy`, { session: anaSession })).status).toBe(404);
    expect((await t.request('GET', `/api/people/${ana}/data-copy`, { session: n.coordPiura })).status).toBe(404);
    expect((await t.request('GET', `/api/people/${ana}/data-copy`, { session: n.promoterAnanea })).status).toBe(403);
    expect((await t.request('GET', `/api/people/${ana}/data-copy`, { session: n.analyst })).status).toBe(403);
    expect((await t.request('GET', `/api/people/${ana}/data-copy`)).status).toBe(401);
  });

  it('every copy is audited, with counts only', async () => {
    const audited = await rows<{ after: { sections: Record<string, number> } }>(sql`SELECT after FROM audit_log WHERE action = 'data_copy' AND entity_id = ${ana}`);
    expect(audited.length).toBe(3);
    expect(audited[0]!.after.sections.sales).toBe(1);
    expect(JSON.stringify(audited)).not.toContain(anaDni);
  });

  it('keeps the date of her written request in the audit row; a bad date gives nothing', async () => {
    const res = await t.request('GET', `/api/people/${ana}/data-copy?format=pdf&requested_on=2026-02-20`, { session: n.coordPuno });
    expect(res.status).toBe(200);
    const [row] = await rows<{ after: Record<string, unknown> }>(sql`SELECT after FROM audit_log WHERE action = 'data_copy' AND entity_id = ${ana} ORDER BY seq DESC LIMIT 1`);
    expect(row!.after).toMatchObject({ requested_on: '2026-02-20' });
    const before = (await rows(sql`SELECT seq FROM audit_log WHERE action = 'data_copy'`)).length;
    const future = await t.request('GET', `/api/people/${ana}/data-copy?requested_on=2999-01-01`, { session: n.coordPuno });
    expect(future.status).toBe(400);
    expect((await future.json()).details).toEqual([expect.objectContaining({ path: 'requested_on', code: 'date.in_future' })]);
    expect((await t.request('GET', `/api/people/${ana}/data-copy?requested_on=20-02-2026`, { session: n.coordPuno })).status).toBe(400);
    expect((await rows(sql`SELECT seq FROM audit_log WHERE action = 'data_copy'`)).length).toBe(before);
  });
});

describe('ARCO cancellation', () => {
  const request = { requested_on: '2026-02-28', legal_basis: 'Ley 29733 art. 20: written request of the holder, received 2026-02-28' };

  it('only admins and coordinators of her subtree may cancel; bad input writes nothing', async () => {
    expect((await t.request('POST', `/api/people/${ana}/cancellation`, { session: anaSession, body: request })).status).toBe(403);
    expect((await t.request('POST', `/api/people/${ana}/cancellation`, { session: n.coordPiura, body: request })).status).toBe(404);
    const future = await t.request('POST', `/api/people/${ana}/cancellation`, { session: n.admin, body: { ...request, requested_on: '2027-01-01' } });
    expect(future.status).toBe(400);
    const unreal = await t.request('POST', `/api/people/${ana}/cancellation`, { session: n.admin, body: { ...request, requested_on: '2026-02-30' } });
    expect((await unreal.json()).details).toEqual([expect.objectContaining({ path: 'requested_on', code: 'date.not_real' })]);
    const naming = await t.request('POST', `/api/people/${ana}/cancellation`, { session: n.admin, body: { ...request, legal_basis: 'Solicitud escrita de Anastasia HUARACHI' } });
    expect((await naming.json()).details).toEqual([expect.objectContaining({ path: 'legal_basis', code: 'legal_basis.names_her' })]);
    expect((await t.request('POST', `/api/people/${ana}/cancellation`, { session: n.admin, body: { requested_on: '2026-02-28' } })).status).toBe(400);
    expect((await rows(sql`SELECT 1 FROM people WHERE id = ${ana} AND cancelled_on IS NOT NULL`)).length).toBe(0);
  });

  it('erases her name, DNI and phone everywhere and keeps the aggregates and the chain', async () => {
    const res = await t.request('POST', `/api/people/${ana}/cancellation`, { session: n.coordPuno, body: request });
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out).toMatchObject({ person_id: ana, cancelled_on: '2026-02-28' });
    expect(out.redacted_audit_rows).toBeGreaterThan(3);
    for (const needle of [anaDni, 'Huarachi', 'Anastasia', ANA.phone, 'Testigo Mamani']) {
      const like = `%${needle}%`;
      expect(await rows(sql`SELECT id FROM people WHERE id_number LIKE ${like} OR given_names LIKE ${like} OR paternal_surname LIKE ${like} OR phone LIKE ${like} OR full_name_key LIKE ${like.toLowerCase()}`), needle).toEqual([]);
      expect(await rows(sql`SELECT key FROM person_match_keys WHERE key LIKE ${like.toLowerCase()} OR key LIKE ${like}`), needle).toEqual([]);
      expect(await rows(sql`SELECT seq FROM audit_log WHERE before::text LIKE ${like} OR after::text LIKE ${like}`), needle).toEqual([]);
      expect(await rows(sql`SELECT id FROM users WHERE display_name LIKE ${like}`), needle).toEqual([]);
      expect(await rows(sql`SELECT id FROM consents WHERE witness_name LIKE ${like}`), needle).toEqual([]);
      expect(await rows(sql`SELECT id FROM survey_responses WHERE answers::text LIKE ${like}`), needle).toEqual([]);
    }
    expect(await rows(sql`SELECT key FROM person_match_keys WHERE person_id = ${ana}`)).toEqual([]);
    expect(await rows(sql`SELECT seq FROM audit_log WHERE (before::text LIKE ${`%${ana}%`} OR after::text LIKE ${`%${ana}%`}) AND action <> 'cancel'`)).toEqual([]);
    // Aggregates: her sale and lot still count, without identity; her survey response still counts.
    expect(await rows(sql`SELECT id FROM sales WHERE seller_person_id = ${ana}`)).toHaveLength(1);
    expect(await rows(sql`SELECT id FROM survey_responses WHERE answers->>'income' = '900'`)).toHaveLength(1);
    // Her emptied record shows in no list or search of the registry, nor among her organisation's members.
    const list = await (await t.request('GET', '/api/people?limit=100', { session: n.coordPuno })).json();
    expect(list.items.map((p: { id: string }) => p.id)).not.toContain(ana);
    expect(list.items.length).toBeGreaterThan(0);
    const organisation = await (await t.request('GET', `/api/organisations/${n.ananea}`, { session: n.coordPuno })).json();
    expect(organisation.memberships.map((m: { person_id: string }) => m.person_id)).not.toContain(ana);
    // Her page says the record is cancelled; Bea's does not.
    expect((await (await t.request('GET', `/api/people/${ana}`, { session: n.coordPuno })).json()).cancelled).toBe(true);
    expect((await (await t.request('GET', `/api/people/${bea}`, { session: n.coordPuno })).json()).cancelled).toBe(false);
    // Bea is untouched.
    expect(await rows(sql`SELECT id FROM people WHERE id_number = ${beaDni} AND given_names = 'Beatriz'`)).toHaveLength(1);
    expect(await rows(sql`SELECT seq FROM audit_log WHERE after::text LIKE ${`%${beaDni}%`}`)).not.toEqual([]);
    // The cancellation is recorded, without the erased content.
    const [record] = await rows<{ after: Record<string, unknown> }>(sql`SELECT after FROM audit_log WHERE action = 'cancel' AND entity_id = ${ana}`);
    expect(record!.after).toMatchObject({ requested_on: '2026-02-28', legal_basis: request.legal_basis });
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('her login is closed and a second cancellation is refused', async () => {
    expect((await t.request('GET', `/api/people/${ana}/data-copy`, { session: anaSession })).status).toBe(401);
    const again = await t.request('POST', `/api/people/${ana}/cancellation`, { session: n.admin, body: request });
    expect(again.status).toBe(409);
    expect((await again.json()).rule).toBe('person.cancelled');
    const correction = await t.request('PATCH', `/api/people/${ana}`, { session: n.promoterAnanea, body: { version: 3, given_names: 'Anastasia' } });
    expect(correction.status).toBe(409);
    expect((await correction.json()).rule).toBe('person.cancelled');
  });
});

describe('the audit trigger allows only the announced, narrow redaction', () => {
  it('refuses any other change, even with the redaction flag on', async () => {
    const db = t.ctx.database.db;
    const [row] = await rows<{ seq: number }>(sql`SELECT seq FROM audit_log WHERE redacted_at IS NULL AND after IS NOT NULL ORDER BY seq LIMIT 1`);
    await expect(db.execute(sql`UPDATE audit_log SET before = NULL, after = NULL, redacted_at = now() WHERE seq = ${row!.seq}`)).rejects.toThrow();
    await expect(db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('pallay.audit_redaction', 'on', true)`);
      await tx.execute(sql`UPDATE audit_log SET before = NULL, after = NULL, redacted_at = now(), action = 'other' WHERE seq = ${row!.seq}`);
    })).rejects.toThrow();
    await expect(db.execute(sql`DELETE FROM audit_log WHERE seq = ${row!.seq}`)).rejects.toThrow();
  });

  it('verify names a redaction that no cancellation announces', async () => {
    const db = t.ctx.database.db;
    const [row] = await rows<{ seq: number | string }>(sql`SELECT seq FROM audit_log WHERE redacted_at IS NULL AND after IS NOT NULL ORDER BY seq LIMIT 1`);
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('pallay.audit_redaction', 'on', true)`);
      await tx.execute(sql`UPDATE audit_log SET before = NULL, after = NULL, redacted_at = now() WHERE seq = ${row!.seq}`);
    });
    expect(await verify()).toMatchObject({ ok: false, brokenSeq: Number(row!.seq), reason: expect.stringContaining('no cancellation') });
  });
});
