import { describe, expect, it } from 'vitest';
import { authorize, canReachOrganisation, CLI_ACTOR, type Actor } from './actor.ts';
import { PERMISSIONS, ROLES } from './roles.ts';

const user = (role: Actor['role'], organisationId: string | null = 'puno'): Actor => ({ type: 'user', id: 'u1', role, organisationId });

describe('authorize', () => {
  it('grants exactly the roles listed for each permission', () => {
    for (const [permission, allowed] of Object.entries(PERMISSIONS)) {
      for (const role of ROLES) {
        const call = () => authorize(user(role), permission as keyof typeof PERMISSIONS);
        if ((allowed as readonly string[]).includes(role)) expect(call).not.toThrow();
        else expect(call).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
      }
    }
  });

  it('limits an API key to its scopes even when its role would allow more', () => {
    const key: Actor = { type: 'api_key', id: 'k1', role: 'admin', organisationId: null, scopes: ['users.list'] };
    expect(() => authorize(key, 'users.list')).not.toThrow();
    expect(() => authorize(key, 'users.manage')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('canReachOrganisation', () => {
  const ananeaAncestors = ['ananea', 'puno', 'national'];
  it('lets an actor act on her organisation and everything below it', () => {
    expect(canReachOrganisation(user('coordinator', 'puno'), ananeaAncestors)).toBe(true);
    expect(canReachOrganisation(user('association_leader', 'ananea'), ananeaAncestors)).toBe(true);
  });
  it('keeps her out of sibling and parent organisations', () => {
    expect(canReachOrganisation(user('coordinator', 'piura'), ananeaAncestors)).toBe(false);
    expect(canReachOrganisation(user('association_leader', 'ananea'), ['puno', 'national'])).toBe(false);
    expect(canReachOrganisation(user('promoter', null), ananeaAncestors)).toBe(false);
  });
  it('lets network-wide roles and operators reach everything', () => {
    expect(canReachOrganisation(user('analyst', null), ananeaAncestors)).toBe(true);
    expect(canReachOrganisation(CLI_ACTOR, ananeaAncestors)).toBe(true);
  });
});
