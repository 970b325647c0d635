/**
 * Roles and what each may do. One table (PERMISSIONS) is the source of truth: services check
 * it, and docs/security.md is generated from it. Access to records is further limited to the
 * actor's organisation subtree (see scope.ts); admins and analysts see across the network.
 */
export const ROLES = [
  'admin',
  'coordinator',
  'association_leader',
  'promoter',
  'member',
  'analyst',
  'partner',
  'case_worker',
  'health_worker',
  'case_supervisor',
] as const;

export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'users.manage': ['admin'],
  'users.list': ['admin', 'coordinator'],
  'api_keys.manage': ['admin'],
  'audit.read': ['admin'],
  'database.backup': ['admin'],
  'database.restore': ['admin'],
  'people.read': ['admin', 'coordinator', 'association_leader', 'promoter', 'member', 'partner', 'case_worker', 'health_worker'],
  'people.write': ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
  'people.import': ['admin', 'coordinator', 'association_leader'],
  'people.data_copy': ['admin', 'coordinator', 'member'],
  'people.cancel': ['admin', 'coordinator'],
  'consents.write': ['admin', 'coordinator', 'association_leader', 'promoter'],
  'duplicates.review': ['admin', 'coordinator', 'association_leader'],
  'duplicates.scan': ['admin'],
  'organisations.read': ROLES,
  'organisations.write': ['admin', 'coordinator'],
  'memberships.write': ['admin', 'coordinator', 'association_leader'],
  'sites.read': ROLES,
  'sites.write': ['admin', 'coordinator', 'association_leader', 'promoter'],
  'production.read': ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
  'production.write': ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
  'production.reports': ['admin', 'coordinator', 'association_leader', 'analyst'],
  'prices.write': ['admin', 'coordinator'],
  'statements.issue': ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
  'surveys.manage': ['admin', 'coordinator'],
  'surveys.read': ['admin', 'coordinator', 'association_leader', 'analyst'],
  'trainings.read': ['admin', 'coordinator', 'association_leader', 'promoter', 'member', 'analyst'],
  'trainings.attendance': ['admin', 'coordinator', 'association_leader', 'promoter'],
  'trainings.manage': ['admin', 'coordinator', 'association_leader'],
  'trainings.reports': ['admin', 'coordinator', 'association_leader', 'analyst'],
  'plans.read': ['admin', 'coordinator', 'association_leader', 'promoter', 'analyst', 'partner', 'case_worker'],
  'plans.manage': ['admin', 'coordinator'],
  'plans.progress': ['admin', 'coordinator', 'association_leader'],
  'ppe.read': ['admin', 'coordinator', 'association_leader', 'promoter'],
  'ppe.manage': ['admin', 'coordinator', 'association_leader', 'promoter'],
  'mercury.record': ['health_worker'],
  'mercury.read': ['health_worker', 'member'],
  'mercury.aggregates': ['admin', 'coordinator', 'association_leader', 'analyst', 'health_worker'],
  'mercury.thresholds': ['admin'],
  'services.manage': ['admin', 'coordinator'],
  'referrals.create': ['case_worker', 'case_supervisor', 'promoter'],
  'referrals.read_assigned': ['case_worker', 'case_supervisor'],
  'referrals.supervise': ['case_supervisor'],
  'referrals.stats': ['analyst'],
  'referrals.break_glass': ['admin'],
  'savings.read': ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
  'savings.record': ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
  'savings.manage': ['admin', 'coordinator', 'association_leader', 'promoter'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  'users.manage': 'create, disable and change user accounts',
  'users.list': 'list user accounts in their organisation subtree',
  'api_keys.manage': 'issue and revoke partner API keys',
  'audit.read': 'read and verify the audit log',
  'database.backup': 'write a backup of the whole database',
  'database.restore': 'replace the whole database from a backup',
  'people.read': 'see people: their subtree (staff), her own record (member), records shared with their organisation by consent (partner)',
  'people.write': 'register and correct people in their subtree (a member: only her own record)',
  'people.import': 'import people from CSV or XLSX files',
  'people.data_copy': 'get a copy of everything held about a person (ARCO access): on her written request (staff, their subtree), or her own (member); every copy audited',
  'people.cancel': 'erase a person\'s identity everywhere on her written request (ARCO cancellation): their subtree (coordinator), everyone (admin)',
  'consents.write': 'record and withdraw consents',
  'duplicates.review': 'merge likely duplicates or mark them distinct',
  'duplicates.scan': 'run a full duplicate pass over the whole registry',
  'organisations.read': 'see organisations, their boards and the women\'s share',
  'organisations.write': 'create and edit organisations in their subtree',
  'memberships.write': 'enrol people in organisations and end memberships',
  'sites.read': 'see mining sites and ore-selection authorisations',
  'sites.write': 'register mining sites and record ore-selection authorisations',
  'production.read': 'see ore lots and sales: their subtree (staff), her own (member)',
  'production.write': 'record ore lots and sales: their subtree (staff), her own (member)',
  'production.reports': 'see production, income and buyer-discount reports (small cells suppressed)',
  'prices.write': 'enter and import reference gold prices and exchange rates',
  'statements.issue': 'issue income statements (for a named recipient only with her consent to share)',
  'surveys.manage': 'import questionnaires (XLSForm) and survey responses (KoboToolbox, ODK)',
  'surveys.read': 'see questionnaires and survey indicators (small cells suppressed)',
  'trainings.read': 'see training programmes and sessions; people\'s progress and certificates in their subtree (staff), her own (member)',
  'trainings.attendance': 'schedule training sessions, enrol people in programmes and take attendance, in their subtree',
  'trainings.manage': 'create programmes, load the shipped templates, issue and void certificates (only when the completion rule is met)',
  'trainings.reports': 'see the reach of trainings: people trained and certified (small cells suppressed)',
  'plans.read': 'see action plans: the tree, progress updates, indicators against their targets, progress reports',
  'plans.manage': 'import action plans from their JSON file (the same file again updates the plan)',
  'plans.progress': 'report progress on a plan\'s objectives, results and actions, and enter measured indicator values',
  'ppe.read': 'see the protective-equipment catalogue, stock on hand, distributions and who lacks an item, in their subtree',
  'ppe.manage': 'record protective equipment received and distributed to people, in their subtree (never more than on hand)',
  'mercury.record': 'record mercury evaluations (sample, value, laboratory, symptoms) of people in their subtree',
  'mercury.read': 'see individual mercury results and the repeat-evaluation reminders: people in their subtree (health worker), her own (member); every read audited',
  'mercury.aggregates': 'see mercury screening counts by region or profile (small cells suppressed), never individual results',
  'mercury.thresholds': 'change the mercury screening thresholds (reference and alert values per sample type)',
  'services.manage': 'add and correct points of the public services directory (CEM, police, health, shelters, network contacts) and import them from CSV',
  'referrals.create': 'open a confidential referral with the woman\'s informed consent (a promoter hands it to a case worker at once)',
  'referrals.read_assigned': 'see, follow up and close the referrals assigned to them (case worker) or that they supervise (supervisor); every read audited',
  'referrals.supervise': 'supervise referrals: assign and reassign case workers, record a consent override with a written reason (audited)',
  'referrals.stats': 'see referral counts by type, region and month (cells of 1 to 10 suppressed, with complementary suppression)',
  'referrals.break_glass': 'read one referral in an emergency with a written reason: recorded, audited, and the supervisor is notified',
  'savings.read': 'see savings groups in their subtree: members, cycles, balances, loans and share-out',
  'savings.record': 'record a savings-group meeting (attendance, shares, loans, repayments, social fund, fines, cash count, share-out); every ledger rule checked, nothing written on a break',
  'savings.manage': 'create savings groups in their subtree, add members and officers, open cycles with their rules',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Roles whose holders act across the whole network rather than one subtree. */
export const NETWORK_WIDE_ROLES: readonly Role[] = ['admin', 'analyst'];
