/**
 * Reporting on a plan: a progress update on an objective, result or action (with the node's new
 * status, if it changed) and a measured value of an indicator. Both carry an id made by the
 * client, so a resend from a phone with a poor signal is stored once; each write is audited.
 */
import type { ActualInput, ProgressInput, ProgressOutput } from '../../contracts/plans.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, notFound, validationFailed } from '../../domain/errors.ts';
import { checkActual, checkProgress } from '../../domain/plans/plan-rules.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { indicatorOutput, progressOutput } from './plans.service.ts';

async function authorName(repos: Repos, ctx: CallContext): Promise<string> {
  if (ctx.actor.type === 'user') return (await repos.users.findById(ctx.actor.id))?.displayName ?? 'user';
  return ctx.actor.type === 'api_key' ? 'API key' : 'operator';
}

export async function addProgress(deps: ServiceDeps, ctx: CallContext, nodeId: string, input: ProgressInput): Promise<{ update: ProgressOutput; created: boolean }> {
  authorize(ctx.actor, 'plans.progress');
  const problems = checkProgress(input, todayOf(deps));
  if (problems.length) throw validationFailed(problems);
  return deps.store.transaction(async (repos) => {
    const node = await repos.plans.findNode(nodeId);
    if (!node || node.archived) throw notFound('Plan node');
    const earlier = await repos.plans.findProgress(input.id);
    if (earlier) {
      if (earlier.node_id !== nodeId) throw new AppError('CONFLICT', 'This update id is already used for another node', { rule: 'id.reused' });
      return { update: progressOutput(earlier), created: false };
    }
    const at = deps.clock();
    await repos.plans.insertProgress([{
      id: input.id, node_id: nodeId, reported_on: input.reported_on, author_id: ctx.actor.type === 'user' ? ctx.actor.id : null,
      author_name: await authorName(repos, ctx), note: input.note, percent: input.percent, status: input.status ?? null, evidence_url: input.evidence_url ?? null,
    }]);
    if (input.status && input.status !== node.status) await repos.plans.setStatus(nodeId, input.status, at);
    const update = progressOutput((await repos.plans.findProgress(input.id))!);
    await recordAudit(repos, ctx, at, { action: 'add_plan_progress', entity: 'plan_node', entityId: nodeId, before: { status: node.status }, after: update });
    return { update, created: true };
  });
}

export async function addActual(deps: ServiceDeps, ctx: CallContext, indicatorId: string, input: ActualInput) {
  authorize(ctx.actor, 'plans.progress');
  return deps.store.transaction(async (repos) => {
    const indicator = await repos.plans.findIndicator(indicatorId);
    if (!indicator || indicator.archived) throw notFound('Indicator');
    const problems = checkActual(input, todayOf(deps), indicator.baseline_year);
    if (problems.length) throw validationFailed(problems);
    const at = deps.clock();
    const created = await repos.plans.insertActual({ ...input, indicator_id: indicatorId, entered_by: ctx.actor.type === 'user' ? ctx.actor.id : null });
    if (created) await recordAudit(repos, ctx, at, { action: 'add_indicator_value', entity: 'plan_indicator', entityId: indicatorId, after: input });
    return { created, indicator: indicatorOutput(indicator, await repos.plans.actuals([indicatorId])) };
  });
}
