/**
 * The stable result of replaying one cycle's ledger (`pallay savings replay --format json`,
 * docs/savings.md): the loan fund, the social fund, shares, cash counts and, per member, her
 * shares, savings, loan principal outstanding and what the share-out would pay her — null while
 * any loan is outstanding, because the method shares out only after every loan is repaid.
 * Soles as JSON numbers with at most two decimals, computed from integer céntimos. Pure.
 */
import { balanceOf, computedCash, loanFundValue, loansOutstanding, totalShares, type LedgerState } from './ledger-state.ts';
import { owedOn } from './loans.ts';
import { shareOut } from './share-out.ts';
import { CASH_LOAN_FUND, FINES_INCOME, INTEREST_INCOME, SOCIAL_FUND } from './transactions.ts';

export interface MemberReport {
  member: string;
  shares: number;
  savings_pen: number;
  loans_outstanding_pen: number;
  shareout_pen: number | null;
}

export interface ReplayReport {
  fund_pen: number;
  loan_fund_cash_pen: number;
  loans_outstanding_pen: number;
  interest_pen: number;
  fines_pen: number;
  social_fund_pen: number;
  cash_pen: number;
  total_shares: number;
  share_value_pen: number;
  transactions: number;
  cash_counts: { date: string; counted_pen: number; computed_pen: number; difference_pen: number }[];
  members: MemberReport[];
}

const pen = (centimos: number) => centimos / 100;

export function replayReport(state: LedgerState): ReplayReport {
  const outstanding = loansOutstanding(state);
  const holdings = [...state.members].map(([member, book]) => ({ member, shares: book.shares }));
  const payouts = outstanding === 0 ? shareOut(holdings, balanceOf(state, CASH_LOAN_FUND)) : undefined;
  return {
    fund_pen: pen(loanFundValue(state)),
    loan_fund_cash_pen: pen(balanceOf(state, CASH_LOAN_FUND)),
    loans_outstanding_pen: pen(outstanding),
    interest_pen: pen(-balanceOf(state, INTEREST_INCOME)),
    fines_pen: pen(-balanceOf(state, FINES_INCOME)),
    social_fund_pen: pen(-balanceOf(state, SOCIAL_FUND)),
    cash_pen: pen(computedCash(state)),
    total_shares: totalShares(state),
    share_value_pen: pen(state.rules.shareValue),
    transactions: state.applied.size,
    cash_counts: state.cashCounts.map((c) => ({ date: c.date, counted_pen: pen(c.counted), computed_pen: pen(c.computed), difference_pen: pen(c.difference) })),
    members: [...state.members].map(([member, book], i) => ({
      member,
      shares: book.shares,
      savings_pen: pen(book.shares * state.rules.shareValue),
      loans_outstanding_pen: pen(owedOn(book.loans).principal),
      shareout_pen: payouts ? pen(payouts[i]!.payout) : null,
    })),
  };
}
