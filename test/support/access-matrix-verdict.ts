/**
 * How the access matrix fills a route's path and judges one answer against the documented
 * table (src/http/route-access.ts): which seeded record of Ananea fills each path parameter,
 * whether a caller (a signed-in role or an API key with its scopes) may use a route at all, and
 * why an answer breaks the table.
 */
import { hasPermission } from '../../src/domain/auth/roles.ts';
import type { RouteRule } from '../../src/http/route-access.ts';
import type { Caller } from './access-matrix.ts';
import type { Seeded } from './access-matrix-seed.ts';

/** `{param}` of a path (matched by the path's start) → the seeded record that fills it. */
const PARAMS: [RegExp, string, keyof Seeded][] = [
  [/^\/api\/people\/\{id\}/, 'id', 'person'], [/\{consentId\}/, 'consentId', 'consent'], [/\{person_id\}/, 'person_id', 'person'],
  [/^\/api\/organisations\/\{id\}/, 'id', 'organisation'], [/^\/api\/memberships\/\{id\}/, 'id', 'membership'], [/^\/api\/duplicates\/\{id\}/, 'id', 'duplicate'],
  [/^\/api\/lots\/\{id\}/, 'id', 'lot'], [/^\/api\/sales\/\{id\}/, 'id', 'sale'], [/^\/api\/statements\/\{id\}/, 'id', 'statement'],
  [/^\/api\/programmes\/\{id\}/, 'id', 'programme'], [/^\/api\/training-sessions\/\{id\}/, 'id', 'trainingSession'], [/^\/api\/certificates\/\{id\}/, 'id', 'certificate'],
  [/^\/api\/savings\/groups\/\{id\}/, 'id', 'savingsGroup'], [/^\/api\/savings\/cycles\/\{id\}/, 'id', 'savingsCycle'],
  [/^\/api\/referrals\/notifications\/\{id\}/, 'id', 'notification'], [/^\/api\/referrals\/\{id\}/, 'id', 'referral'],
  [/^\/api\/users\/\{id\}/, 'id', 'user'], [/^\/api\/api-keys\/\{id\}/, 'id', 'apiKey'], [/^\/api\/services\/\{id\}/, 'id', 'servicePoint'],
  [/^\/api\/sites\/\{id\}/, 'id', 'site'], [/^\/api\/forms\/\{id\}/, 'id', 'form'], [/^\/api\/plans\/\{id\}/, 'id', 'plan'],
  [/^\/api\/plan-nodes\/\{id\}/, 'id', 'planNode'], [/^\/api\/plan-indicators\/\{id\}/, 'id', 'planIndicator'],
  [/^\/(api\/)?verify\/\{code\}/, 'code', 'statementCode'],
];

/** Records of Ananea an outsider must never see in any answer. */
export const PRIVATE: readonly (keyof Seeded)[] = [
  'person', 'lot', 'sale', 'statement', 'trainingSession', 'certificate', 'savingsGroup', 'savingsCycle', 'referral', 'followUp', 'notification',
  'membership', 'consent', 'duplicate', 'mercury', 'ppeDistribution', 'user',
];

/**
 * The URL of a route with every parameter filled by a seeded record, and whether one is named
 * (only routes the table limits to a subtree treat that as another subtree's record).
 */
export function fill(path: string, seeded: Seeded): { url: string; seededRecord: boolean } {
  let seededRecord = false;
  let url = path;
  for (const [pattern, param, record] of PARAMS) {
    if (pattern.test(path) && url.includes(`{${param}}`)) {
      url = url.replace(`{${param}}`, seeded[record]);
      seededRecord = true;
    }
  }
  url = url.replace('{key}', 'blood_ug_l');
  if (/\{/.test(url)) throw new Error(`${path}: a parameter no seeded record fills`);
  const query: Record<string, string> = {
    '/api/statements': `person_id=${seeded.person}`, '/api/lots': `person_id=${seeded.person}`, '/api/sales': `person_id=${seeded.person}`,
    '/api/prices/on': 'date=2026-02-20', '/api/services/nearest': 'ubigeo=211002', '/api/ppe/stock': `organisation_id=${seeded.organisation}`,
    '/api/ppe/lacking': `item_id=${seeded.ppeItem}&organisation_id=${seeded.organisation}`,
  };
  if (/^\/api\/plans\/\{id\}\/report$/.test(path)) url += '?from=2026-01-01&to=2026-02-28';
  if (query[path]) {
    url += `?${query[path]}`;
    seededRecord = true;
  }
  return { url, seededRecord };
}

/** Whether the table lets this caller use the route at all (before any record is looked at). */
export function allowedByTable(rule: RouteRule, caller: Caller): boolean {
  if (rule.access.kind === 'public') return true;
  if (caller.role === null) return false;
  if (caller.key && rule.sessionOnly) return false;
  if (rule.access.kind === 'authenticated') return true;
  if (rule.except?.includes(caller.role)) return false;
  return rule.access.any.some((permission) => hasPermission(caller.role!, permission) && (!caller.key || caller.key.scopes.includes(permission)));
}

export interface Answer { status: number; url: string; seededRecord: boolean; validBody: boolean; refusedAsField: boolean; body: string }

/** Why an answer breaks the table, or null when it agrees. */
export function verdict(rule: RouteRule, caller: Caller, answer: Answer, seeded: Seeded): string | null {
  const { status, seededRecord } = answer;
  if (status >= 500) return `${status}: a server error`;
  const ok = status >= 200 && status < 300;
  if (!allowedByTable(rule, caller)) {
    const denied = caller.role === null ? [401] : rule.hidden ? [403, 404] : [403];
    return denied.includes(status) ? null : `${status}: should be denied with ${denied.join('/')}`;
  }
  if (caller.outsider && ok) {
    if (rule.subtree && seededRecord) return `${status}: an outsider reached a record of another subtree`;
    const leaked = PRIVATE.filter((record) => answer.body.includes(seeded[record]) && !answer.url.includes(seeded[record]));
    if (leaked.length > 0) return `${status}: an outsider was shown ${leaked.join(', ')} of another subtree`;
  }
  if (caller.outsider && rule.subtree && seededRecord) {
    const refused = answer.refusedAsField ? [400, 403, 404] : [403, 404];
    return !answer.validBody || refused.includes(status) ? null : `${status}: a valid body for another subtree's record should be refused with ${refused.join('/')}`;
  }
  if (status === 401 || status === 403) return `${status}: should be allowed`;
  return null;
}
