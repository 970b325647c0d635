/**
 * Closing a savings-group cycle and carrying its social fund into the next one. A cycle ends
 * with a share-out (recorded as the closing meeting's `share_out` transaction, so a resend is
 * harmless) or without one: the books then stop as the last meeting left them, which is
 * refused while any loan is outstanding because no repayment could be recorded afterwards.
 * The social fund is never shared out: the next cycle of the group opens with it.
 */
import type { SavingsCloseInput, SavingsCycleReport } from '../../contracts/savings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError } from '../../domain/errors.ts';
import { loansOutstanding } from '../../domain/savings/ledger-state.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { loadCycleBooks } from './cycle-replay.ts';
import { recordSavingsMeeting } from './meetings.service.ts';
import { cycleInScope, cycleReport } from './savings.service.ts';

const pen = (cents: number) => `S/ ${(cents / 100).toFixed(2)}`;

export async function closeSavingsCycle(deps: ServiceDeps, ctx: CallContext, cycleId: string, input: SavingsCloseInput): Promise<SavingsCycleReport> {
  authorize(ctx.actor, 'savings.manage');
  if (input.share_out) {
    return recordSavingsMeeting(deps, ctx, { cycle_id: cycleId, held_on: input.held_on, present: [], transactions: [{ id: input.id, type: 'share_out' }] });
  }
  return deps.store.transaction(async (repos) => {
    const cycle = await cycleInScope(repos, ctx, cycleId, { forWrite: true });
    const state = await loadCycleBooks(repos, cycle);
    if (!cycle.closed) {
      const outstanding = loansOutstanding(state);
      if (outstanding > 0) {
        throw new AppError('CONFLICT', `loans of ${pen(outstanding)} are still outstanding; close the cycle after they are repaid`, { rule: 'cycle.loans_outstanding', params: { loans_outstanding_cents: outstanding } });
      }
      await repos.savings.closeCycle(cycle.id, deps.clock());
      await recordAudit(repos, ctx, deps.clock(), { action: 'close', entity: 'savings_cycle', entityId: cycle.id, after: { share_out: false } });
    }
    return cycleReport(repos, { ...cycle, closed: true }, state, todayOf(deps));
  });
}
