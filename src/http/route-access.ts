/**
 * Who may call each HTTP route: the documented access table. It names every route of the
 * OpenAPI document (and the few served beside it) with the permission(s) of roles.ts it needs,
 * or 'public' / 'authenticated', plus how far the caller's organisation subtree limits it.
 * docs/security.md's route table is generated from it (`npm run docs:security`), and the
 * access-matrix integration test calls every route as every role and compares with it.
 *
 * API keys: a key may call a route when its role holds one of the route's permissions *and*
 * that permission is among its scopes; routes for any signed-in caller need no scope. Routes
 * marked `sessionOnly` refuse every key (403): a person's own session and second factor, the
 * management of accounts and keys (a key could otherwise mint a key or an account wider than its
 * own scopes), and confidential referrals (case staff reach them only after a TOTP sign-in,
 * which a key never has).
 */
import type { Permission, Role } from '../domain/auth/roles.ts';

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; any: readonly Permission[] };

export interface RouteRule {
  access: RouteAccess;
  /** Records are limited to the caller's organisation subtree (or her own, for a member). */
  subtree?: boolean;
  /** Callers without access are told 404, not 403, so that the record's existence is hidden. */
  hidden?: boolean;
  /** Roles that hold the permission but are still refused (403), with the reason in `note`. */
  except?: readonly Role[];
  note?: string;
  /** Only a signed-in person may call it; every API key is refused (403). */
  sessionOnly?: boolean;
}

const pub = (note?: string): RouteRule => ({ access: { kind: 'public' }, note });
const signedIn = (note?: string): RouteRule => ({ access: { kind: 'authenticated' }, note });
const perm = (any: Permission | readonly Permission[], extra: Omit<RouteRule, 'access'> = {}): RouteRule => ({
  access: { kind: 'permission', any: typeof any === 'string' ? [any] : any }, ...extra,
});
const mine = (any: Permission | readonly Permission[], note?: string): RouteRule => perm(any, { subtree: true, note });
/** The same rule, refused to every API key. */
const sessionOnly = (rule: RouteRule): RouteRule => ({ ...rule, sessionOnly: true });

/** `METHOD /path` (OpenAPI path syntax) → its rule. */
export const ROUTE_ACCESS: Record<string, RouteRule> = {
  // operations and accounts
  'GET /health': pub('status, database kind and version only'),
  'GET /api/openapi.json': pub('not in the OpenAPI document itself'),
  'GET /api/docs': pub('not in the OpenAPI document itself'),
  'POST /api/auth/login': pub('rate limited per username and address'),
  'GET /api/auth/me': sessionOnly(signedIn()),
  'POST /api/auth/logout': sessionOnly(signedIn()),
  'GET /api/setup': pub(),
  'POST /api/setup': pub('only with the one-time setup token, only while no administrator exists'),
  'POST /api/auth/totp/enrol': sessionOnly(signedIn('the caller\'s own second factor')),
  'POST /api/auth/totp/confirm': sessionOnly(signedIn('the caller\'s own second factor')),
  'POST /api/auth/sessions/revoke-others': sessionOnly(signedIn('the caller\'s own other sessions')),
  'GET /api/users': perm('users.list', { subtree: true }),
  'POST /api/users/{id}/sessions/revoke': sessionOnly(perm('users.manage')),
  'POST /api/users': sessionOnly(perm('users.manage')),
  'POST /api/users/{id}/disable': sessionOnly(perm('users.manage')),
  'GET /api/api-keys': sessionOnly(perm('api_keys.manage')),
  'POST /api/api-keys': sessionOnly(perm('api_keys.manage')),
  'POST /api/api-keys/{id}/revoke': sessionOnly(perm('api_keys.manage')),
  'POST /api/sync': signedIn('each item is replayed through its own route, with that route\'s checks'),
  // reference data and the public directory
  'GET /api/places': pub(),
  'GET /api/services': pub(),
  'GET /api/services/nearest': pub('near a district or coordinates; near a mining site needs sites.read'),
  'POST /api/services': perm('services.manage'),
  'PATCH /api/services/{id}': perm('services.manage'),
  'GET /api/verify/{code}': pub('initials only'),
  'GET /verify/{code}': pub('the HTML page a document\'s QR code opens: status, issuer, dates, initials (and a statement\'s totals); rate limited per address'),
  // registry
  'POST /api/people/import': perm('people.import', { subtree: true }),
  'GET /api/people': mine('people.read'),
  'POST /api/people': mine('people.write'),
  'GET /api/people/{id}': mine('people.read', 'partner: records shared with its organisation by consent'),
  'PATCH /api/people/{id}': mine('people.write'),
  'GET /api/people/{id}/data-copy': mine('people.data_copy', 'ARCO access: her own (member), on her written request (staff); audited'),
  'POST /api/people/{id}/cancellation': mine('people.cancel', 'ARCO cancellation on her written request; irreversible'),
  'POST /api/people/{id}/consents': mine('consents.write'),
  'POST /api/people/{id}/consents/{consentId}/withdraw': mine('consents.write'),
  'GET /api/organisations': perm('organisations.read'),
  'POST /api/organisations': mine('organisations.write'),
  'GET /api/organisations/{id}': perm('organisations.read'),
  'PATCH /api/organisations/{id}': mine('organisations.write'),
  'POST /api/memberships': mine('memberships.write'),
  'POST /api/memberships/{id}/end': mine('memberships.write'),
  'GET /api/duplicates': mine('duplicates.review'),
  'POST /api/duplicates/{id}': mine('duplicates.review'),
  'GET /api/sites': perm('sites.read'),
  'POST /api/sites': perm('sites.write'),
  'GET /api/sites/{id}': perm('sites.read'),
  'PATCH /api/sites/{id}': perm('sites.write'),
  'POST /api/sites/{id}/authorisations': perm('sites.write'),
  // production
  'POST /api/statements': mine('statements.issue'),
  'GET /api/statements': mine('statements.issue', 'her income in full: audited'),
  'GET /api/statements/{id}': mine('statements.issue', 'her income in full: audited'),
  'GET /api/statements/{id}/pdf': mine('statements.issue', 'her income in full: audited'),
  'POST /api/statements/{id}/void': mine('statements.issue'),
  'GET /api/reports/production': perm('production.reports'),
  'GET /api/reports/buyers': perm('production.reports'),
  'GET /api/reports/flagged-sales': perm('production.read', { subtree: true, except: ['member'], note: 'staff only' }),
  'GET /api/lots': mine('production.read'),
  'POST /api/lots': mine('production.write'),
  'GET /api/lots/open': mine('production.read'),
  'GET /api/lots/{id}': mine('production.read'),
  'PATCH /api/lots/{id}': mine('production.write'),
  'GET /api/sales': mine('production.read'),
  'POST /api/sales': mine('production.write'),
  'GET /api/sales/{id}': mine('production.read'),
  'GET /api/prices': signedIn(),
  'POST /api/prices': perm('prices.write'),
  'GET /api/prices/on': signedIn(),
  // trainings
  'GET /api/programmes': perm('trainings.read'),
  'POST /api/programmes': perm('trainings.manage'),
  'POST /api/programmes/templates': perm('trainings.manage'),
  'GET /api/programmes/{id}': perm('trainings.read'),
  'GET /api/programmes/{id}/enrolments': perm('trainings.attendance', { note: 'lists only the people the caller can see' }),
  'POST /api/programmes/{id}/enrolments': mine('trainings.attendance'),
  'GET /api/training-sessions': mine('trainings.attendance'),
  'POST /api/training-sessions': mine('trainings.attendance'),
  'GET /api/training-sessions/{id}': mine('trainings.attendance'),
  'POST /api/training-sessions/{id}/attendance': mine('trainings.attendance'),
  'POST /api/certificates': mine('trainings.manage'),
  'GET /api/certificates/{id}': perm('trainings.read', { subtree: true, except: ['analyst'], note: 'her full name: a person the caller can see (her own, for a member); audited' }),
  'GET /api/certificates/{id}/pdf': perm('trainings.read', { subtree: true, except: ['analyst'], note: 'her full name: a person the caller can see (her own, for a member); audited' }),
  'POST /api/certificates/{id}/void': mine('trainings.manage'),
  'GET /api/people/{id}/trainings': perm('trainings.read', { subtree: true, except: ['analyst'], note: 'a person the caller can see (her own, for a member); audited' }),
  'GET /api/reports/trainings': perm('trainings.reports'),
  // surveys and indicators
  'POST /api/forms': perm('surveys.manage'),
  'GET /api/forms': perm('surveys.read'),
  'GET /api/forms/{id}': perm('surveys.read'),
  'POST /api/forms/{id}/responses': perm('surveys.manage'),
  'GET /api/baseline': perm('surveys.read'),
  'POST /api/indicators': perm('surveys.read'),
  // action plans
  'POST /api/plans/import': perm('plans.manage'),
  'GET /api/plans': perm('plans.read'),
  'GET /api/plans/{id}': perm('plans.read'),
  'GET /api/plans/{id}/report': perm('plans.read'),
  'GET /api/plan-nodes/{id}': perm('plans.read'),
  'POST /api/plan-nodes/{id}/progress': perm('plans.progress'),
  'POST /api/plan-indicators/{id}/actuals': perm('plans.progress'),
  // protective equipment and mercury
  'GET /api/ppe/items': perm('ppe.read'),
  'GET /api/ppe/stock': mine('ppe.read'),
  'POST /api/ppe/stock': mine('ppe.manage'),
  'GET /api/ppe/distributions': mine('ppe.read'),
  'POST /api/ppe/distributions': mine('ppe.manage'),
  'GET /api/ppe/lacking': mine('ppe.read'),
  'POST /api/mercury/evaluations': mine('mercury.record'),
  'GET /api/people/{id}/mercury': mine('mercury.read', 'health worker: her subtree; member: her own; audited'),
  'GET /api/mercury/aggregates': perm('mercury.aggregates'),
  'GET /api/mercury/reminders': mine('mercury.record'),
  'GET /api/mercury/thresholds': perm(['mercury.read', 'mercury.aggregates', 'mercury.thresholds', 'mercury.record']),
  'PUT /api/mercury/thresholds/{key}': perm('mercury.thresholds'),
  // confidential referrals
  'POST /api/referrals': sessionOnly(perm('referrals.create')),
  'GET /api/referrals': sessionOnly(perm('referrals.read_assigned', { note: 'only those assigned to or supervised by the caller' })),
  'GET /api/referrals/stats': perm('referrals.stats'),
  'GET /api/referrals/staff': sessionOnly(perm('referrals.create')),
  'GET /api/referrals/notifications': sessionOnly(perm('referrals.supervise')),
  'POST /api/referrals/notifications/{id}/read': sessionOnly(perm('referrals.supervise', { note: 'its recipient only; 404 for anyone else' })),
  'GET /api/referrals/{id}': sessionOnly(perm('referrals.read_assigned', { subtree: true, hidden: true, note: 'its case worker and supervisor only' })),
  'POST /api/referrals/{id}/follow-ups': sessionOnly(perm('referrals.read_assigned', { subtree: true, hidden: true, note: 'its case worker and supervisor only' })),
  'POST /api/referrals/{id}/close': sessionOnly(perm('referrals.read_assigned', { subtree: true, hidden: true, note: 'its case worker and supervisor only' })),
  'POST /api/referrals/{id}/assign': sessionOnly(perm('referrals.read_assigned', { subtree: true, hidden: true, note: 'its supervisor only (referrals.supervise): its case worker is told 403' })),
  'POST /api/referrals/{id}/break-glass': sessionOnly(perm('referrals.break_glass', { note: 'with a written reason; audited; the supervisor is notified' })),
  // savings groups
  'POST /api/savings/groups': mine('savings.manage'),
  'GET /api/savings/groups': mine('savings.read'),
  'GET /api/savings/groups/{id}': mine('savings.read'),
  'GET /api/savings/cycles/{id}/meetings': mine('savings.read'),
  'POST /api/savings/groups/{id}/members': mine('savings.manage'),
  'POST /api/savings/groups/{id}/officers': mine('savings.manage'),
  'POST /api/savings/cycles': mine('savings.manage'),
  'GET /api/savings/cycles/{id}': mine('savings.read'),
  'POST /api/savings/cycles/{id}/close': mine('savings.manage'),
  'POST /api/savings/meetings': mine('savings.record'),
  'GET /api/savings/cycles/{id}/members/{person_id}/statement': mine('savings.read'),
  'GET /api/savings/cycles/{id}/report': mine('savings.read'),
  'POST /api/savings/cycles/{id}/import': mine('savings.record'),
};
