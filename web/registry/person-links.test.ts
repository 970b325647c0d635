/** Who gets a link to a person's mercury results from her page: health workers, and the woman herself. */
import { describe, expect, it } from 'vitest';
import { mercuryHref } from './person-links.tsx';

const user = (role: string, personId: string | null = null) =>
  ({ id: 'u', username: 'u', display_name: 'U', role, organisation_id: null, person_id: personId }) as Parameters<typeof mercuryHref>[0];
const ROSA = '0190a5a4-0000-7000-8000-000000000001';

describe('mercuryHref', () => {
  it('opens her results for a health worker', () => {
    expect(mercuryHref(user('health_worker'), ROSA)).toBe(`/mercury/people/${ROSA}`);
  });

  it('opens the woman\'s own results from her own page only', () => {
    expect(mercuryHref(user('member', ROSA), ROSA)).toBe('/mercury');
    expect(mercuryHref(user('member', 'someone-else'), ROSA)).toBeNull();
  });

  it('gives staff, admins included, no link (they see counts only)', () => {
    for (const role of ['admin', 'coordinator', 'association_leader', 'promoter', 'analyst']) expect(mercuryHref(user(role), ROSA)).toBeNull();
  });
});
