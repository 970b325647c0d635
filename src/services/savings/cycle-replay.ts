/**
 * Rebuilds a cycle's books from what is stored: the rules of the cycle, the members in book
 * order (the share-out tie-break), every transaction in `seq` order and each meeting's cash
 * count after that meeting's transactions. The social fund carried over from the previous cycle
 * opens the books. Services then apply new transactions on top.
 */
import { AppError } from '../../domain/errors.ts';
import { balanceOf, createLedger, memberBook, type LedgerState } from '../../domain/savings/ledger-state.ts';
import { replay } from '../../domain/savings/ledger.ts';
import { rulesOfCycle, toLedgerTransaction } from '../../domain/savings/stored.ts';
import { CASH_SOCIAL_FUND, SOCIAL_FUND, type Transaction } from '../../domain/savings/transactions.ts';
import type { Repos } from '../ports.ts';
import type { SavingsCycleRow } from './ports.ts';

export const cashCountId = (meetingId: string) => `count:${meetingId}`;

export async function loadCycleBooks(repos: Repos, cycle: SavingsCycleRow): Promise<LedgerState> {
  const rules = rulesOfCycle(cycle);
  const state = createLedger(rules);
  // The social fund carried over from the previous cycle opens the books: a balanced opening entry, already in the bag.
  if (cycle.social_fund_opening_cents > 0) {
    state.balances.set(CASH_SOCIAL_FUND, cycle.social_fund_opening_cents);
    state.balances.set(SOCIAL_FUND, -cycle.social_fund_opening_cents);
  }
  for (const personId of await repos.savings.memberIds(cycle.group_id)) state.members.set(personId, memberBook(state, personId));
  const counts = (await repos.savings.cycleMeetings(cycle.id)).filter((m) => m.cash_counted_cents !== null);
  const ordered: Transaction[] = [];
  for (const tx of (await repos.savings.cycleTransactions(cycle.id)).map(toLedgerTransaction)) {
    while (counts.length && counts[0]!.held_on < tx.date) ordered.push(countOf(counts.shift()!));
    ordered.push(tx);
  }
  ordered.push(...counts.map(countOf));
  const { refused } = replay(rules, ordered, state);
  // Stored rows passed these rules when they were written; a refusal here means the rules or the rows were changed by hand.
  if (refused) throw new AppError('INTERNAL', `Stored savings cycle ${cycle.id} no longer replays: ${refused.message}`);
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
