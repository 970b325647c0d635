/**
 * One member's record in a cycle, for her own statement and for the income statement a lender
 * reads: what she saved, borrowed and repaid (principal and interest apart), paid into the social
 * fund and in fines, received from it, and what she owes now. Sums over the stored rows of the
 * cycle; what she owes comes from the replayed books. Pure.
 */
import type { StoredTransaction } from './stored.ts';

export interface MemberTotals {
  shares: number;
  savings_cents: number;
  loans_taken: number;
  loans_taken_cents: number;
  principal_repaid_cents: number;
  interest_paid_cents: number;
  social_fund_paid_cents: number;
  social_fund_received_cents: number;
  fines_cents: number;
}

/**
 * The totals of one member's rows, or of every row with `personId` null (a group's meeting).
 * @example memberTotals(rows, 'rosa-id', 1000) // { shares: 12, savings_cents: 12000, loans_taken: 1, … }
 */
export function memberTotals(rows: readonly StoredTransaction[], personId: string | null, shareValue: number): MemberTotals {
  const totals: MemberTotals = {
    shares: 0, savings_cents: 0, loans_taken: 0, loans_taken_cents: 0, principal_repaid_cents: 0, interest_paid_cents: 0,
    social_fund_paid_cents: 0, social_fund_received_cents: 0, fines_cents: 0,
  };
  for (const row of rows) {
    if (personId !== null && row.person_id !== personId) continue;
    const amount = row.amount_cents ?? 0;
    if (row.type === 'share_purchase') totals.shares += row.shares ?? 0;
    else if (row.type === 'loan') {
      totals.loans_taken += 1;
      totals.loans_taken_cents += amount;
    } else if (row.type === 'repayment') {
      totals.principal_repaid_cents += amount;
      totals.interest_paid_cents += row.interest_cents ?? 0;
    } else if (row.type === 'social_fund') totals.social_fund_paid_cents += amount;
    else if (row.type === 'social_fund_grant') totals.social_fund_received_cents += amount;
    else if (row.type === 'fine') totals.fines_cents += amount;
  }
  totals.savings_cents = totals.shares * shareValue;
  return totals;
}
