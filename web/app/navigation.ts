/**
 * The role-aware navigation table: which menu items each role sees and which app paths it may
 * open. Kept as data in one place so the menu, the home page and the route guard agree, and so
 * a new module adds one row here instead of touching every screen. Only modules that exist are
 * listed; the server still enforces every permission on its own.
 */
import type { Role } from '../api/types.ts';
import type { MessageKey } from '../i18n/i18n.ts';

export interface NavItem {
  /** Catalog key of the label. */
  label: MessageKey;
  href: string;
  /** Roles that see the item; `'all'` for every logged-in role. */
  roles: readonly Role[] | 'all';
  /** True for pages served by the server rather than by this app (full page load). */
  isExternal?: boolean;
  /** True when the section has pages below it (`/people/…`), guarded by the same roles. */
  hasSubpages?: boolean;
  /**
   * Roles that may open one record's page right below the section (`href/<uuid>`) without the
   * section in their menu: an admin's break-glass read of a referral whose id she was given.
   */
  recordRoles?: readonly Role[];
}

const RECORD_PAGE = /^\/[0-9a-fA-F-]{36}$/;

/** Roles that work in the field with no signal: their phone keeps a working set and they have the /sync page (docs/offline.md). */
export const FIELD_ROLES: readonly Role[] = ['promoter', 'association_leader'];

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'nav.home', href: '/', roles: 'all' },
  { label: 'nav.places', href: '/places', roles: 'all' },
  {
    label: 'nav.people',
    href: '/people',
    // Health workers read people in their subtree (people.read) and open a woman's mercury results from her page.
    roles: ['admin', 'coordinator', 'association_leader', 'promoter', 'partner', 'case_worker', 'health_worker'],
    hasSubpages: true,
  },
  { label: 'nav.organisations', href: '/organisations', roles: 'all', hasSubpages: true },
  { label: 'nav.sites', href: '/sites', roles: 'all', hasSubpages: true },
  {
    label: 'nav.production',
    href: '/production',
    roles: ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
    hasSubpages: true,
  },
  { label: 'nav.prices', href: '/prices', roles: 'all' },
  { label: 'nav.reports', href: '/reports', roles: ['admin', 'coordinator', 'association_leader', 'analyst'] },
  { label: 'nav.dashboard', href: '/dashboard', roles: ['admin', 'coordinator', 'association_leader', 'analyst'] },
  {
    label: 'nav.plans',
    href: '/plans',
    roles: ['admin', 'coordinator', 'association_leader', 'promoter', 'analyst', 'partner', 'case_worker'],
    hasSubpages: true,
  },
  {
    label: 'nav.trainings',
    href: '/trainings',
    roles: ['admin', 'coordinator', 'association_leader', 'promoter', 'member', 'analyst'],
    hasSubpages: true,
  },
  // Savings groups: the roles with savings.read (src/domain/auth/roles.ts); a member records her group's meeting as treasurer.
  {
    label: 'nav.savings',
    href: '/savings',
    roles: ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
    hasSubpages: true,
  },
  { label: 'nav.ppe', href: '/ppe', roles: ['admin', 'coordinator', 'association_leader', 'promoter'], hasSubpages: true },
  {
    label: 'nav.mercury',
    href: '/mercury',
    roles: ['admin', 'coordinator', 'association_leader', 'analyst', 'health_worker', 'member'],
    hasSubpages: true,
  },
  // The public services directory's admin screen: roles with services.manage (src/domain/auth/roles.ts).
  { label: 'nav.services', href: '/services', roles: ['admin', 'coordinator'], hasSubpages: true },
  { label: 'nav.duplicates', href: '/duplicates', roles: ['admin', 'coordinator', 'association_leader'] },
  { label: 'nav.users', href: '/users', roles: ['admin'] },
  // Confidential referrals (src/domain/auth/roles.ts, referrals.*): analysts see counts only; the stats item comes
  // first so that /referrals/stats is guarded by its own roles, not by the referral section's.
  { label: 'nav.referralStats', href: '/referrals/stats', roles: ['analyst'] },
  // An admin has no referral list: only the emergency access by id (docs/referrals.md, break-glass).
  { label: 'nav.referralBreakGlass', href: '/referrals/break-glass', roles: ['admin'] },
  { label: 'nav.referrals', href: '/referrals', roles: ['case_worker', 'case_supervisor', 'promoter'], hasSubpages: true, recordRoles: ['admin'] },
  { label: 'nav.secondFactor', href: '/second-factor', roles: ['case_worker', 'case_supervisor'] },
  // The outbox and the data kept on the phone (web/offline/sync-page.tsx).
  { label: 'nav.sync', href: '/sync', roles: FIELD_ROLES },
  // Her own copy of her data (ARCO access, people.data_copy for a member: web/arco/my-data-page.tsx).
  { label: 'nav.myData', href: '/my-data', roles: ['member'] },
  {
    label: 'nav.apiDocs',
    href: '/api/docs',
    roles: ['admin', 'coordinator', 'analyst', 'partner'],
    isExternal: true,
  },
];

function allows(item: NavItem, role: Role): boolean {
  return item.roles === 'all' || item.roles.includes(role);
}

/** The menu items `role` sees, in menu order. */
export function navigationFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => allows(item, role));
}

/** The in-app menu item whose section holds `path`, if any. */
export function sectionOf(path: string): NavItem | undefined {
  return NAV_ITEMS.find(
    (i) => !i.isExternal && (i.href === path || (i.hasSubpages === true && path.startsWith(`${i.href}/`))),
  );
}

/**
 * Whether `role` may open the in-app page at `path`: 'yes', 'no' (a page exists but not for
 * this role), or 'unknown' (no such page). Pages below a section with subpages share its
 * roles; whether such a page exists is then up to the section's own screens.
 */
export function canOpen(role: Role, path: string): 'yes' | 'no' | 'unknown' {
  const item = sectionOf(path);
  if (!item) return 'unknown';
  if (allows(item, role)) return 'yes';
  return item.recordRoles?.includes(role) && RECORD_PAGE.test(path.slice(item.href.length)) ? 'yes' : 'no';
}
