/** Which routes a sync batch replays, and how an item's answer is read. */
import { describe, expect, it } from 'vitest';
import { currentVersionOf, isPassingFault, refersToMissingRecord } from './sync-outcome.ts';
import { findSyncRoute, recordIdOf } from './sync-routes.ts';

const ID = '0195f3a0-7c1e-7a00-8000-000000000001';

describe('sync routes', () => {
  it('takes the creates and updates offline forms send, and nothing else', () => {
    for (const [method, path] of [['POST', '/api/people'], ['PATCH', `/api/people/${ID}`], ['POST', '/api/lots'], ['PATCH', `/api/lots/${ID}`],
      ['POST', '/api/sales'], ['POST', '/api/savings/meetings'], ['POST', '/api/training-sessions'], ['POST', `/api/training-sessions/${ID}/attendance`]]) {
      expect(findSyncRoute(method!, path!), `${method} ${path}`).toBeDefined();
    }
    for (const [method, path] of [['GET', '/api/people'], ['POST', '/api/users'], ['PATCH', '/api/people'], ['PATCH', `/api/people/${ID}/x`],
      ['POST', '/api/people?x=1'], ['POST', `/api/people/${ID}/consents`], ['DELETE', `/api/people/${ID}`], ['POST', '/api/sync'], ['PATCH', '/api/people/../users']]) {
      expect(findSyncRoute(method!, path!), `${method} ${path}`).toBeUndefined();
    }
    expect(findSyncRoute('PATCH', `/api/lots/${ID}`)?.update).toEqual({ entity: 'ore_lot', recordKey: 'lot' });
    expect(recordIdOf(`/api/people/${ID.toUpperCase()}`)).toBe(ID);
  });
});

describe('reading an answer', () => {
  it('stops a batch on server faults, lost sessions, rate limits and timeouts only', () => {
    expect([401, 408, 429, 500, 503].every(isPassingFault)).toBe(true);
    expect([200, 201, 400, 403, 404, 409, 413, 424].some(isPassingFault)).toBe(false);
  });

  it('sees a missing record in a 404 or a refusal naming only unknown people or lots', () => {
    expect(refersToMissingRecord({ status: 404, body: { code: 'NOT_FOUND' } })).toBe(true);
    const unknown = (...codes: string[]) => ({ status: 400, body: { code: 'VALIDATION_FAILED', details: codes.map((code) => ({ path: 'x', code })) } });
    expect(refersToMissingRecord(unknown('lot.unknown', 'person.unknown'))).toBe(true);
    expect(refersToMissingRecord(unknown('lot.unknown', 'lot.not_enough_ore'))).toBe(false);
    expect(refersToMissingRecord(unknown())).toBe(false);
    expect(refersToMissingRecord({ status: 403, body: null })).toBe(false);
  });

  it('reads the current version of a version conflict, and of nothing else', () => {
    const conflict = { code: 'VERSION_CONFLICT', details: [{ path: 'version', code: 'version.stale', params: { version: 4 } }] };
    expect(currentVersionOf({ status: 409, body: conflict })).toBe(4);
    expect(currentVersionOf({ status: 409, body: { code: 'CONFLICT', rule: 'person.merged', details: [] } })).toBeUndefined();
    expect(currentVersionOf({ status: 400, body: conflict })).toBeUndefined();
  });
});
