/**
 * Working a referral: the assigned case worker and her supervisor read it (every read audited),
 * list their referrals, add follow-ups and close it; the supervisor hands it to another case
 * worker. Anyone else gets NOT_FOUND (access.ts). Audit rows carry no note and no survivor.
 */
import { uuidv7 } from 'uuidv7';
import type { AssignInput, CloseInput, FollowUpInput, ReferralOutput, ReferralSummary } from '../../contracts/referrals.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, forbidden, validationFailed } from '../../domain/errors.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertSecondFactor } from '../accounts/totp.service.ts';
import { loadAssigned, userIdOf } from './access.ts';
import { checkStaff } from './create.service.ts';

export async function getReferral(deps: ServiceDeps, ctx: CallContext, id: string): Promise<ReferralOutput> {
  return deps.store.transaction(async (repos) => {
    const referral = await loadAssigned(repos, ctx.actor, id);
    await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'referral', entityId: id });
    return referral;
  });
}

export async function listMyReferrals(deps: ServiceDeps, ctx: CallContext): Promise<ReferralSummary[]> {
  authorize(ctx.actor, 'referrals.read_assigned');
  const userId = userIdOf(ctx.actor);
  return deps.store.transaction(async (repos) => {
    await assertSecondFactor(repos, ctx.actor);
    const items = await repos.referrals.listAssigned(userId);
    await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'referrals', entityId: null, after: { count: items.length } });
    return items;
  });
}

const closedConflict = () => new AppError('CONFLICT', 'This referral is closed', { rule: 'referral.closed' });

export async function addFollowUp(deps: ServiceDeps, ctx: CallContext, id: string, input: FollowUpInput): Promise<ReferralOutput> {
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    const referral = await loadAssigned(repos, ctx.actor, id);
    const followUpId = input.id ?? uuidv7();
    if (referral.follow_ups.some((f) => f.id === followUpId)) return referral;
    if (referral.status === 'closed') throw closedConflict();
    if (input.happened_on > today) throw validationFailed([{ path: 'happened_on', code: 'date.in_future', params: { max: today }, message: `cannot be after today (${today})` }]);
    const at = deps.clock();
    await repos.referrals.insertFollowUp({ id: followUpId, referral_id: id, happened_on: input.happened_on, note: input.note, created_by: userIdOf(ctx.actor), at });
    await recordAudit(repos, ctx, at, { action: 'follow_up', entity: 'referral', entityId: id, after: { follow_up_id: followUpId } });
    return (await repos.referrals.find(id))!;
  });
}

export async function closeReferral(deps: ServiceDeps, ctx: CallContext, id: string, input: CloseInput): Promise<ReferralOutput> {
  return deps.store.transaction(async (repos) => {
    const referral = await loadAssigned(repos, ctx.actor, id);
    if (referral.status === 'closed') throw closedConflict();
    const at = deps.clock();
    if (!(await repos.referrals.close(id, { version: input.version, reason: input.closing_reason, at }))) throw new AppError('VERSION_CONFLICT', 'The referral changed since you read it');
    await recordAudit(repos, ctx, at, { action: 'close', entity: 'referral', entityId: id, before: { status: referral.status } });
    return (await repos.referrals.find(id))!;
  });
}

/** The supervisor hands the referral to another case worker (also how a promoter's referral is reassigned). */
export async function assignReferral(deps: ServiceDeps, ctx: CallContext, id: string, input: AssignInput): Promise<ReferralOutput> {
  return deps.store.transaction(async (repos) => {
    const referral = await loadAssigned(repos, ctx.actor, id);
    if (referral.supervisor_id !== userIdOf(ctx.actor)) throw forbidden('Only the referral\'s supervisor may hand it to another case worker');
    if (referral.status === 'closed') throw closedConflict();
    const problems = await checkStaff(repos, input.case_worker_id, 'case_worker', 'case_worker_id');
    if (problems.length) throw validationFailed(problems);
    const at = deps.clock();
    if (!(await repos.referrals.assign(id, { version: input.version, case_worker_id: input.case_worker_id, at }))) throw new AppError('VERSION_CONFLICT', 'The referral changed since you read it');
    await recordAudit(repos, ctx, at, { action: 'assign', entity: 'referral', entityId: id, before: { case_worker_id: referral.case_worker_id }, after: { case_worker_id: input.case_worker_id } });
    return (await repos.referrals.find(id))!;
  });
}
