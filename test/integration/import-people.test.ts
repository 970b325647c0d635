/** Importing a list of people: per-row rejects, dry runs that write nothing, re-runs that create nothing twice. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { readDelimited } from '../../src/domain/registry/import/delimited.ts';
import { readPeopleTable } from '../../src/domain/registry/import/people-import.ts';
import { importPeople } from '../../src/services/registry/import-people.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

const FILE = [
  'Nombres;Apellidos;Sexo;Fecha de nacimiento;DNI;Perfil;Ubigeo',
  'Rosa;Quispe Mamani;Mujer;15/07/1984;40123456;pallaquera;211002',
  'Juana;Ñaupari Huamán;Mujer;1990-03-02;;pallaquera;211002',
  'Eva;Condori;Mujer;01/01/2030;;pallaquera;211002',
  'Luz;Apaza Ticona;Mujer;01/01/1970;40999999;pallaquera;999999',
].join('\n');

const rowsOf = (text: string) => readPeopleTable(readDelimited(text, ';')).people;
const run = (text: string, dryRun = false) =>
  importPeople(t.ctx.services, { actor: CLI_ACTOR, requestId: null }, { organisationId: n.ananea, rows: rowsOf(text), dryRun, batchSize: 2 });
const count = async () => (await t.ctx.services.store.repos.people.search({ limit: 1, offset: 0 }, { kind: 'all' })).total;

describe('import people', () => {
  it('a dry run reports what would happen and writes nothing', async () => {
    const summary = await run(FILE, true);
    expect(summary).toMatchObject({ created: 2, rejected: 2, dry_run: true });
    expect(await count()).toBe(0);
  });

  it('imports the good rows, rejects the bad ones naming line and field', async () => {
    const summary = await run(FILE);
    expect(summary).toMatchObject({ created: 2, updated: 0, rejected: 2 });
    expect(summary.rejects).toEqual([
      { line: 4, column: 'birth_date', message: 'cannot be in the future' },
      { line: 5, column: 'district', message: 'is not a UBIGEO district code' },
    ]);
    const found = await t.ctx.services.store.repos.people.search({ q: 'naupari', limit: 5, offset: 0 }, { kind: 'organisations', ids: [n.ananea] });
    expect(found.items).toEqual([expect.objectContaining({ given_names: 'Juana', paternal_surname: 'Ñaupari', maternal_surname: 'Huamán' })]);
  });

  it('creates nothing twice when the same file is imported again', async () => {
    const before = await count();
    const summary = await run(FILE);
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await count()).toBe(before);
  });

  it('updates a person found by DNI when the file brings new values', async () => {
    const summary = await run(FILE.replace('pallaquera;211002\nJuana', 'pallaquera, minera;211002\nJuana'));
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const rosa = await t.ctx.services.store.repos.people.findActiveByDni('40123456');
    expect(rosa?.profiles).toEqual(['pallaquera', 'woman_miner']);
  });

  it('refuses an organisation outside the importer\'s network', async () => {
    const coordinator = await t.ctx.services.store.repos.users.findByUsername('coord.piura');
    const actor = { type: 'user' as const, id: coordinator!.id, role: 'coordinator' as const, organisationId: n.piura };
    await expect(importPeople(t.ctx.services, { actor, requestId: null }, { organisationId: n.ananea, rows: rowsOf(FILE), dryRun: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
