/** Whole-database backup and restore round-trip, on PGlite and PostgreSQL alike. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { verifyAuditChain } from '../../src/services/audit/verify.service.ts';
import { backupDatabase, restoreDatabase } from '../../src/services/maintenance.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
const cli = { actor: CLI_ACTOR, requestId: null };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-backup-'));
const parent = uuidv7();
const child = uuidv7();

beforeAll(async () => {
  t = await createTestApp();
  const orgs = t.ctx.services.store.repos.organisations;
  await orgs.insert({ id: parent, name: 'Red Nacional', kind: 'national_network', parentId: null });
  await orgs.insert({ id: child, name: 'Asociación Ñaña — "La Rinconada"', kind: 'selectors_association', parentId: parent });
  await t.createUser('rosa.admin', 'admin', { organisationId: child });
  const { createPerson } = await import('../../src/services/registry/people.service.ts');
  const admin = await t.ctx.services.store.repos.users.findByUsername('rosa.admin');
  const actor = { type: 'user' as const, id: admin!.id, role: 'admin' as const, organisationId: child };
  const { person } = await createPerson(t.ctx.services, { actor, requestId: null }, {
    id_type: 'dni', id_number: '41234567', given_names: 'Rosa', paternal_surname: 'Chambi', maternal_surname: '', sex: 'female',
    profiles: ['pallaquera'], languages: ['ay'], organisation_id: child,
  });
  await t.createUser('rosa.member', 'member', { organisationId: child, personId: person.id });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('round-trips every table, keeps the audit chain valid, and continues sequences', async () => {
    const file = path.join(dir, 'full.jsonl.gz');
    const summary = await backupDatabase(t.ctx.backups, cli, file);
    expect(summary.rows).toBeGreaterThan(2112);
    const usersBefore = await t.ctx.services.store.repos.users.list({});

    await t.createUser('added.later', 'member');
    await restoreDatabase(t.ctx.services, t.ctx.backups, cli, file);

    const usersAfter = await t.ctx.services.store.repos.users.list({});
    expect(usersAfter).toEqual(usersBefore);
    expect(usersAfter.find((u) => u.username === 'rosa.member')?.personId).toMatch(/^[0-9a-f-]{36}$/);
    const [person] = (await t.ctx.services.store.repos.people.search({ limit: 5, offset: 0, q: 'chambi' }, { kind: 'all' })).items;
    expect(person).toMatchObject({ given_names: 'Rosa', paternal_surname: 'Chambi' });
    expect(await t.ctx.services.store.repos.organisations.ancestorIds(child)).toEqual([child, parent]);
    expect((await t.ctx.services.store.repos.organisations.findById(child))?.name).toBe('Asociación Ñaña — "La Rinconada"');
    expect(await verifyAuditChain(t.ctx.services, cli)).toMatchObject({ ok: true });
    await t.login('rosa.admin');
    await expect(t.createUser('after.restore', 'member')).resolves.toBeTruthy();
  });

  it('refuses a damaged file and changes nothing', async () => {
    const file = path.join(dir, 'damaged.jsonl.gz');
    fs.writeFileSync(file, gzipSync('{"format":"pallay-backup-1","schema_level":"x"}\n{"table":'));
    const before = await t.ctx.services.store.repos.users.count();
    await expect(restoreDatabase(t.ctx.services, t.ctx.backups, cli, file)).rejects.toThrow(/schema level|damaged/);
    expect(await t.ctx.services.store.repos.users.count()).toBe(before);
  });

  it('refuses a file that is not a Pallay backup', async () => {
    const file = path.join(dir, 'other.jsonl.gz');
    fs.writeFileSync(file, gzipSync('{"hello":"world"}\n'));
    await expect(restoreDatabase(t.ctx.services, t.ctx.backups, cli, file)).rejects.toThrow(/not a Pallay backup/);
  });
});
