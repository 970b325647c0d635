/**
 * The plan screens' calls to the HTTP API: plans, a plan's tree, a node's page, progress
 * updates, and the links of the report downloads. Lives in the plans chunk and follows the
 * shared client's rules (web/api/client.ts): same-origin cookies, the CSRF token on writes,
 * Accept-Language, problem+json → `ApiError`, a 401 reported as a lost session.
 */
import type { z } from 'zod';
import { ApiError, toApiErrorFrom } from '../api/client.ts';
import type { PlanList, PlanNodeDetail, PlanTree, ProgressInput, ProgressOutput } from '../../src/contracts/plans.ts';
import { getLanguage } from '../i18n/i18n.ts';

let csrfToken: string | null = null;
let onSessionLost: () => void = () => {};

/** Called by the plans entry with the current session. */
export function connectPlans(opts: { csrfToken: string; onSessionLost: () => void }): void {
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

export type PlanSummary = z.infer<typeof PlanList>['items'][number];
export type Tree = z.infer<typeof PlanTree>;
export type TreeNode = Tree['nodes'][number];
export type NodeDetail = z.infer<typeof PlanNodeDetail>;
export type Indicator = NodeDetail['indicators'][number];
export type Progress = z.infer<typeof ProgressOutput>;

const q = encodeURIComponent;

export const plansApi = {
  list: () => request<{ items: PlanSummary[] }>('GET', '/api/plans'),
  tree: (id: string, filter: { level?: string; entity?: string }) => {
    const params = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]);
    return request<Tree>('GET', `/api/plans/${q(id)}${params.size ? `?${params}` : ''}`);
  },
  node: (id: string) => request<NodeDetail>('GET', `/api/plan-nodes/${q(id)}`),
  addProgress: (nodeId: string, input: z.input<typeof ProgressInput>) => request<{ update: Progress; created: boolean }>('POST', `/api/plan-nodes/${q(nodeId)}/progress`, input),
  reportUrl: (id: string, opts: { from: string; to: string; format: 'pdf' | 'xlsx'; lang: string }) =>
    `/api/plans/${q(id)}/report?${new URLSearchParams({ from: opts.from, to: opts.to, format: opts.format, lang: opts.lang === 'en' ? 'en' : 'es' })}`,
};
