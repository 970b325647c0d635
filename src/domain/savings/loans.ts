/**
 * A member's loans: principal outstanding, interest due and the date each falls due. Interest
 * accrues on each loan's outstanding principal once a month, on the monthly anniversary of its
 * disbursement (a loan of 10 January accrues on 10 February, 10 March, …), so a late payer owes
 * more. Payments settle interest before principal and the oldest loan first. Functions here
 * return new arrays and never change their input, so a refused transaction leaves no trace. Pure.
 */
import { addMonths, monthInterest } from './rules.ts';

export interface Loan {
  disbursed: string;
  due: string;
  principal: number;
  interestDue: number;
  /** Monthly anniversaries already charged. */
  monthsCharged: number;
}

export interface Owed {
  principal: number;
  interest: number;
}

/** The loans with interest charged for every anniversary up to and including `date`. */
export function accrueLoans(loans: readonly Loan[], date: string, monthlyBp: number | undefined): Loan[] {
  if (!monthlyBp) return loans.slice();
  return loans.map((loan) => {
    let { interestDue, monthsCharged } = loan;
    while (addMonths(loan.disbursed, monthsCharged + 1) <= date) {
      interestDue += monthInterest(loan.principal, monthlyBp);
      monthsCharged += 1;
    }
    return { ...loan, interestDue, monthsCharged };
  });
}

export function owedOn(loans: readonly Loan[]): Owed {
  return loans.reduce((sum, l) => ({ principal: sum.principal + l.principal, interest: sum.interest + l.interestDue }), { principal: 0, interest: 0 });
}

/** The first loan still unpaid after its due date, if any. */
export function findOverdueLoan(loans: readonly Loan[], date: string): Loan | undefined {
  return loans.find((l) => l.principal > 0 && date > l.due);
}

export function newLoan(date: string, amount: number, termMonths: number): Loan {
  return { disbursed: date, due: addMonths(date, termMonths), principal: amount, interestDue: 0, monthsCharged: 0 };
}

/**
 * The loans after a payment: interest, then principal, oldest loan first; settled loans drop
 * out. The caller has checked that neither part is more than what is owed.
 */
export function payLoans(loans: readonly Loan[], payment: Owed): Loan[] {
  let interest = payment.interest;
  let principal = payment.principal;
  const paid = loans.map((loan) => {
    const toInterest = Math.min(interest, loan.interestDue);
    interest -= toInterest;
    return { ...loan, interestDue: loan.interestDue - toInterest };
  });
  const settled = paid.map((loan) => {
    const toPrincipal = Math.min(principal, loan.principal);
    principal -= toPrincipal;
    return { ...loan, principal: loan.principal - toPrincipal };
  });
  return settled.filter((l) => l.principal > 0 || l.interestDue > 0);
}
