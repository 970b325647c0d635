/**
 * A member's savings statement for one cycle: savings, loans taken and repaid (principal and
 * interest apart), what she owes now, social fund and fines, and her attendance. The woman
 * herself and staff who can see her in the registry may read it; every read is audited, as for
 * the other statements a lender may rely on.
 */
import type { SavingsMemberStatement } from '../../contracts/savings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError } from '../../domain/errors.ts';
import { accrueLoans, owedOn } from '../../domain/savings/loans.ts';
import { memberBook } from '../../domain/savings/ledger-state.ts';
import { memberTotals } from '../../domain/savings/member-statement.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanSeePerson } from '../registry/people-access.ts';
import { loadCycleBooks } from './cycle-replay.ts';

export async function savingsMemberStatement(deps: ServiceDeps, ctx: CallContext, cycleId: string, personId: string): Promise<SavingsMemberStatement> {
  authorize(ctx.actor, 'savings.read');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, today);
    const cycle = await repos.savings.findCycle(cycleId);
    if (!cycle || !(await repos.savings.memberIds(cycle.group_id)).includes(personId)) throw new AppError('NOT_FOUND', 'No such member in that savings cycle');
    const state = await loadCycleBooks(repos, cycle);
    const asOf = cycle.ends_on < today ? cycle.ends_on : today;
    const owed = owedOn(accrueLoans(memberBook(state, personId).loans, asOf, state.rules.monthlyInterestBp));
    const totals = memberTotals(await repos.savings.cycleTransactions(cycle.id), personId, cycle.share_value_cents);
    const attendance = await repos.savings.attendanceOf(cycle.id, personId);
    await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'savings_member_statement', entityId: personId, after: { cycle_id: cycle.id } });
    return {
      cycle_id: cycle.id, person_id: personId, starts_on: cycle.starts_on, ends_on: cycle.ends_on, ...totals,
      loans_outstanding_cents: owed.principal, interest_due_cents: owed.interest, ...attendance,
    };
  });
}
