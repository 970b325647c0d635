/**
 * The rules a transaction must keep before it is posted, each refusal with a code (for a
 * phone to word in the member's language) and an English reason naming the numbers. A check
 * never changes the state: the caller posts only what passed. Pure.
 */
import { balanceOf, memberBook, loansOutstanding, type LedgerState } from './ledger-state.ts';
import { findOverdueLoan, owedOn, type Loan } from './loans.ts';
import { CASH_LOAN_FUND, CASH_SOCIAL_FUND, type Transaction } from './transactions.ts';

export interface Rejection {
  code: string;
  message: string;
}

const pen = (centimos: number) => `S/ ${(centimos / 100).toFixed(2)}`;
const reject = (code: string, message: string): Rejection => ({ code, message });
const isPositive = (n: number) => Number.isSafeInteger(n) && n > 0;

/** Refusals that do not depend on the type: closed cycle, dates, amounts. */
export function checkCommon(state: LedgerState, tx: Transaction): Rejection | undefined {
  const { rules } = state;
  if (state.shareOut) return reject('cycle.closed', `the cycle is closed: it was shared out on ${state.shareOut.date}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tx.date)) return reject('date.invalid', `date "${tx.date}" is not YYYY-MM-DD`);
  if ((rules.startDate && tx.date < rules.startDate) || (rules.endDate && tx.date > rules.endDate)) {
    return reject('cycle.closed', `dated ${tx.date}, outside the cycle (${rules.startDate ?? '…'} to ${rules.endDate ?? '…'})`);
  }
  if (state.lastDate && tx.date < state.lastDate) return reject('date.out_of_order', `dated ${tx.date}, before the previous transaction (${state.lastDate})`);
  const amounts = tx.type === 'repayment' ? [tx.principal + tx.interest] : 'amount' in tx ? [tx.amount] : [];
  if (amounts.some((a) => !isPositive(a))) return reject('amount.invalid', 'the amount must be a whole number of céntimos above 0');
  if (tx.type === 'repayment' && !(Number.isSafeInteger(tx.principal) && tx.principal >= 0 && Number.isSafeInteger(tx.interest) && tx.interest >= 0)) {
    return reject('amount.invalid', 'principal and interest must be whole céntimos, 0 or more');
  }
  return undefined;
}

/** The type's own rule; `loans` are the member's loans with interest charged up to the date. */
export function checkRule(state: LedgerState, tx: Transaction, loans: readonly Loan[]): Rejection | undefined {
  const { rules } = state;
  switch (tx.type) {
    case 'share_purchase': {
      const book = memberBook(state, tx.member);
      if (!Number.isSafeInteger(tx.shares) || tx.shares < rules.minSharesPerMeeting) return reject('shares.under_minimum', `${tx.shares} shares: a purchase is at least ${rules.minSharesPerMeeting}`);
      const already = book.meetingDate === tx.date ? book.meetingShares : 0;
      if (already + tx.shares > rules.maxSharesPerMeeting) {
        return reject('shares.over_maximum', `${tx.member} would buy ${already + tx.shares} shares at the meeting of ${tx.date}; the maximum is ${rules.maxSharesPerMeeting}`);
      }
      return undefined;
    }
    case 'social_fund':
      if (rules.socialFundContribution !== undefined && tx.amount !== rules.socialFundContribution) {
        return reject('social_fund.amount', `social-fund contribution of ${pen(tx.amount)}; the rule is ${pen(rules.socialFundContribution)}`);
      }
      return undefined;
    case 'fine': {
      if (tx.code === undefined) return undefined;
      const fine = rules.fines.find((f) => f.code === tx.code);
      if (!fine) return reject('fine.unknown', `fine "${tx.code}" is not in the group's fines list`);
      return fine.amount === tx.amount ? undefined : reject('fine.amount', `fine "${tx.code}" is ${pen(fine.amount)}, not ${pen(tx.amount)}`);
    }
    case 'loan':
      return checkLoan(state, tx, loans);
    case 'repayment':
      return checkRepayment(state, tx, loans);
    case 'social_fund_grant': {
      const available = balanceOf(state, CASH_SOCIAL_FUND);
      return tx.amount > available ? reject('social_fund.insufficient', `a grant of ${pen(tx.amount)} is more than the social fund holds (${pen(available)})`) : undefined;
    }
    case 'cash_count':
      return Number.isSafeInteger(tx.counted) && tx.counted >= 0 ? undefined : reject('amount.invalid', 'the counted cash must be whole céntimos, 0 or more');
    case 'share_out': {
      const outstanding = loansOutstanding(state);
      if (outstanding > 0) return reject('shareout.loans_outstanding', `loans of ${pen(outstanding)} are still outstanding; share out after they are repaid`);
      const fund = balanceOf(state, CASH_LOAN_FUND);
      const shares = [...state.members.values()].reduce((sum, b) => sum + b.shares, 0);
      return fund > 0 && shares === 0 ? reject('shareout.no_shares', 'no member holds shares, so the fund cannot be shared out') : undefined;
    }
  }
}

function checkLoan(state: LedgerState, tx: Extract<Transaction, { type: 'loan' }>, loans: readonly Loan[]): Rejection | undefined {
  const overdue = findOverdueLoan(loans, tx.date);
  if (overdue) return reject('loan.overdue', `${tx.member} has a loan of ${overdue.disbursed} overdue since ${overdue.due}`);
  const savings = memberBook(state, tx.member).shares * state.rules.shareValue;
  const limit = Math.floor(savings * state.rules.maxLoanMultiple);
  const owed = owedOn(loans).principal;
  if (owed + tx.amount > limit) {
    return reject('loan.over_limit', `a loan of ${pen(tx.amount)} would bring ${tx.member}'s loans to ${pen(owed + tx.amount)}; her limit is ${state.rules.maxLoanMultiple} × savings ${pen(savings)} = ${pen(limit)}`);
  }
  const cash = balanceOf(state, CASH_LOAN_FUND);
  if (tx.amount > cash) return reject('loan.over_fund', `a loan of ${pen(tx.amount)} is more than the loan fund holds (${pen(cash)})`);
  return undefined;
}

function checkRepayment(state: LedgerState, tx: Extract<Transaction, { type: 'repayment' }>, loans: readonly Loan[]): Rejection | undefined {
  const owed = owedOn(loans);
  if (tx.principal > owed.principal) return reject('repayment.over_owed', `a repayment of ${pen(tx.principal)} principal is more than ${tx.member} owes (${pen(owed.principal)})`);
  if (state.rules.monthlyInterestBp === undefined) return undefined;
  if (tx.interest > owed.interest) return reject('repayment.over_owed', `interest of ${pen(tx.interest)} is more than the ${pen(owed.interest)} due`);
  if (tx.principal > 0 && tx.interest < owed.interest) {
    return reject('repayment.interest_first', `interest first: ${pen(owed.interest)} interest is due, only ${pen(tx.interest)} was paid before principal`);
  }
  return undefined;
}
