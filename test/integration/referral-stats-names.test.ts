/**
 * Referral statistics by region carry each department's name beside its UBIGEO code (from the
 * places table), in the same order, so an analyst's screen or export needs no second lookup;
 * the month table has none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildCaseStaff, referralBody } from '../support/referrals.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

describe('referral statistics by region', () => {
  it('names every department column', async () => {
    const s = await buildCaseStaff(t, n);
    const who = { caseWorkerId: s.caseWorker.userId, supervisorId: s.supervisor.userId };
    for (const district of ['211002', '080101', '211002']) {
      expect((await t.request('POST', '/api/referrals', { session: s.caseWorker, body: referralBody(who, { district }) })).status).toBe(201);
    }
    const res = await t.request('GET', '/api/referrals/stats', { session: n.analyst });
    expect(res.status).toBe(200);
    const { by_type_and_region: region, by_type_and_month: month } = await res.json();
    expect(region.columns).toEqual(['08', '21']);
    expect(region.column_names).toEqual(['Cusco', 'Puno']);
    expect(month.column_names).toBeUndefined();
  });
});
