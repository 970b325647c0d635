/**
 * Between stored rows (a cycle and its meeting transactions, as the app records them) and the
 * ledger's own shapes: a cycle's rules, one transaction per row dated by its meeting, and the
 * cycle report in céntimos for the API. The person id is the member key, and members keep the
 * order of the group's book (the share-out tie-break). Pure.
 */
import { loanFundValue, balanceOf, loansOutstanding, totalShares, type LedgerState } from './ledger-state.ts';
import { owedOn } from './loans.ts';
import { cycleRules, type CycleRules, type Fine } from './rules.ts';
import { shareOut } from './share-out.ts';
import { CASH_LOAN_FUND, SOCIAL_FUND, type Transaction } from './transactions.ts';

export interface StoredCycle {
  starts_on: string;
  ends_on: string;
  share_value_cents: number;
  min_shares_per_meeting: number;
  max_shares_per_meeting: number;
  monthly_interest_bp: number | null;
  max_loan_multiple: number;
  loan_term_months: number;
  social_fund_cents: number | null;
  fines: Fine[];
}

export interface StoredTransaction {
  id: string;
  held_on: string;
  type: Exclude<Transaction['type'], 'cash_count'>;
  person_id: string | null;
  shares: number | null;
  amount_cents: number | null;
  interest_cents: number | null;
  fine_code: string | null;
}

export function rulesOfCycle(c: StoredCycle): CycleRules {
  return cycleRules({
    shareValue: c.share_value_cents, minSharesPerMeeting: c.min_shares_per_meeting, maxSharesPerMeeting: c.max_shares_per_meeting,
    ...(c.monthly_interest_bp === null ? {} : { monthlyInterestBp: c.monthly_interest_bp }), maxLoanMultiple: c.max_loan_multiple,
    loanTermMonths: c.loan_term_months, ...(c.social_fund_cents === null ? {} : { socialFundContribution: c.social_fund_cents }),
    fines: c.fines, startDate: c.starts_on, endDate: c.ends_on,
  });
}

/** The ledger transaction of a stored row; a missing amount reads as 0 (and is refused by the rules). */
export function toLedgerTransaction(row: StoredTransaction): Transaction {
  const base = { id: row.id, date: row.held_on };
  const member = row.person_id ?? '';
  const amount = row.amount_cents ?? 0;
  switch (row.type) {
    case 'share_purchase': return { ...base, type: row.type, member, shares: row.shares ?? 0 };
    case 'repayment': return { ...base, type: row.type, member, principal: amount, interest: row.interest_cents ?? 0 };
    case 'fine': return { ...base, type: row.type, member, amount, ...(row.fine_code ? { code: row.fine_code } : {}) };
    case 'share_out': return { ...base, type: row.type };
    default: return { ...base, type: row.type, member, amount };
  }
}

/** Balances of a replayed cycle in céntimos; share-outs are null while any loan is outstanding. */
export function cycleBalances(state: LedgerState) {
  const outstanding = loansOutstanding(state);
  const holdings = [...state.members].map(([member, book]) => ({ member, shares: book.shares }));
  const payouts = state.shareOut?.payouts ?? (outstanding === 0 ? shareOut(holdings, balanceOf(state, CASH_LOAN_FUND)) : undefined);
  return {
    fund_cents: state.shareOut ? 0 : loanFundValue(state),
    loan_fund_cash_cents: balanceOf(state, CASH_LOAN_FUND),
    loans_outstanding_cents: outstanding,
    social_fund_cents: -balanceOf(state, SOCIAL_FUND),
    total_shares: totalShares(state),
    cash_counts: state.cashCounts.map((c) => ({ date: c.date, counted_cents: c.counted, computed_cents: c.computed, difference_cents: c.difference })),
    members: [...state.members].map(([person_id, book], i) => ({
      person_id, shares: book.shares, savings_cents: book.shares * state.rules.shareValue, loans_outstanding_cents: owedOn(book.loans).principal,
      shareout_cents: payouts ? payouts[i]!.payout : null,
    })),
    closed: state.shareOut !== undefined,
  };
}
