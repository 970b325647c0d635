/**
 * The figures of a savings group's report at one meeting and over the cycle (issue 8): total
 * savings, loans outstanding, portfolio at risk over 30 days on that date, women's share among
 * members and officers, and what moved at the meeting; and the rows of a member's passbook. The
 * caller replays the books meeting by meeting and hands the state over at each one. Pure.
 */
import { owedOn } from './loans.ts';
import { balanceOf, loanFundValue, loansOutstanding, memberBook, totalShares, type LedgerState } from './ledger-state.ts';
import type { SavingsMemberStatement } from '../../contracts/savings.ts';
import type { MemberTotals } from './member-statement.ts';
import { portfolioAtRisk, type PortfolioAtRisk } from './portfolio.ts';
import { SOCIAL_FUND } from './transactions.ts';

export interface WomenCounts {
  members: number;
  members_women: number;
  officers: number;
  officers_women: number;
}

export interface GroupFigures {
  total_shares: number;
  total_savings_cents: number;
  loans_outstanding_cents: number;
  fund_cents: number;
  social_fund_cents: number;
  portfolio_at_risk_30: PortfolioAtRisk;
  women: WomenCounts & { members_share: number; officers_share: number };
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** The group's position on `date` from the books replayed up to it. */
export function groupFigures(state: LedgerState, date: string, women: WomenCounts): GroupFigures {
  const shares = totalShares(state);
  return {
    total_shares: shares,
    total_savings_cents: shares * state.rules.shareValue,
    loans_outstanding_cents: loansOutstanding(state),
    fund_cents: state.shareOut ? 0 : loanFundValue(state),
    social_fund_cents: -balanceOf(state, SOCIAL_FUND),
    portfolio_at_risk_30: portfolioAtRisk(state, date),
    women: { ...women, members_share: share(women.members_women, women.members), officers_share: share(women.officers_women, women.officers) },
  };
}

/** One member's position after a meeting: her shares so far and the principal she owes. */
export function memberPosition(state: LedgerState, member: string): { shares: number; savings_cents: number; loans_outstanding_cents: number } {
  const book = memberBook(state, member);
  return { shares: book.shares, savings_cents: book.shares * state.rules.shareValue, loans_outstanding_cents: owedOn(book.loans).principal };
}

/** A member's passbook line: a meeting, her attendance, what she moved, her shares and debt after it. */
export interface PassbookLine {
  held_on: string;
  present: boolean | null;
  flows: MemberTotals;
  shares: number;
  savings_cents: number;
  loans_outstanding_cents: number;
}

export interface MemberPassbook {
  statement: SavingsMemberStatement;
  group_name: string;
  member_name: string;
  member_number: number;
  lines: PassbookLine[];
}

const pen = (cents: number | null) => (cents === null ? null : cents / 100);

/** A meeting's flows (memberTotals of its rows) as columns in soles, for CSV/XLSX. */
export function flowColumns(flows: MemberTotals) {
  return {
    shares_bought: flows.shares, savings_bought_pen: pen(flows.savings_cents), loans_disbursed_pen: pen(flows.loans_taken_cents),
    principal_repaid_pen: pen(flows.principal_repaid_cents), interest_paid_pen: pen(flows.interest_paid_cents),
    social_fund_paid_pen: pen(flows.social_fund_paid_cents), social_fund_granted_pen: pen(flows.social_fund_received_cents), fines_pen: pen(flows.fines_cents),
  };
}

/** Group figures as columns in soles and ratios, for CSV/XLSX. */
export function figureColumns(f: GroupFigures) {
  return {
    total_shares: f.total_shares, total_savings_pen: pen(f.total_savings_cents), loans_outstanding_pen: pen(f.loans_outstanding_cents),
    par30_pen: pen(f.portfolio_at_risk_30.at_risk_cents), par30_ratio: round4(f.portfolio_at_risk_30.ratio), fund_pen: pen(f.fund_cents), social_fund_pen: pen(f.social_fund_cents),
    members: f.women.members, members_women: f.women.members_women, women_members_share: round4(f.women.members_share),
    officers: f.women.officers, officers_women: f.women.officers_women, women_officers_share: round4(f.women.officers_share),
  };
}

export const round4 = (n: number) => Math.round(n * 10_000) / 10_000;
export { pen as centsToPen };
