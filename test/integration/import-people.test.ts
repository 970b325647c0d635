/** Importing a list of people: per-row rejects, dry runs that write nothing, re-runs that create nothing twice. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { readDelimited } from '../../src/domain/registry/import/delimited.ts';
import { readPeopleTable } from '../../src/domain/registry/import/people-import.ts';
import { importPeople } from '../../src/services/registry/import-people.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

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
      { line: 4, column: 'birth_date', code: 'date.in_future', message: 'cannot be in the future' },
      { line: 5, column: 'district', code: 'district.unknown', message: 'is not a UBIGEO district code' },
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

  it('queues likely duplicates found within the file and against the registry', async () => {
    await t.request('POST', '/api/people', { session: n.admin, body: personBody({ organisation_id: n.ananea, id_type: 'none', id_number: null, id_none_reason: 'lost',
      given_names: 'Teodora', paternal_surname: 'Huanca', maternal_surname: 'Choque', birth_date: '1975-11-30' }) });
    const file = [
      'Nombres;Apellidos;Sexo;Fecha de nacimiento;Perfil',
      'Teodora;Choque Huanca;Mujer;30/11/1975;pallaquera',
      'Hilda;Ccama Pari;Mujer;12/04/1988;pallaquera',
      'Hilda;Ccama;Mujer;04/12/1988;pallaquera',
    ].join('\n');
    const summary = await run(file);
    expect(summary).toMatchObject({ created: 3, possible_duplicates: 2, rejected: 0 });
    const pending = await t.ctx.services.store.repos.duplicates.listPending(50);
    expect(pending.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps values the file does not carry when it updates a person', async () => {
    const rosa = await t.ctx.services.store.repos.people.findActiveByDni('40123456');
    await t.ctx.services.store.repos.people.update(rosa!.id, rosa!.version, { languages: ['qu', 'es'] });
    const summary = await run('Nombres;Apellidos;Sexo;DNI;Perfil;Celular\nRosa;Quispe Mamani;Mujer;40123456;pallaquera;987 654 321');
    expect(summary).toMatchObject({ updated: 1 });
    const after = await t.ctx.services.store.repos.people.findActiveByDni('40123456');
    expect(after).toMatchObject({ phone: '987654321', languages: ['qu', 'es'], birth_date: '1984-07-15' });
  });

  it('rejects a DNI that appears twice in one file, naming the first line', async () => {
    const summary = await run('Nombres;Apellidos;Sexo;DNI;Perfil\nAna;Rojas Vargas;Mujer;42222222;pallaquera\nAna;Rojas;Mujer;42222222;pallaquera');
    expect(summary.rejects).toEqual([{ line: 3, column: 'id_number', code: 'import.dni.repeated', params: { line: 2 }, message: 'the same DNI is on line 2' }]);
  });

  it('refuses an organisation outside the importer\'s network', async () => {
    const coordinator = await t.ctx.services.store.repos.users.findByUsername('coord.piura');
    const actor = { type: 'user' as const, id: coordinator!.id, role: 'coordinator' as const, organisationId: n.piura };
    await expect(importPeople(t.ctx.services, { actor, requestId: null }, { organisationId: n.ananea, rows: rowsOf(FILE), dryRun: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('POST /api/people/import', () => {
  const upload = (session: Network['admin'], body: BodyInit, query: string) =>
    t.app.request(`/api/people/import?organisation_id=${n.ananea}&${query}`, {
      method: 'POST', body, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/octet-stream' },
    });
  const csv = 'Nombres,Apellido paterno,Apellido materno,Sexo,DNI,Perfil\nMarisol,Layme,Cruz,F,41111111,pallaquera\nNorma,Pari,Coaquira,F,4111111,pallaquera\n';

  it('dry-runs, reports columns and rejects as the file names them, then imports on confirmation', async () => {
    const dry = await upload(n.leaderAnanea, csv, 'file_name=socias.csv');
    expect(dry.status).toBe(200);
    const report = await dry.json();
    expect(report).toMatchObject({ created: 1, rejected: 1, dry_run: true, file: { format: 'text', rows: 2 } });
    expect(report.rejects).toEqual([{ line: 3, column: 'DNI', message: 'DNI must have 8 digits; got 7', code: 'dni.length', params: { count: 7 } }]);
    expect(report.columns).toContainEqual({ column: 'Apellido paterno', field: 'paternal_surname' });
    expect(await t.ctx.services.store.repos.people.findActiveByDni('41111111')).toBeUndefined();
    const real = await (await upload(n.leaderAnanea, csv, 'file_name=socias.csv&dry_run=false')).json();
    expect(real).toMatchObject({ created: 1, dry_run: false });
    expect(await t.ctx.services.store.repos.people.findActiveByDni('41111111')).toBeDefined();
  });

  it('refuses roles that may not import, unknown formats and oversized files', async () => {
    expect((await upload(n.promoterAnanea, csv, 'file_name=socias.csv')).status).toBe(403);
    const pdf = await upload(n.leaderAnanea, '%PDF-1.4 ...', 'file_name=socias.pdf');
    expect(pdf.status).toBe(415);
    expect((await pdf.json()).message).toMatch(/PDF/);
    const huge = await upload(n.leaderAnanea, 'x'.repeat(21 * 1024 * 1024), 'file_name=big.csv');
    expect(huge.status).toBe(413);
  });
});
