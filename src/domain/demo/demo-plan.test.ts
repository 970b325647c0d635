import { describe, expect, it } from 'vitest';
import { ROLES } from '../auth/roles.ts';
import { buildDemoPlan, DEMO_MARK, STUDY_REGIONS } from './demo-plan.ts';

describe('buildDemoPlan', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(buildDemoPlan(7)).toEqual(buildDemoPlan(7));
    expect(buildDemoPlan(7).users.map((u) => u.displayName)).not.toEqual(buildDemoPlan(8).users.map((u) => u.displayName));
  });

  it('has one login per role, a network in each of the nine study regions, and marks everything as demo', () => {
    const plan = buildDemoPlan();
    expect(plan.users.map((u) => u.role).sort()).toEqual([...ROLES].sort());
    expect(plan.organisations.filter((o) => o.kind === 'regional_network')).toHaveLength(STUDY_REGIONS.length);
    expect([...plan.organisations.map((o) => o.name), ...plan.users.map((u) => u.displayName)].every((n) => n.includes(DEMO_MARK))).toBe(true);
  });

  it('gives people a paternal and a different maternal surname', () => {
    for (const user of buildDemoPlan().users) {
      expect(user.name.paternalSurname).not.toBe('');
      expect(user.name.maternalSurname).not.toBe(user.name.paternalSurname);
    }
  });

  it('places every organisation under an existing parent', () => {
    const { organisations } = buildDemoPlan();
    const keys = new Set(organisations.map((o) => o.key));
    expect(organisations.every((o) => o.parentKey === null || keys.has(o.parentKey))).toBe(true);
  });
});
