/**
 * What a savings screen lists before it records anything: the groups the caller may see (her
 * organisation subtree, or all for network-wide roles), one group with its book, officers and
 * cycles, and a cycle's meetings with attendance and the cash difference. The same access rule
 * as the other savings reads (`savings.read`, then the group's organisation in the subtree).
 */
import type { SavingsGroupDetail, SavingsMeetingList } from '../../contracts/savings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { peopleReach } from '../../domain/registry/access.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import type { SavingsGroupSummary } from './ports.ts';
import { cycleInScope, groupInScope } from './savings.service.ts';

export async function listSavingsGroups(deps: ServiceDeps, ctx: CallContext): Promise<SavingsGroupSummary[]> {
  authorize(ctx.actor, 'savings.read');
  return deps.store.transaction(async (repos) => {
    if (peopleReach(ctx.actor) === 'everyone') return repos.savings.listGroups(null);
    if (!ctx.actor.organisationId) return [];
    return repos.savings.listGroups(await repos.organisations.subtreeIds(ctx.actor.organisationId));
  });
}

export async function savingsGroupDetail(deps: ServiceDeps, ctx: CallContext, groupId: string): Promise<SavingsGroupDetail> {
  authorize(ctx.actor, 'savings.read');
  return deps.store.transaction(async (repos) => {
    const group = await groupInScope(repos, ctx, groupId);
    const members = await repos.savings.groupMembers(groupId);
    const officers = await repos.savings.groupOfficers(groupId);
    const cycles = await repos.savings.groupCycles(groupId);
    return { group, members, officers: officers as SavingsGroupDetail['officers'], cycles };
  });
}

export async function savingsCycleMeetings(deps: ServiceDeps, ctx: CallContext, cycleId: string): Promise<SavingsMeetingList> {
  authorize(ctx.actor, 'savings.read');
  return deps.store.transaction(async (repos) => {
    const cycle = await cycleInScope(repos, ctx, cycleId);
    const meetings = (await repos.savings.meetingSummaries(cycle.id)).map((m) => ({
      id: m.id, held_on: m.held_on, present: m.present, cash_counted_cents: m.cash_counted_cents, cash_computed_cents: m.cash_computed_cents,
      difference_cents: m.cash_counted_cents !== null && m.cash_computed_cents !== null ? m.cash_counted_cents - m.cash_computed_cents : null,
    }));
    return { cycle_id: cycle.id, meetings };
  });
}
