/** The audit log: one row per write in the same transaction, append-only, hash-chained, verifiable. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { verifyAuditChain } from '../../src/services/audit/verify.service.ts';
import { createTestApp, PASSWORD, type TestApp } from '../support/app.ts';

let t: TestApp;
const cli = { actor: CLI_ACTOR, requestId: null };
const rows = async <T>(query: ReturnType<typeof sql>) => ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('rosa.admin', 'admin');
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records who created what, with the request id, and never a password hash', async () => {
    const admin = await t.login('rosa.admin');
    const res = await t.request('POST', '/api/users', {
      session: admin, headers: { 'x-request-id': 'req-create-maria' },
      body: { username: 'maria.audit', display_name: 'María', password: PASSWORD, role: 'member' },
    });
    const { user } = await res.json();
    const [row] = await rows<{ actor_id: string; action: string; entity: string; after: Record<string, unknown>; request_id: string }>(
      sql`SELECT actor_id, action, entity, after, request_id FROM audit_log WHERE entity_id = ${user.id} AND action = 'create'`,
    );
    expect(row).toMatchObject({ actor_id: admin.userId, action: 'create', entity: 'user', request_id: 'req-create-maria' });
    expect(row!.after).toMatchObject({ username: 'maria.audit' });
    expect(JSON.stringify(await rows(sql`SELECT * FROM audit_log`))).not.toMatch(/argon2/);
  });

  it('writes nothing when the write fails', async () => {
    const before = await t.ctx.services.store.repos.audit.count();
    const admin = await t.login('rosa.admin');
    const after = await t.ctx.services.store.repos.audit.count();
    expect(after).toBe(before + 1);
    const dup = await t.request('POST', '/api/users', { session: admin, body: { username: 'maria.audit', display_name: 'Otra', password: PASSWORD, role: 'member' } });
    expect(dup.status).toBe(409);
    expect(await t.ctx.services.store.repos.audit.count()).toBe(after);
  });

  it('refuses UPDATE and DELETE', async () => {
    await expect(t.ctx.database.db.execute(sql`UPDATE audit_log SET action = 'nothing'`)).rejects.toThrow();
    await expect(t.ctx.database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
  });

  it('verifies an intact chain', async () => {
    const verdict = await verifyAuditChain(t.ctx.services, cli);
    expect(verdict).toMatchObject({ ok: true, checked: await t.ctx.services.store.repos.audit.count() });
  });

  it('names the first altered row, and the first row after a removal', async () => {
    const [target] = await rows<{ seq: number }>(sql`SELECT seq FROM audit_log ORDER BY seq OFFSET 1 LIMIT 1`);
    const seq = Number(target!.seq);
    await t.ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await tx.execute(sql`UPDATE audit_log SET after = '{"username":"someone.else"}' WHERE seq = ${seq}`);
      await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    });
    expect(await verifyAuditChain(t.ctx.services, cli)).toMatchObject({ ok: false, brokenSeq: seq, checked: 1 });

    await t.ctx.database.db.transaction(async (tx) => {
      await tx.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
      await tx.execute(sql`DELETE FROM audit_log WHERE seq = ${seq}`);
      await tx.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    });
    const verdict = await verifyAuditChain(t.ctx.services, cli);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.brokenSeq).toBeGreaterThan(seq);
  });

  it('keeps one unbroken chain under concurrent writes', async () => {
    const fresh = await createTestApp();
    try {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          fresh.createUser(`parallel.${i}`, 'member'),
        ),
      );
      const verdict = await verifyAuditChain(fresh.ctx.services, cli);
      expect(verdict).toMatchObject({ ok: true, checked: 12 });
    } finally {
      await fresh.close();
    }
  });

  it('only admins may verify', async () => {
    await expect(verifyAuditChain(t.ctx.services, { actor: { type: 'user', id: 'x', role: 'coordinator', organisationId: null }, requestId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
