import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleMayUse, ruleOf } from './middleware/enforce-route-access.ts';
import { renderRouteTable, replaceRouteTable } from './route-access-doc.ts';
import { ROUTE_ACCESS } from './route-access.ts';

describe('route access table', () => {
  it('is shown in docs/security.md as the code enforces it (run npm run docs:security after changing route-access.ts)', () => {
    const document = fs.readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    expect(document).toContain(renderRouteTable());
    expect(replaceRouteTable(document)).toBe(document);
  });

  it('matches a request to its route, a literal segment before a parameter', () => {
    expect(ruleOf('GET', '/api/lots/open')).toBe(ROUTE_ACCESS['GET /api/lots/open']);
    expect(ruleOf('GET', '/api/lots/0189')).toBe(ROUTE_ACCESS['GET /api/lots/{id}']);
    expect(ruleOf('HEAD', '/api/referrals/stats')).toBe(ROUTE_ACCESS['GET /api/referrals/stats']);
    expect(ruleOf('GET', '/api/savings/cycles/c1/members/p1/statement')).toBe(ROUTE_ACCESS['GET /api/savings/cycles/{id}/members/{person_id}/statement']);
    expect(ruleOf('DELETE', '/api/lots/0189')).toBeUndefined();
    expect(ruleOf('GET', '/api/lots/a/b')).toBeUndefined();
  });
});

describe('the role gate', () => {
  const user = (role: 'member' | 'coordinator' | 'partner') => ({ type: 'user' as const, id: 'u', role, organisationId: 'o' });
  it('refuses a role the table excepts, and an API key not scoped for any of the permissions', () => {
    const flagged = ROUTE_ACCESS['GET /api/reports/flagged-sales']!;
    expect(roleMayUse(flagged, user('coordinator'))).toBe(true);
    expect(roleMayUse(flagged, user('member'))).toBe(false);
    const people = ROUTE_ACCESS['GET /api/people']!;
    expect(roleMayUse(people, { ...user('partner'), type: 'api_key', scopes: ['people.read'] })).toBe(true);
    expect(roleMayUse(people, { ...user('partner'), type: 'api_key', scopes: ['sites.read'] })).toBe(false);
  });

  it('refuses every API key on a session-only route, whatever its role and scopes', () => {
    const adminKey = { type: 'api_key' as const, id: 'k', role: 'admin' as const, organisationId: null, scopes: ['api_keys.manage', 'users.manage'] };
    expect(roleMayUse(ROUTE_ACCESS['POST /api/api-keys']!, adminKey)).toBe(false);
    expect(roleMayUse(ROUTE_ACCESS['POST /api/users']!, adminKey)).toBe(false);
    expect(roleMayUse(ROUTE_ACCESS['GET /api/auth/me']!, adminKey)).toBe(false);
    expect(roleMayUse(ROUTE_ACCESS['POST /api/api-keys']!, { ...adminKey, type: 'user' })).toBe(true);
    expect(roleMayUse(ROUTE_ACCESS['GET /api/prices']!, adminKey)).toBe(true);
  });
});
