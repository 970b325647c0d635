/**
 * The transactions a treasurer records in a meeting and the double entries each one posts.
 * Every transaction carries a client-made id (so a resend is harmless) and a date; amounts are
 * integer céntimos. Entries are signed: debit positive, credit negative, and the entries of one
 * transaction always sum to zero.
 *
 * Accounts (assets: the two cash bags and what members owe; equity: what belongs to members):
 *   cash:loan_fund        loan-fund money in the box        (asset)
 *   cash:social_fund      social-fund money, a separate bag  (asset)
 *   loans:<member>        loan principal a member owes       (asset)
 *   shares:<member>       a member's savings (shares bought) (equity)
 *   interest_income       interest paid on loans             (equity, shared out)
 *   fines_income          fines paid                         (equity, shared out)
 *   social_fund           the social fund                    (equity, carried over)
 * The loan fund's value is cash:loan_fund + all loans:* = all shares:* + interest + fines. Pure.
 */

export type Transaction =
  | { id: string; date: string; type: 'share_purchase'; member: string; shares: number }
  | { id: string; date: string; type: 'social_fund'; member: string; amount: number }
  | { id: string; date: string; type: 'fine'; member: string; amount: number; code?: string }
  | { id: string; date: string; type: 'loan'; member: string; amount: number }
  | { id: string; date: string; type: 'repayment'; member: string; principal: number; interest: number }
  | { id: string; date: string; type: 'social_fund_grant'; member: string; amount: number }
  | { id: string; date: string; type: 'cash_count'; counted: number }
  | { id: string; date: string; type: 'share_out' };

export type TransactionType = Transaction['type'];

export interface Entry {
  account: string;
  /** Céntimos; debit positive, credit negative. */
  amount: number;
}

export const CASH_LOAN_FUND = 'cash:loan_fund';
export const CASH_SOCIAL_FUND = 'cash:social_fund';
export const INTEREST_INCOME = 'interest_income';
export const FINES_INCOME = 'fines_income';
export const SOCIAL_FUND = 'social_fund';
export const loansAccount = (member: string) => `loans:${member}`;
export const sharesAccount = (member: string) => `shares:${member}`;

const pair = (debit: string, credit: string, amount: number): Entry[] => [
  { account: debit, amount },
  { account: credit, amount: -amount },
];

/**
 * The entries of a transaction other than the share-out (whose entries depend on the balances,
 * see share-out.ts) and the cash count (which posts nothing: it records a difference).
 * @example postingsFor({ id: 'a', date: '2026-01-10', type: 'loan', member: 'rosa', amount: 5000 }, 1000)
 *   // [{ account: 'loans:rosa', amount: 5000 }, { account: 'cash:loan_fund', amount: -5000 }]
 */
export function postingsFor(tx: Transaction, shareValue: number): Entry[] {
  switch (tx.type) {
    case 'share_purchase':
      return pair(CASH_LOAN_FUND, sharesAccount(tx.member), tx.shares * shareValue);
    case 'social_fund':
      return pair(CASH_SOCIAL_FUND, SOCIAL_FUND, tx.amount);
    case 'fine':
      return pair(CASH_LOAN_FUND, FINES_INCOME, tx.amount);
    case 'loan':
      return pair(loansAccount(tx.member), CASH_LOAN_FUND, tx.amount);
    case 'repayment':
      return [
        { account: CASH_LOAN_FUND, amount: tx.principal + tx.interest },
        { account: loansAccount(tx.member), amount: -tx.principal },
        { account: INTEREST_INCOME, amount: -tx.interest },
      ];
    case 'social_fund_grant':
      return pair(SOCIAL_FUND, CASH_SOCIAL_FUND, tx.amount);
    case 'cash_count':
    case 'share_out':
      return [];
  }
}

/**
 * Splits a payment interest first, then principal, as the method requires.
 * @example splitRepayment(5300, 300) // { interest: 300, principal: 5000 }
 */
export function splitRepayment(paid: number, interestDue: number): { interest: number; principal: number } {
  const interest = Math.min(paid, interestDue);
  return { interest, principal: paid - interest };
}

/** True when the entries sum to zero (debits equal credits). */
export function isBalanced(entries: readonly Entry[]): boolean {
  return entries.reduce((sum, e) => sum + e.amount, 0) === 0;
}
