/**
 * How the savings screens word the ledger's rule codes (src/domain/savings/checks.ts, ledger.ts,
 * src/services/savings), from the savings catalog part: the same sentence whether the phone
 * caught the rule before saving or the server refused the meeting at sync. Added with
 * `addProblemTexts` together with that part, so a key is never shown before its text.
 */
import { t } from '../i18n/i18n.ts';
import type { ProblemWording } from '../ui/problem-text.ts';
import { formatSoles } from './money.ts';

export const SAVINGS_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'cycle.closed': 'savings.check.cycleClosed',
  'date.invalid': 'savings.check.dateInvalid',
  'date.out_of_order': 'savings.check.dateOrder',
  'amount.invalid': 'savings.check.amount',
  'shares.under_minimum': 'savings.check.sharesUnder',
  'shares.over_maximum': 'savings.check.sharesOver',
  'social_fund.amount': 'savings.check.socialFundAmount',
  'fine.unknown': 'savings.check.fineUnknown',
  'fine.amount': 'savings.check.fineAmount',
  'loan.overdue': 'savings.check.loanOverdue',
  'loan.over_limit': 'savings.check.loanOverLimit',
  'loan.over_fund': 'savings.check.loanOverFund',
  'repayment.over_owed': 'savings.check.repaymentOver',
  'repayment.interest_first': 'savings.check.interestFirst',
  'social_fund.insufficient': 'savings.check.socialFundShort',
  'shareout.loans_outstanding': 'savings.check.shareoutLoans',
  'shareout.no_shares': 'savings.check.shareoutNoShares',
  'id.reused': 'savings.check.idReused',
  'savings.not_member': 'savings.check.notMember',
  'savings.rules': 'savings.check.rules',
  'savings.unreadable_row': 'savings.check.unreadableRow',
  'cycle.loans_outstanding': (p) => t('savings.check.cycleLoansOutstanding', { amount: formatSoles(Number(p.loans_outstanding_cents ?? 0)) }),
  'cycle.previous_open': 'savings.check.previousOpen',
};
