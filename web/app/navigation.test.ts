/** The navigation table: what each role sees and may open. */
import { describe, expect, it } from 'vitest';
import { ROLES } from '../api/types.ts';
import { canOpen, navigationFor } from './navigation.ts';

const labels = (role: (typeof ROLES)[number]) => navigationFor(role).map((i) => i.label);

describe('navigation', () => {
  it('gives every role Home and Places', () => {
    for (const role of ROLES) expect(labels(role).slice(0, 2)).toEqual(['nav.home', 'nav.places']);
  });

  it('shows Users to admins only', () => {
    expect(ROLES.filter((role) => labels(role).includes('nav.users'))).toEqual(['admin']);
  });

  it('shows People to staff who work with records, not to members or analysts', () => {
    expect(ROLES.filter((role) => labels(role).includes('nav.people'))).toEqual([
      'admin',
      'coordinator',
      'association_leader',
      'promoter',
      'partner',
      'case_worker',
      'health_worker',
    ]);
  });

  it('shows Organisations to every role and Duplicates to reviewers', () => {
    for (const role of ROLES) expect(labels(role)).toContain('nav.organisations');
    expect(ROLES.filter((role) => labels(role).includes('nav.duplicates'))).toEqual([
      'admin',
      'coordinator',
      'association_leader',
    ]);
  });

  it('shows Mining sites to every role, with its pages below', () => {
    for (const role of ROLES) expect(labels(role)).toContain('nav.sites');
    expect(canOpen('member', '/sites')).toBe('yes');
    expect(canOpen('promoter', '/sites/new')).toBe('yes');
  });

  it('links the API docs for admin, coordinator, analyst and partner', () => {
    expect(ROLES.filter((role) => labels(role).includes('nav.apiDocs'))).toEqual([
      'admin',
      'coordinator',
      'analyst',
      'partner',
    ]);
    expect(navigationFor('admin').find((i) => i.label === 'nav.apiDocs')).toMatchObject({
      href: '/api/docs',
      isExternal: true,
    });
  });

  it('guards in-app pages by the same table', () => {
    expect(canOpen('admin', '/users')).toBe('yes');
    expect(canOpen('member', '/users')).toBe('no');
    expect(canOpen('member', '/places')).toBe('yes');
    expect(canOpen('member', '/audit')).toBe('unknown');
    expect(canOpen('admin', '/api/docs')).toBe('unknown');
  });

  it('guards the pages below a section by the section\'s roles', () => {
    expect(canOpen('promoter', '/people/0190c6a4-0000-7000-8000-000000000001/edit')).toBe('yes');
    expect(canOpen('member', '/people/new')).toBe('no');
    expect(canOpen('analyst', '/people')).toBe('no');
    expect(canOpen('member', '/organisations/new')).toBe('yes');
    expect(canOpen('promoter', '/duplicates')).toBe('no');
    expect(canOpen('admin', '/duplicates/x')).toBe('unknown');
    expect(canOpen('admin', '/users/x')).toBe('unknown');
    expect(canOpen('admin', '/peoplex')).toBe('unknown');
  });

  it('shows Referrals to case staff and promoters, and their statistics to analysts only', () => {
    expect(ROLES.filter((role) => labels(role).includes('nav.referrals'))).toEqual(['promoter', 'case_worker', 'case_supervisor']);
    expect(ROLES.filter((role) => labels(role).includes('nav.referralStats'))).toEqual(['analyst']);
    expect(canOpen('case_worker', '/referrals/0190c6a4-0000-7000-8000-000000000001')).toBe('yes');
    expect(canOpen('analyst', '/referrals/stats')).toBe('yes');
    expect(canOpen('case_worker', '/referrals/stats')).toBe('no');
    expect(canOpen('analyst', '/referrals')).toBe('no');
    expect(canOpen('admin', '/referrals/new')).toBe('no');
  });

  it('gives an admin no referral list, only the emergency access by a referral\'s id', () => {
    expect(ROLES.filter((role) => labels(role).includes('nav.referralBreakGlass'))).toEqual(['admin']);
    expect(canOpen('admin', '/referrals/break-glass')).toBe('yes');
    expect(canOpen('admin', '/referrals/0190c6a4-0000-7000-8000-000000000001')).toBe('yes');
    expect(canOpen('admin', '/referrals')).toBe('no');
    expect(canOpen('admin', '/referrals/0190c6a4-0000-7000-8000-000000000001/x')).toBe('no');
    expect(canOpen('case_worker', '/referrals/break-glass')).toBe('no');
    expect(canOpen('coordinator', '/referrals/0190c6a4-0000-7000-8000-000000000001')).toBe('no');
  });

  it('shows the indicators dashboard to those who read surveys', () => {
    expect(ROLES.filter((role) => labels(role).includes('nav.dashboard'))).toEqual(['admin', 'coordinator', 'association_leader', 'analyst']);
    expect(canOpen('promoter', '/dashboard')).toBe('no');
  });

  it('gives a member "Mis datos" (her own data copy) and keeps her out of others\' cancellation pages', () => {
    expect(ROLES.filter((role) => labels(role).includes('nav.myData'))).toEqual(['member']);
    expect(canOpen('member', '/my-data')).toBe('yes');
    expect(canOpen('coordinator', '/my-data')).toBe('no');
    expect(canOpen('member', '/people/0190c6a4-0000-7000-8000-000000000001/cancellation')).toBe('no');
  });
});
