/**
 * The dashboard's calls to the HTTP API: the surveys it may read, a survey's questions, the
 * study baseline and indicator queries (POST /api/indicators, the same JSON the CLI prints).
 * Lives in the dashboard chunk and follows the shared client's rules (web/api/client.ts):
 * same-origin cookies, the CSRF token on writes (a query is a POST), Accept-Language,
 * problem+json → `ApiError`, a 401 reported as a lost session.
 */
import { ApiError, toApiErrorFrom } from '../api/client.ts';
import type { Baseline, IndicatorQuery } from '../../src/contracts/indicator-queries.ts';
import type { IndicatorReport } from '../../src/contracts/indicators.ts';
import type { FormList } from '../../src/contracts/surveys.ts';
import type { z } from 'zod';
import { getLanguage } from '../i18n/i18n.ts';
import type { Form } from './indicator-options.ts';

let csrfToken: string | null = null;
let onSessionLost: () => void = () => {};

/** Called by the dashboard's entry with the current session. */
export function connectDashboard(opts: { csrfToken: string; onSessionLost: () => void }): void {
  csrfToken = opts.csrfToken;
  onSessionLost = opts.onSessionLost;
}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': getLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({ code: 'NETWORK', message: 'Network error', status: 0 });
  }
  if (res.status === 401) onSessionLost();
  if (!res.ok) throw toApiErrorFrom(await res.json().catch(() => null), res.status, res.statusText);
  return (await res.json()) as T;
}

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
