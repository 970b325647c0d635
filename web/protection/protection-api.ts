/**
 * The protective-equipment and mercury screens' calls to the HTTP API. Lives in the protection
 * chunk and follows the shared client's rules (web/api/module-requests.ts): same-origin cookies,
 * the CSRF token on writes, Accept-Language, problem+json → `ApiError`, a 401 reported as a lost
 * session. Receipts, distributions and evaluations carry ids made here, so a resend records once.
 */
import { moduleRequests } from '../api/module-requests.ts';
import type { Items, Organisation, PersonSummary } from '../api/types.ts';
import type { DistributionInput, DistributionOutput, LacksReport, PpeItem, StockList, StockReceiptInput } from '../../src/contracts/protection.ts';
import type { AggregateReport, EvaluationInput, EvaluationOutput, ReminderList, ThresholdOutput, ThresholdUpdate } from '../../src/contracts/mercury.ts';
import type { z } from 'zod';

const requests = moduleRequests();
export const connectProtection = requests.connect;
const request = requests.request;
const enc = encodeURIComponent;

export type { AggregateReport, DistributionOutput, EvaluationOutput, LacksReport, PpeItem, ReminderList, StockList, ThresholdOutput };
export type NewEvaluation = z.input<typeof EvaluationInput>;

export interface LacksFilter {
  item_id: string;
  profile: string;
  months: number;
  organisation_id?: string;
}
export const lacksQuery = (f: LacksFilter, format?: 'csv' | 'xlsx'): string =>
  new URLSearchParams(Object.entries({ ...f, ...(format ? { format } : {}) }).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])).toString();

export const protectionApi = {
  organisations: () => request<Items<Organisation>>('GET', '/api/organisations'),
  searchPeople: (q: string) => request<Items<PersonSummary>>('GET', `/api/people?q=${enc(q)}&limit=30`),
  items: () => request<Items<PpeItem>>('GET', '/api/ppe/items'),
  stockPath: (organisationId: string) => `/api/ppe/stock?organisation_id=${enc(organisationId)}`,
  stock: (organisationId: string) => request<StockList>('GET', protectionApi.stockPath(organisationId)),
  receive: (input: StockReceiptInput) => request<StockList>('POST', '/api/ppe/stock', input),
  distribute: (input: DistributionInput) => request<{ distribution: DistributionOutput }>('POST', '/api/ppe/distributions', input),
  distributionsPath: (organisationId: string) => `/api/ppe/distributions?organisation_id=${enc(organisationId)}`,
  distributions: (organisationId: string) => request<Items<DistributionOutput>>('GET', protectionApi.distributionsPath(organisationId)),
  lacking: (f: LacksFilter) => request<LacksReport>('GET', `/api/ppe/lacking?${lacksQuery(f)}`),
  aggregatesPath: (by: 'region' | 'profile') => `/api/mercury/aggregates?by=${by}`,
  aggregates: (by: 'region' | 'profile') => request<AggregateReport>('GET', protectionApi.aggregatesPath(by)),
  remindersPath: '/api/mercury/reminders',
  reminders: () => request<ReminderList>('GET', protectionApi.remindersPath),
  evaluationsPath: (personId: string) => `/api/people/${enc(personId)}/mercury`,
  evaluations: (personId: string) => request<{ person_id: string; items: EvaluationOutput[] }>('GET', protectionApi.evaluationsPath(personId)),
  record: (input: NewEvaluation) => request<{ evaluation: EvaluationOutput }>('POST', '/api/mercury/evaluations', input),
  thresholds: () => request<Items<ThresholdOutput>>('GET', '/api/mercury/thresholds'),
  updateThreshold: (key: string, input: ThresholdUpdate) => request<{ threshold: ThresholdOutput }>('PUT', `/api/mercury/thresholds/${enc(key)}`, input),
};

/** "Quispe Mamani, Rosa · 211002": how a person appears in the search choices. */
export const personLabel = (p: PersonSummary): string =>
  `${p.paternal_surname} ${p.maternal_surname}, ${p.given_names}${p.id_number_last3 ? ` · …${p.id_number_last3}` : ''}`;
