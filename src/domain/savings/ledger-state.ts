/**
 * The state of one cycle's books while transactions are replayed: account balances, each
 * member's shares and loans, the client ids already applied, the cash counts with their
 * differences, and the share-out once done. Members keep the order in which they first appear
 * in the ledger (the tie-break of the share-out remainder rule). Read-only views live here too.
 */
import type { Loan } from './loans.ts';
import type { CycleRules } from './rules.ts';
import type { Payout } from './share-out.ts';
import { CASH_LOAN_FUND, CASH_SOCIAL_FUND, type Entry } from './transactions.ts';

export interface MemberBook {
  shares: number;
  /** Shares bought at the meeting of `meetingDate` (the per-meeting maximum). */
  meetingDate: string;
  meetingShares: number;
  loans: Loan[];
}

export interface CashCount {
  id: string;
  date: string;
  counted: number;
  computed: number;
  /** counted − computed, céntimos; kept as recorded, never adjusted away. */
  difference: number;
}

export interface LedgerState {
  rules: CycleRules;
  balances: Map<string, number>;
  members: Map<string, MemberBook>;
  /** Client transaction id → the transaction as first applied (JSON), for idempotence. */
  applied: Map<string, string>;
  journal: { id: string; entries: Entry[] }[];
  cashCounts: CashCount[];
  lastDate?: string;
  shareOut?: { date: string; payouts: Payout[] };
}

export function createLedger(rules: CycleRules): LedgerState {
  return { rules, balances: new Map(), members: new Map(), applied: new Map(), journal: [], cashCounts: [] };
}

export const balanceOf = (state: LedgerState, account: string): number => state.balances.get(account) ?? 0;

export function memberBook(state: LedgerState, member: string): MemberBook {
  return state.members.get(member) ?? { shares: 0, meetingDate: '', meetingShares: 0, loans: [] };
}

/** Loan principal outstanding over all members, céntimos. */
export function loansOutstanding(state: LedgerState): number {
  let total = 0;
  for (const book of state.members.values()) for (const loan of book.loans) total += loan.principal;
  return total;
}

/** The loan fund's value: its cash plus the principal members owe it. */
export function loanFundValue(state: LedgerState): number {
  return balanceOf(state, CASH_LOAN_FUND) + loansOutstanding(state);
}

/** Money that should be in the box: both bags. */
export function computedCash(state: LedgerState): number {
  return balanceOf(state, CASH_LOAN_FUND) + balanceOf(state, CASH_SOCIAL_FUND);
}

export function totalShares(state: LedgerState): number {
  let total = 0;
  for (const book of state.members.values()) total += book.shares;
  return total;
}
