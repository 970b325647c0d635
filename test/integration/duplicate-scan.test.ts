/** The full duplicate pass finds pairs that no create-time check saw, and respects earlier decisions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { blockingKeys } from '../../src/domain/registry/duplicates/index.ts';
import { scanDuplicates } from '../../src/services/registry/duplicate-scan.service.ts';
import { toMatchable, toNewPerson } from '../../src/services/registry/person-record.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
const cli = { actor: CLI_ACTOR, requestId: null };

async function insertQuietly(fields: { given_names: string; paternal_surname: string; maternal_surname: string; birth_date: string }) {
  const person = toNewPerson(uuidv7(), { id_type: 'none', id_none_reason: 'test', sex: 'female', profiles: ['pallaquera'], languages: [], ...fields }, null);
  await t.ctx.services.store.repos.people.insertMany([person]);
  await t.ctx.services.store.repos.people.insertMatchKeys(blockingKeys(toMatchable(person)).map((key) => ({ personId: person.id, key })));
  return person.id;
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('duplicates scan', () => {
  it('queues the same woman registered twice and leaves strangers alone', async () => {
    const a = await insertQuietly({ given_names: 'Flor', paternal_surname: 'Ticona', maternal_surname: 'Paucar', birth_date: '1982-06-09' });
    const b = await insertQuietly({ given_names: 'Flor', paternal_surname: 'Paucar', maternal_surname: 'Ticona', birth_date: '1982-06-09' });
    await insertQuietly({ given_names: 'Norma', paternal_surname: 'Ticona', maternal_surname: 'Paucar', birth_date: '1990-01-15' });
    const summary = await scanDuplicates(t.ctx.services, cli);
    expect(summary).toMatchObject({ people: 3, queued: 1 });
    const [pair] = await t.ctx.services.store.repos.duplicates.listPending(10);
    expect([pair!.person_a, pair!.person_b].sort()).toEqual([a, b].sort());
  });

  it('never re-queues a pair marked distinct, and a second scan queues nothing new', async () => {
    const [pair] = await t.ctx.services.store.repos.duplicates.listPending(10);
    await t.ctx.services.store.repos.duplicates.decide(pair!.id, 'distinct', null, new Date());
    expect(await scanDuplicates(t.ctx.services, cli)).toMatchObject({ queued: 0 });
    expect(await t.ctx.services.store.repos.duplicates.listPending(10)).toEqual([]);
  });

  it('is for administrators only', async () => {
    await expect(scanDuplicates(t.ctx.services, { actor: { type: 'user', id: uuidv7(), role: 'coordinator', organisationId: null }, requestId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
