/**
 * Referrals stay where they belong: a woman's referral shows in no person record, people search
 * or registry export, and nothing of it (code, note, type) reaches the request logs.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { exportRegistry } from '../../src/services/registry/export.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createWoman } from '../support/production.ts';
import { buildCaseStaff, referralBody, type CaseStaff } from '../support/referrals.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let staff: CaseStaff;

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  staff = await buildCaseStaff(t, n);
});
afterAll(() => t.close());

describe('referral confidentiality outside the referral routes', () => {
  it('keeps a woman\'s referral out of her record, people search, exports and logs', async () => {
    const logged: unknown[] = [];
    const spies = (['info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(t.ctx.logger, level).mockImplementation(((...args: unknown[]) => { logged.push(args); }) as never));
    try {
      const woman = await createWoman(t, n, { given_names: 'Quispe Referida' });
      const body = referralBody({ caseWorkerId: staff.caseWorker.userId, supervisorId: staff.supervisor.userId }, { anonymous_code: undefined, person_id: woman, incident_type: 'forced_marriage' });
      expect((await t.request('POST', '/api/referrals', { session: staff.caseWorker, body })).status).toBe(201);
      const note = 'Nota confidencial de seguimiento 4821';
      expect((await t.request('POST', `/api/referrals/${body.id}/follow-ups`, { session: staff.caseWorker, body: { happened_on: '2026-02-20', note } })).status).toBe(201);
      const texts = [
        await (await t.request('GET', `/api/people/${woman}`, { session: staff.caseWorker })).text(),
        await (await t.request('GET', `/api/people/${woman}`, { session: n.coordPuno })).text(),
        await (await t.request('GET', '/api/people?q=Quispe', { session: n.coordPuno })).text(),
        JSON.stringify(await exportRegistry(t.ctx.services, { actor: CLI_ACTOR, requestId: null }, 'people')),
      ];
      for (const text of texts) {
        expect(text).toContain(woman);
        expect(text).not.toContain(body.id);
        expect(text).not.toMatch(/forced_marriage|referral/);
      }
      expect(JSON.stringify(logged)).not.toMatch(new RegExp(`${note}|forced_marriage|Quispe`));
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
