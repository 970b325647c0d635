/**
 * Savings groups: create a group in the caller's subtree, add members from the registry (in
 * book order) and officers, open a cycle with its rules, and read a cycle's balances. Meetings
 * and their transactions are recorded by meetings.service.ts. Creates are idempotent on their
 * client-made id and audited.
 */
import { uuidv7 } from 'uuidv7';
import type { SavingsCycleInput, SavingsCycleReport, SavingsGroupInput, SavingsMemberInput, SavingsOfficerInput } from '../../contracts/savings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, validationFailed } from '../../domain/errors.ts';
import type { LedgerState } from '../../domain/savings/ledger-state.ts';
import { portfolioAtRisk } from '../../domain/savings/portfolio.ts';
import { rulesProblems } from '../../domain/savings/rules.ts';
import { cycleBalances, rulesOfCycle } from '../../domain/savings/stored.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation, assertCanSeePerson, assertTakesNewRecords } from '../registry/people-access.ts';
import { carriedSocialFund, loadCycleBooks } from './cycle-replay.ts';
import type { SavingsCycleRow, SavingsGroupRow } from './ports.ts';

const actorId = (ctx: CallContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

/** Writes take the row's lock first (`forWrite`): one writer per group or cycle at a time. */
interface ScopeOptions {
  forWrite?: boolean;
}

/** The group, when the caller may act in its organisation (NOT_FOUND otherwise). */
export async function groupInScope(repos: Repos, ctx: CallContext, groupId: string, opts: ScopeOptions = {}): Promise<SavingsGroupRow> {
  if (opts.forWrite) await repos.savings.lockGroup(groupId);
  const group = await repos.savings.findGroup(groupId);
  if (!group) throw new AppError('NOT_FOUND', 'Savings group not found');
  await assertCanActInOrganisation(repos, ctx.actor, group.organisation_id);
  return group;
}

export async function cycleInScope(repos: Repos, ctx: CallContext, cycleId: string, opts: ScopeOptions = {}): Promise<SavingsCycleRow> {
  if (opts.forWrite) await repos.savings.lockCycle(cycleId);
  const cycle = await repos.savings.findCycle(cycleId);
  if (!cycle) throw new AppError('NOT_FOUND', 'Savings cycle not found');
  await assertCanActInOrganisation(repos, ctx.actor, cycle.organisation_id);
  return cycle;
}

export async function createSavingsGroup(deps: ServiceDeps, ctx: CallContext, input: SavingsGroupInput): Promise<SavingsGroupRow> {
  authorize(ctx.actor, 'savings.manage');
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.savings.findGroup(id);
    if (existing) return existing;
    await assertCanActInOrganisation(repos, ctx.actor, input.organisation_id);
    const row = { id, organisation_id: input.organisation_id, name: input.name, constitution: input.constitution ?? '' };
    await repos.savings.insertGroup({ ...row, created_by: actorId(ctx) });
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'savings_group', entityId: id, after: row });
    return row;
  });
}

export async function addSavingsMember(deps: ServiceDeps, ctx: CallContext, groupId: string, input: SavingsMemberInput): Promise<string[]> {
  authorize(ctx.actor, 'savings.manage');
  return deps.store.transaction(async (repos) => {
    await groupInScope(repos, ctx, groupId, { forWrite: true });
    await assertCanSeePerson(repos, ctx.actor, input.person_id, todayOf(deps));
    await assertTakesNewRecords(repos, input.person_id);
    await repos.savings.addMember(groupId, input.person_id, input.joined_on);
    await recordAudit(repos, ctx, deps.clock(), { action: 'add_member', entity: 'savings_group', entityId: groupId, after: input });
    return repos.savings.memberIds(groupId);
  });
}

export async function addSavingsOfficer(deps: ServiceDeps, ctx: CallContext, groupId: string, input: SavingsOfficerInput): Promise<void> {
  authorize(ctx.actor, 'savings.manage');
  await deps.store.transaction(async (repos) => {
    await groupInScope(repos, ctx, groupId);
    if (!(await repos.savings.memberIds(groupId)).includes(input.person_id)) throw validationFailed([{ path: 'person_id', code: 'savings.not_member', message: 'is not a member of the group' }]);
    const id = input.id ?? uuidv7();
    // The same office sent again (a lost answer) is already there.
    const same = (await repos.savings.groupOfficers(groupId)).find((o) => o.id === id);
    if (same && same.person_id === input.person_id && same.role === input.role && same.from_date === input.from_date) return;
    await repos.savings.insertOfficer({ id, group_id: groupId, person_id: input.person_id, role: input.role, from_date: input.from_date });
    await recordAudit(repos, ctx, deps.clock(), { action: 'add_officer', entity: 'savings_group', entityId: groupId, after: { ...input, id } });
  });
}

export async function openSavingsCycle(deps: ServiceDeps, ctx: CallContext, input: SavingsCycleInput): Promise<SavingsCycleReport> {
  authorize(ctx.actor, 'savings.manage');
  const id = input.id ?? uuidv7();
  await deps.store.transaction(async (repos) => {
    if (await repos.savings.findCycle(id)) return;
    await groupInScope(repos, ctx, input.group_id, { forWrite: true });
    const stored = {
      id, group_id: input.group_id, starts_on: input.starts_on, ends_on: input.ends_on, share_value_cents: input.share_value_cents,
      min_shares_per_meeting: input.min_shares_per_meeting, max_shares_per_meeting: input.max_shares_per_meeting, monthly_interest_bp: input.monthly_interest_bp ?? null,
      max_loan_multiple: input.max_loan_multiple, loan_term_months: input.loan_term_months, social_fund_cents: input.social_fund_cents ?? null, fines: input.fines,
      social_fund_opening_cents: 0,
    };
    const problems = rulesProblems(rulesOfCycle(stored));
    if (problems.length) throw validationFailed(problems.map((message) => ({ path: 'rules', code: 'savings.rules', message })));
    stored.social_fund_opening_cents = await carriedSocialFund(repos, input.group_id);
    await repos.savings.insertCycle({ ...stored, created_by: actorId(ctx) });
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'savings_cycle', entityId: id, after: stored });
  });
  return savingsCycleReport(deps, ctx, id);
}

/** A cycle's balances from its replayed ledger (share-outs null while loans are outstanding). */
export async function savingsCycleReport(deps: ServiceDeps, ctx: CallContext, cycleId: string): Promise<SavingsCycleReport> {
  authorize(ctx.actor, 'savings.read');
  return deps.store.transaction(async (repos) => {
    const cycle = await cycleInScope(repos, ctx, cycleId);
    return cycleReport(repos, cycle, await loadCycleBooks(repos, cycle), todayOf(deps));
  });
}

/** The report of replayed books (closed by a share-out or without one): the group and rules (a phone checks them offline), balances, portfolio at risk > 30 days on `today`, women among members and officers. */
export async function cycleReport(repos: Repos, cycle: SavingsCycleRow, state: LedgerState, today: string): Promise<SavingsCycleReport> {
  const { starts_on, ends_on, share_value_cents, min_shares_per_meeting, max_shares_per_meeting, monthly_interest_bp, max_loan_multiple, loan_term_months, social_fund_cents, fines } = cycle;
  const rules = { starts_on, ends_on, share_value_cents, min_shares_per_meeting, max_shares_per_meeting, monthly_interest_bp, max_loan_multiple, loan_term_months, social_fund_cents, fines };
  const balances = cycleBalances(state);
  return { cycle_id: cycle.id, group_id: cycle.group_id, rules, ...balances, closed: cycle.closed || balances.closed, portfolio_at_risk_30: portfolioAtRisk(state, today), women: await repos.savings.womenCounts(cycle.group_id, today) };
}
