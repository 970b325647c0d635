/**
 * Case staff security: TOTP enrolment (otpauth URI, confirmation ends earlier sessions), sign-in
 * that requires the code once enrolled (missing, wrong and reused codes refused), referrals refused
 * until enrolled, and sessions of at most 60 minutes for case staff whatever the idle setting.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { resetTotp } from '../../src/services/accounts/totp.service.ts';
import { createTestApp, PASSWORD, type TestApp } from '../support/app.ts';
import { codeFor, enrolAndLogin } from '../support/referrals.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
const loginWith = (username: string, totp_code?: string) => t.request('POST', '/api/auth/login', { body: { username, password: PASSWORD, ...(totp_code ? { totp_code } : {}) } });

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

describe('TOTP second factor', () => {
  it('refuses referrals until enrolled, then requires the code at every sign-in, once per code', async () => {
    await t.createUser('cw.totp', 'case_worker', { organisationId: n.puno });
    const plain = await t.login('cw.totp');
    const refused = await t.request('GET', '/api/referrals', { session: plain });
    expect(refused.status).toBe(403);
    expect((await refused.json()).rule).toBe('totp.not_enrolled');
    const enrol = await (await t.request('POST', '/api/auth/totp/enrol', { session: plain })).json();
    expect(enrol.otpauth_uri).toMatch(/^otpauth:\/\/totp\/Pallay%3Acw\.totp\?secret=[A-Z2-7]{32}&issuer=Pallay&algorithm=SHA1&digits=6&period=30$/);
    expect(enrol.qr_svg).toMatch(/^<svg [^>]*>/);
    expect((await t.request('POST', '/api/auth/totp/confirm', { session: plain, body: { code: '000000' } })).status).toBe(400);
    expect((await t.request('POST', '/api/auth/totp/confirm', { session: plain, body: { code: codeFor(t, enrol.secret) } })).status).toBe(204);
    expect((await t.request('GET', '/api/auth/me', { session: plain })).status).toBe(401);
    t.clock.advance(30_000);
    const missing = await loginWith('cw.totp');
    expect(missing.status).toBe(401);
    expect((await missing.json()).rule).toBe('totp.required');
    expect((await loginWith('cw.totp', '123456')).status).toBe(401);
    const code = codeFor(t, enrol.secret);
    expect((await loginWith('cw.totp', code)).status).toBe(200);
    expect((await loginWith('cw.totp', code)).status).toBe(401);
    const audit = await t.ctx.database.db.execute(sql`SELECT before, after FROM audit_log WHERE entity_id = (SELECT id::text FROM users WHERE username = 'cw.totp')`);
    expect(JSON.stringify(audit)).not.toContain(enrol.secret);
  });

  it('lets an admin reset a lost second factor: sessions end, sign-in needs no code, referrals wait for a new set-up', async () => {
    await t.createUser('cw.lost', 'case_worker', { organisationId: n.puno });
    const before = await enrolAndLogin(t, 'cw.lost');
    await resetTotp(t.ctx.services, { actor: CLI_ACTOR, requestId: null }, { username: 'cw.lost' });
    expect((await t.request('GET', '/api/referrals', { session: before })).status).toBe(401);
    const after = await t.login('cw.lost');
    expect((await t.request('GET', '/api/referrals', { session: after })).status).toBe(403);
    expect((await t.request('POST', '/api/auth/totp/enrol', { session: after })).status).toBe(200);
    await expect(resetTotp(t.ctx.services, { actor: { type: 'user', id: after.userId, role: 'case_worker', organisationId: n.puno }, requestId: null }, { username: 'cw.lost' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('ends a case worker\'s session 60 minutes after sign-in even when in use; others keep the idle rule', async () => {
    await t.createUser('cw.session', 'case_worker', { organisationId: n.puno });
    await t.createUser('coord.session', 'coordinator', { organisationId: n.puno });
    const caseWorker = await enrolAndLogin(t, 'cw.session');
    const coordinator = await t.login('coord.session');
    for (let minute = 20; minute <= 40; minute += 20) {
      t.clock.advance(20 * 60_000);
      expect((await t.request('GET', '/api/referrals', { session: caseWorker })).status).toBe(200);
      expect((await t.request('GET', '/api/auth/me', { session: coordinator })).status).toBe(200);
    }
    t.clock.advance(21 * 60_000);
    expect((await t.request('GET', '/api/referrals', { session: caseWorker })).status).toBe(401);
    expect((await t.request('GET', '/api/auth/me', { session: coordinator })).status).toBe(200);
  });
});
