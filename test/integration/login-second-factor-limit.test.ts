/**
 * The sign-in rate limit covers the second factor: a right password with a missing or wrong
 * TOTP code counts as a failed sign-in, so a stolen password cannot be tried against codes
 * without limit; the usual two steps (password, then code) never lock a case worker out,
 * because a successful sign-in clears her failures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILURES_PER_USERNAME } from '../../src/services/accounts/sessions.service.ts';
import { createTestApp, PASSWORD, type TestApp } from '../support/app.ts';
import { codeFor, enrolAndLogin } from '../support/referrals.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
const loginWith = (username: string, totp_code?: string) =>
  t.request('POST', '/api/auth/login', { body: { username, password: PASSWORD, ...(totp_code ? { totp_code } : {}) } });

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

describe('sign-in rate limit and the second factor', () => {
  it('counts a right password with a missing or wrong code as a failure, up to a 429', async () => {
    await t.createUser('cw.limit', 'case_worker', { organisationId: n.puno });
    const { secret } = await enrolAndLogin(t, 'cw.limit');
    t.clock.advance(30_000);
    const attempts = [undefined, '000000', undefined, '111111', undefined];
    expect(attempts).toHaveLength(MAX_FAILURES_PER_USERNAME);
    for (const code of attempts) expect((await loginWith('cw.limit', code)).status).toBe(401);

    const blocked = await loginWith('cw.limit', codeFor(t, secret));
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).code).toBe('RATE_LIMITED');

    t.clock.advance(16 * 60_000);
    expect((await loginWith('cw.limit', codeFor(t, secret))).status).toBe(200);
  });

  it('never locks out a case worker who signs in the usual way: password first, then the code', async () => {
    await t.createUser('cw.daily', 'case_worker', { organisationId: n.puno });
    const { secret } = await enrolAndLogin(t, 'cw.daily');
    for (let day = 0; day < MAX_FAILURES_PER_USERNAME + 2; day++) {
      t.clock.advance(60_000);
      const first = await loginWith('cw.daily');
      expect(first.status).toBe(401);
      expect((await first.json()).rule).toBe('totp.required');
      expect((await loginWith('cw.daily', codeFor(t, secret))).status).toBe(200);
    }
  });
});
