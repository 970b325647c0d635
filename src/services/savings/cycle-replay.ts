/**
 * Rebuilds a cycle's books from what is stored: the rules of the cycle, the members in book
 * order (the share-out tie-break), every transaction in `seq` order and each meeting's cash
 * count after that meeting's transactions. The social fund carried over from the previous cycle
 * opens the books. Services then apply new transactions on top.
 */
import { AppError } from '../../domain/errors.ts';
import { balanceOf, createLedger, memberBook, type LedgerState } from '../../domain/savings/ledger-state.ts';
import { applyTransaction } from '../../domain/savings/ledger.ts';
import { rulesOfCycle, toLedgerTransaction } from '../../domain/savings/stored.ts';
import { CASH_SOCIAL_FUND, SOCIAL_FUND, type Transaction } from '../../domain/savings/transactions.ts';
import type { Repos } from '../ports.ts';
import type { SavingsCycleRow, SavingsMeetingRow } from './ports.ts';

export const cashCountId = (meetingId: string) => `count:${meetingId}`;

/** Called after each meeting's transactions and cash count, with the books as they stood then. */
export type AfterMeeting = (meeting: SavingsMeetingRow, state: LedgerState) => void;

export async function loadCycleBooks(repos: Repos, cycle: SavingsCycleRow, afterMeeting?: AfterMeeting): Promise<LedgerState> {
  const rules = rulesOfCycle(cycle);
  const state = createLedger(rules);
  // The social fund carried over from the previous cycle opens the books: a balanced opening entry, already in the bag.
  if (cycle.social_fund_opening_cents > 0) {
    state.balances.set(CASH_SOCIAL_FUND, cycle.social_fund_opening_cents);
    state.balances.set(SOCIAL_FUND, -cycle.social_fund_opening_cents);
  }
  for (const personId of await repos.savings.memberIds(cycle.group_id)) state.members.set(personId, memberBook(state, personId));
  const meetings = await repos.savings.cycleMeetings(cycle.id);
  const transactions = (await repos.savings.cycleTransactions(cycle.id)).map(toLedgerTransaction);
  const apply = (tx: Transaction) => {
    const result = applyTransaction(state, tx);
    // Stored rows passed these rules when they were written; a refusal here means the rules or the rows were changed by hand.
    if (!result.ok) throw new AppError('INTERNAL', `Stored savings cycle ${cycle.id} no longer replays: ${result.rejection.message}`);
  };
  let next = 0;
  for (const meeting of meetings) {
    while (next < transactions.length && transactions[next]!.date <= meeting.held_on) apply(transactions[next++]!);
    if (meeting.cash_counted_cents !== null) apply(countOf(meeting));
    afterMeeting?.(meeting, state);
  }
  while (next < transactions.length) apply(transactions[next++]!);
  return state;
}

function countOf(meeting: { id: string; held_on: string; cash_counted_cents: number | null }): Transaction {
  return { id: cashCountId(meeting.id), date: meeting.held_on, type: 'cash_count', counted: meeting.cash_counted_cents! };
}

/**
 * The social fund a new cycle of the group opens with: the fund of the group's latest cycle at
 * its close. Refused (CONFLICT `cycle.previous_open`) while that cycle is still open.
 */
export async function carriedSocialFund(repos: Repos, groupId: string): Promise<number> {
  const previous = (await repos.savings.groupCycles(groupId)).at(-1);
  if (!previous) return 0;
  if (!previous.closed) {
    throw new AppError('CONFLICT', `the group's cycle ${previous.starts_on} to ${previous.ends_on} is still open; close it (with or without a share-out) before opening the next`, { rule: 'cycle.previous_open', params: { cycle_id: previous.id } });
  }
  const cycle = (await repos.savings.findCycle(previous.id))!;
  return -balanceOf(await loadCycleBooks(repos, cycle), SOCIAL_FUND);
}
