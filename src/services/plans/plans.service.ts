/**
 * Reading action plans: the list, the tree with each node's status, share done and latest
 * progress (filtered by level or by a responsible or involved body), and a node's page with its
 * progress history and its indicators against their targets. Every staff role and partners
 * read plans (`plans.read`): they are public commitments, not personal records.
 */
import type { PlanNodeDetail, PlanNodeOutput, PlanSummary, PlanTree, PlanTreeQuery, ProgressOutput } from '../../contracts/plans.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { notFound } from '../../domain/errors.ts';
import { indicatorTrend } from '../../domain/plans/indicator-trend.ts';
import { buildTree, planEntities, planPercent, statusCounts } from '../../domain/plans/plan-tree.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { liveValues, type LiveValue } from './live-indicators.ts';
import type { ActualRecord, IndicatorRecord, PlanCounts, PlanRecord, ProgressRecord } from './ports.ts';

export function progressOutput(p: ProgressRecord): ProgressOutput {
  return {
    id: p.id, node_id: p.node_id, reported_on: p.reported_on, author_name: p.author_name, note: p.note, percent: p.percent,
    status: p.status, evidence_url: p.evidence_url, created_at: p.created_at.toISOString(),
  };
}

const summary = (p: PlanRecord, c: PlanCounts): PlanSummary => ({
  id: p.id, key: p.key, title: p.title, horizon: p.horizon, source_file: p.source_file, ...c, updated_at: p.updated_at.toISOString(),
});

export function indicatorOutput(i: IndicatorRecord, actuals: readonly ActualRecord[], live: LiveValue | null = null) {
  const own = actuals.filter((a) => a.indicator_id === i.id);
  const measured = live?.value != null ? [...own, { measured_on: live.computed_on, value: live.value }] : own;
  const baseline = i.baseline_value !== null && i.baseline_year !== null ? { value: i.baseline_value, year: i.baseline_year, source: i.baseline_source } : null;
  return {
    id: i.id, code: i.code, node_id: i.node_id, name: i.name, unit: i.unit, baseline, targets: i.targets,
    actuals: own.map((a) => ({ id: a.id, measured_on: a.measured_on, value: a.value, source: a.source })),
    live_query: i.live_query, live, trend: indicatorTrend({ baseline, targets: i.targets, actuals: measured }),
  };
}

export async function findPlanOrFail(repos: Repos, id: string): Promise<PlanRecord> {
  const plan = await repos.plans.findPlan(id);
  if (!plan) throw notFound('Plan');
  return plan;
}

export async function listPlans(deps: ServiceDeps, ctx: CallContext): Promise<PlanSummary[]> {
  authorize(ctx.actor, 'plans.read');
  return (await deps.store.repos.plans.listPlans()).map((p) => summary(p, p));
}

/** The tree's nodes as the API shows them, filtered; shared by the tree view and the report. */
export async function treeNodes(repos: Repos, planId: string, filter: PlanTreeQuery = {}): Promise<PlanNodeOutput[]> {
  const [nodes, latest, indicators] = await Promise.all([repos.plans.nodes(planId), repos.plans.latestProgress(planId), repos.plans.indicators(planId)]);
  const latestOf = new Map(latest.map((p) => [p.node_id, p]));
  const input = nodes.map((n) => ({ ...n, latest_percent: latestOf.get(n.id)?.percent ?? null }));
  return buildTree(input, filter).map((n) => ({
    id: n.id, kind: n.kind, code: n.code, parent_id: n.parent_id, depth: n.depth, title: n.title, description: n.description, level: n.level,
    status: n.status, start_date: n.start_date, end_date: n.end_date, version: n.version, responsible: n.responsible, involved: n.involved,
    percent: n.percent, latest_progress: latestOf.has(n.id) ? progressOutput(latestOf.get(n.id)!) : null,
    indicators: indicators.filter((i) => i.node_id === n.id).length, matches: n.matches,
  }));
}

export async function planTree(deps: ServiceDeps, ctx: CallContext, planId: string, filter: PlanTreeQuery): Promise<PlanTree> {
  authorize(ctx.actor, 'plans.read');
  const { repos } = deps.store;
  const plan = await findPlanOrFail(repos, planId);
  const all = await treeNodes(repos, planId);
  const nodes = filter.level || filter.entity ? await treeNodes(repos, planId, filter) : all;
  return {
    plan: { ...summary(plan, await repos.plans.counts(planId)), percent: planPercent(all), status_counts: statusCounts(all) },
    entities: planEntities(all),
    nodes,
  };
}

export async function nodeDetail(deps: ServiceDeps, ctx: CallContext, nodeId: string): Promise<PlanNodeDetail> {
  authorize(ctx.actor, 'plans.read');
  const { repos } = deps.store;
  const node = await repos.plans.findNode(nodeId);
  if (!node || node.archived) throw notFound('Plan node');
  const plan = await findPlanOrFail(repos, node.plan_id);
  const tree = await treeNodes(repos, plan.id);
  const byId = new Map(tree.map((n) => [n.id, n]));
  const path: PlanNodeDetail['path'] = [];
  for (let at = byId.get(node.id)?.parent_id; at; at = byId.get(at)?.parent_id) path.unshift({ id: at, code: byId.get(at)!.code, title: byId.get(at)!.title });
  const indicators = await repos.plans.indicators(plan.id, { nodeId });
  const actuals = await repos.plans.actuals(indicators.map((i) => i.id));
  const live = await liveValues(deps, ctx, indicators);
  return {
    plan: { id: plan.id, title: plan.title },
    path,
    node: byId.get(node.id)!,
    updates: (await repos.plans.progressOfNode(nodeId)).map(progressOutput),
    indicators: indicators.map((i) => indicatorOutput(i, actuals, live.get(i.id) ?? null)),
  };
}
