/**
 * What an import stores, field by field: the people as the API reads them back, one
 * membership each, their match keys, one hash-chained create audit row each (in file order),
 * and duplicate scoring that sees a person as she is now even when an earlier batch of the
 * same import already scored her.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { blockingKeys } from '../../src/domain/registry/duplicates/index.ts';
import { readDelimited } from '../../src/domain/registry/import/delimited.ts';
import { readPeopleTable } from '../../src/domain/registry/import/people-import.ts';
import { verifyAuditChain } from '../../src/services/audit/verify.service.ts';
import type { ServiceDeps } from '../../src/services/deps.ts';
import { importPeople } from '../../src/services/registry/import-people.service.ts';
import { createPerson, updatePerson } from '../../src/services/registry/people.service.ts';
import { toMatchable } from '../../src/services/registry/person-record.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

const cli = { actor: CLI_ACTOR, requestId: null };
const rowsOf = (text: string) => readPeopleTable(readDelimited(text, ';')).people;
const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;

const FILE = [
  'Nombres;Apellido paterno;Apellido materno;Sexo;Fecha de nacimiento;DNI;Celular;Idiomas;Perfil;Ubigeo;Jefa de hogar;Dependientes',
  'Rosa Elena;Quispe;Mamani;F;15/07/1984;40555111;987 654 321;quechua, castellano;pallaquera;211002;sí;3',
  'Juana;Ñaupari;;Mujer;1990-03-02;;;;pallaquera, minera;;;',
  'Pedro;Apaza;Ticona;M;;;;aimara;minero;211002;no;0',
].join('\n');

describe('what an import stores', () => {
  it('stores each person as the API reads her, with a membership, her match keys and a chained audit row', async () => {
    const auditBefore = await t.ctx.services.store.repos.audit.count();
    const summary = await importPeople(t.ctx.services, cli, { organisationId: n.ananea, rows: rowsOf(FILE), dryRun: false, batchSize: 2 });
    expect(summary).toMatchObject({ created: 3, rejected: 0 });
    const people = await rows<{ id: string }>(sql`SELECT p.id FROM people p JOIN memberships m ON m.person_id = p.id
      WHERE m.organisation_id = ${n.ananea} AND m.role = 'member' AND m.to_date IS NULL ORDER BY p.created_at, p.given_names`);
    const stored = await t.ctx.services.store.repos.people.findByIds(people.map((p) => p.id));
    const rosa = stored.find((p) => p.given_names === 'Rosa Elena');
    expect(rosa).toMatchObject({ id_type: 'dni', id_number: '40555111', maternal_surname: 'Mamani', sex: 'female', birth_date: '1984-07-15',
      phone: '987654321', languages: ['qu', 'es'], district: '211002', profiles: ['pallaquera'], head_of_household: true, dependants: 3, version: 1 });
    expect(stored.find((p) => p.given_names === 'Juana')).toMatchObject({ id_type: 'none', id_number: null, maternal_surname: '', birth_date: '1990-03-02',
      phone: null, languages: [], district: null, profiles: ['pallaquera', 'woman_miner'], head_of_household: null });
    expect(stored.find((p) => p.given_names === 'Pedro')).toMatchObject({ sex: 'male', languages: ['ay'], head_of_household: false, dependants: 0 });
    for (const person of stored) {
      const keys = await rows<{ key: string }>(sql`SELECT key FROM person_match_keys WHERE person_id = ${person.id} ORDER BY key`);
      expect(keys.map((k) => k.key)).toEqual([...new Set(blockingKeys(toMatchable(person)))].sort());
    }
    const audit = await rows<{ entity_id: string; after: Record<string, unknown> }>(sql`
      SELECT entity_id, after FROM audit_log WHERE entity = 'person' AND action = 'create' ORDER BY seq`);
    expect(audit.map((a) => a.after.given_names)).toEqual(['Rosa Elena', 'Juana', 'Pedro']);
    for (const a of audit) {
      const { version: _v, merged_into_id: _m, registered_by: _r, created_at: _c, updated_at: _u, ...record } = stored.find((p) => p.id === a.entity_id)!;
      expect(a.after).toEqual({ ...record, created_by: null });
    }
    expect(await t.ctx.services.store.repos.audit.count()).toBe(auditBefore + 3);
    expect(await verifyAuditChain(t.ctx.services, cli)).toMatchObject({ ok: true });
  });

  it('scores a registered person as she is now when an earlier batch of the same import scored her before an edit', async () => {
    const admin = { actor: { type: 'user' as const, id: n.admin.userId, role: 'admin' as const, organisationId: null }, requestId: null };
    const { person } = await createPerson(t.ctx.services, admin, personBody({ organisation_id: n.ananea, id_type: 'none', id_number: null,
      id_none_reason: 'lost', given_names: 'Teodora', paternal_surname: 'Huanca', maternal_surname: 'Choque', birth_date: '1975-11-30', phone: null }) as never);
    const file = ['Nombres;Apellidos;Sexo;Fecha de nacimiento;Perfil', 'Teodora;Huanca Choque;Mujer;30/11/1975;pallaquera',
      'Maribel;Condori Pari;Mujer;05/01/1990;pallaquera'].join('\n');
    // Between the two batches (one row each), the registered Teodora is corrected to Maribel.
    let batches = 0;
    const store = t.ctx.services.store;
    const deps: ServiceDeps = { ...t.ctx.services, store: { ...store, transaction: async (work) => {
      if (batches++ === 1) await updatePerson(t.ctx.services, admin, person.id, { version: person.version, given_names: 'Maribel', paternal_surname: 'Condori',
        maternal_surname: 'Pari', birth_date: '1990-01-05' });
      return store.transaction(work);
    } } };
    const summary = await importPeople(deps, cli, { organisationId: n.ananea, rows: rowsOf(file), dryRun: false, batchSize: 1 });
    expect(summary).toMatchObject({ created: 2, possible_duplicates: 2 });
  });
});
