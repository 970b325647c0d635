/**
 * Rebuilds a cycle's books from what is stored: the rules of the cycle, the members in book
 * order (the share-out tie-break), every transaction in `seq` order and each meeting's cash
 * count after that meeting's transactions. Services then apply new transactions on top.
 */
import { AppError } from '../../domain/errors.ts';
import { createLedger, memberBook, type LedgerState } from '../../domain/savings/ledger-state.ts';
import { replay } from '../../domain/savings/ledger.ts';
import { rulesOfCycle, toLedgerTransaction } from '../../domain/savings/stored.ts';
import type { Transaction } from '../../domain/savings/transactions.ts';
import type { Repos } from '../ports.ts';
import type { SavingsCycleRow } from './ports.ts';

export const cashCountId = (meetingId: string) => `count:${meetingId}`;

export async function loadCycleBooks(repos: Repos, cycle: SavingsCycleRow): Promise<LedgerState> {
  const rules = rulesOfCycle(cycle);
  const state = createLedger(rules);
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
