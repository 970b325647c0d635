/**
 * The audit chain's lock is held only while a transaction's audit rows are appended, just
 * before COMMIT (src/db/deferred-audit.ts): a transaction still busy with other work does not
 * make every other audited request wait. Its rows are still written in the same transaction:
 * visible to its own reads, gone with a rollback, and the chain still verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { auditEntry, type CallContext } from '../../src/services/deps.ts';
import { verifyAuditChain } from '../../src/services/audit/verify.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

const cli: CallContext = { actor: CLI_ACTOR, requestId: null };
const entry = (entityId: string) => auditEntry(cli, new Date(), { action: 'read', entity: 'person', entityId });
const onPostgres = Boolean(process.env.DATABASE_URL);

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('audit rows appended at the end of a transaction', () => {
  it('are seen by the transaction itself, written on commit and gone on rollback', async () => {
    const store = t.ctx.services.store;
    const before = await store.repos.audit.count();
    const seenInside = await store.transaction(async (repos) => {
      await repos.audit.append(entry('kept-1'));
      await repos.audit.appendMany([entry('kept-2'), entry('kept-3')]);
      return repos.audit.count();
    });
    expect(seenInside).toBe(before + 3);
    await expect(store.transaction(async (repos) => {
      await repos.audit.append(entry('rolled-back'));
      throw new Error('the work failed');
    })).rejects.toThrow('the work failed');
    expect(await store.repos.audit.count()).toBe(before + 3);
    const rows = await store.repos.audit.page(0, 10_000);
    expect(rows.slice(-3).map((r) => r.entityId)).toEqual(['kept-1', 'kept-2', 'kept-3']);
    expect(await verifyAuditChain(t.ctx.services, cli)).toMatchObject({ ok: true });
  });

  it.runIf(onPostgres)('let another audited transaction commit while one is still at work (PostgreSQL)', async () => {
    const store = t.ctx.services.store;
    let finishSlow!: () => void;
    const slowMayFinish = new Promise<void>((resolve) => (finishSlow = resolve));
    let slowStarted!: () => void;
    const started = new Promise<void>((resolve) => (slowStarted = resolve));
    const slow = store.transaction(async (repos) => {
      await repos.audit.append(entry('slow'));
      slowStarted();
      await slowMayFinish;
    });
    await started;
    // Before the change this waited on the slow transaction's lock, and the race below timed out.
    const quick = store.transaction((repos) => repos.audit.append(entry('quick')));
    const winner = await Promise.race([quick.then(() => 'quick'), new Promise((resolve) => setTimeout(() => resolve('timed out'), 5_000))]);
    finishSlow();
    await slow;
    expect(winner).toBe('quick');
    const rows = await store.repos.audit.page(0, 10_000);
    expect(rows.slice(-2).map((r) => r.entityId)).toEqual(['quick', 'slow']);
    expect(await verifyAuditChain(t.ctx.services, cli)).toMatchObject({ ok: true });
  });
});
