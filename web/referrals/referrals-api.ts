/**
 * The referral screens' calls to the HTTP API, in the referrals chunk, following the shared
 * client's rules (web/api/module-requests.ts). Nothing about a woman ever goes in a URL: every
 * referral field travels in a POST body, paths carry only ids, and the one query string with a
 * name in it is the registry search the server already keeps out of its logs.
 */
import type { z } from 'zod';
import { moduleRequests } from '../api/module-requests.ts';
import type { Items, PersonSummary, User } from '../api/types.ts';
import type {
  AssignInput, BreakGlassInput, CloseInput, FollowUpInput, NotificationList, ReferralInput, ReferralOutput, ReferralReceipt, ReferralStats, ReferralSummary, StaffList, StatsQuery,
} from '../../src/contracts/referrals.ts';
import type { ServicePointOutput } from '../../src/contracts/services-directory.ts';

const requests = moduleRequests();
export const connectReferrals = requests.connect;
const request = requests.request;
const enc = encodeURIComponent;

export type { ReferralOutput, ReferralReceipt, ReferralStats, ReferralSummary, ServicePointOutput };
export type NewReferral = z.input<typeof ReferralInput>;
export type StaffMember = z.infer<typeof StaffList>['items'][number];
export type ReferralNotification = z.infer<typeof NotificationList>['items'][number];
type Envelope = { referral: ReferralOutput };

export const referralsApi = {
  list: () => request<Items<ReferralSummary>>('GET', '/api/referrals'),
  get: (id: string) => request<Envelope>('GET', `/api/referrals/${enc(id)}`),
  create: (input: NewReferral) => request<ReferralReceipt>('POST', '/api/referrals', input),
  addFollowUp: (id: string, input: FollowUpInput) => request<Envelope>('POST', `/api/referrals/${enc(id)}/follow-ups`, input),
  close: (id: string, input: CloseInput) => request<Envelope>('POST', `/api/referrals/${enc(id)}/close`, input),
  assign: (id: string, input: AssignInput) => request<Envelope>('POST', `/api/referrals/${enc(id)}/assign`, input),
  staff: () => request<Items<StaffMember>>('GET', '/api/referrals/staff'),
  notifications: () => request<Items<ReferralNotification>>('GET', '/api/referrals/notifications'),
  markRead: (id: string) => request<void>('POST', `/api/referrals/notifications/${enc(id)}/read`),
  /** An admin's emergency read: recorded with its reason, audited, the supervisor notified (each call is a new read). */
  breakGlass: (id: string, input: BreakGlassInput) => request<Envelope>('POST', `/api/referrals/${enc(id)}/break-glass`, input),
  /** Case staff by name for an admin, who may list users but not the referral staff route. */
  staffForAdmin: async (): Promise<StaffMember[]> => (await request<Items<User>>('GET', '/api/users')).items
    .flatMap((u) => (u.role === 'case_worker' || u.role === 'case_supervisor' ? [{ id: u.id, display_name: u.display_name, role: u.role }] : [])),
  stats: (query: StatsQuery) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v));
    return request<ReferralStats>('GET', `/api/referrals/stats${params.size ? `?${params}` : ''}`);
  },
  /** Línea 100 (it has no district) and then the service points of a department. */
  services: async (department: string): Promise<ServicePointOutput[]> => {
    const [line100, local] = await Promise.all([
      request<Items<ServicePointOutput>>('GET', '/api/services?kind=line_100'),
      request<Items<ServicePointOutput>>('GET', `/api/services?district=${enc(department)}`),
    ]);
    return [...line100.items, ...local.items.filter((p) => p.kind !== 'line_100')];
  },
  searchPeople: (q: string) => request<Items<PersonSummary>>('GET', `/api/people?q=${enc(q)}&limit=30`),
};
