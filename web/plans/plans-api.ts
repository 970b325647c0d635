/**
 * The plan screens' calls to the HTTP API: plans, a plan's tree, a node's page, progress
 * updates, and the links of the report downloads. Lives in the plans chunk and follows the
 * shared client's rules (web/api/client.ts): same-origin cookies, the CSRF token on writes,
 * Accept-Language, problem+json → `ApiError`, a 401 reported as a lost session.
 */
import type { z } from 'zod';
import { moduleRequests } from '../api/module-requests.ts';
import type { ActualInput, PlanList, PlanNodeDetail, PlanTree, ProgressInput, ProgressOutput } from '../../src/contracts/plans.ts';

const requests = moduleRequests();

/** Called by the plans entry with the current session. */
export const connectPlans = requests.connect;
const request = requests.request;

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
  addActual: (indicatorId: string, input: z.input<typeof ActualInput>) => request<{ created: boolean; indicator: Indicator }>('POST', `/api/plan-indicators/${q(indicatorId)}/actuals`, input),
  reportUrl: (id: string, opts: { from: string; to: string; format: 'pdf' | 'xlsx'; lang: string }) =>
    `/api/plans/${q(id)}/report?${new URLSearchParams({ from: opts.from, to: opts.to, format: opts.format, lang: opts.lang === 'en' ? 'en' : 'es' })}`,
};
