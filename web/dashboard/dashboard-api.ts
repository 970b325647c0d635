/**
 * The dashboard's calls to the HTTP API: the surveys it may read, a survey's questions, the
 * study baseline and indicator queries (POST /api/indicators, the same JSON the CLI prints).
 * Lives in the dashboard chunk and follows the shared client's rules (web/api/client.ts):
 * same-origin cookies, the CSRF token on writes (a query is a POST), Accept-Language,
 * problem+json → `ApiError`, a 401 reported as a lost session.
 */
import { moduleRequests } from '../api/module-requests.ts';
import type { Baseline, IndicatorQuery } from '../../src/contracts/indicator-queries.ts';
import type { IndicatorReport } from '../../src/contracts/indicators.ts';
import type { FormList } from '../../src/contracts/surveys.ts';
import type { z } from 'zod';
import type { Form } from './indicator-options.ts';

const requests = moduleRequests();

/** Called by the dashboard's entry with the current session. */
export const connectDashboard = requests.connect;
const request = requests.request;

export type FormSummary = z.infer<typeof FormList>['items'][number];
export type Report = IndicatorReport;
export type Group = Report['indicators'][number]['groups'][number];
export type Query = z.input<typeof IndicatorQuery>;

export const dashboardApi = {
  listForms: () => request<{ items: FormSummary[] }>('GET', '/api/forms'),
  getForm: (id: string) => request<Form>('GET', `/api/forms/${encodeURIComponent(id)}`),
  baseline: () => request<Baseline>('GET', '/api/baseline'),
  indicators: (query: Query) => request<Report>('POST', '/api/indicators', query),
};
