/**
 * The cycle's rules checked on the phone before a meeting is saved, with the ledger code the
 * server runs (src/domain/savings, pure): the treasurer is often offline, and a share purchase
 * over the maximum, a loan over the limit or a repayment larger than what is owed should be
 * caught while the member is still at the table, not days later at sync. The books are rebuilt
 * from the last cycle report (balances per member), then the meetings still in the outbox are
 * applied, then the draft; the computed cash box after the meeting is the ledger's own figure.
 * What the phone cannot know is left to the server: interest due and overdue loans (the report
 * has no loan dates), so those rules are checked at sync only. Pure.
 */
import type { SavingsCycleReport, SavingsMeetingInput } from '../../src/contracts/savings.ts';
import { applyTransaction } from '../../src/domain/savings/ledger.ts';
import { computedCash, createLedger, type LedgerState } from '../../src/domain/savings/ledger-state.ts';
import { cycleRules } from '../../src/domain/savings/rules.ts';
import { toLedgerTransaction } from '../../src/domain/savings/stored.ts';
import { CASH_LOAN_FUND, CASH_SOCIAL_FUND, SOCIAL_FUND } from '../../src/domain/savings/transactions.ts';
import type { DraftLine } from './meeting-draft.ts';

export interface LineWarning {
  personId: string;
  field: DraftLine['field'];
  code: string;
}

export interface MeetingCheck {
  warnings: LineWarning[];
  /** Cash that should be in the box after the meeting (loan fund and social fund bags), céntimos. */
  computedCash: number;
  /** Cash in the box before the meeting, as the phone knows it. */
  openingCash: number;
}

/** The books as the report shows them: balances per member, loans as one undated amount each. */
function booksFromReport(report: SavingsCycleReport, lastMeeting: string | undefined): LedgerState {
  const r = report.rules;
  const state = createLedger(cycleRules({
    shareValue: r.share_value_cents, minSharesPerMeeting: r.min_shares_per_meeting, maxSharesPerMeeting: r.max_shares_per_meeting,
    maxLoanMultiple: r.max_loan_multiple, loanTermMonths: r.loan_term_months, fines: r.fines, startDate: r.starts_on, endDate: r.ends_on,
    ...(r.social_fund_cents === null ? {} : { socialFundContribution: r.social_fund_cents }),
    // No interest rate here: the phone does not know when each loan was disbursed (the server checks interest).
  }));
  state.balances.set(CASH_LOAN_FUND, report.loan_fund_cash_cents);
  state.balances.set(CASH_SOCIAL_FUND, report.social_fund_cents);
  state.balances.set(SOCIAL_FUND, -report.social_fund_cents);
  for (const m of report.members) {
    const loans = m.loans_outstanding_cents > 0
      ? [{ disbursed: r.starts_on, due: '9999-12-31', principal: m.loans_outstanding_cents, interestDue: 0, monthsCharged: 0 }]
      : [];
    state.members.set(m.person_id, { shares: m.shares, meetingDate: '', meetingShares: 0, loans });
  }
  if (lastMeeting) state.lastDate = lastMeeting;
  if (report.closed) state.shareOut = { date: lastMeeting ?? r.ends_on, payouts: [] };
  return state;
}

function applyMeeting(state: LedgerState, meeting: Pick<SavingsMeetingInput, 'held_on' | 'transactions'>, onRefusal?: (index: number, code: string) => void): void {
  meeting.transactions.forEach((tx, index) => {
    const row = {
      id: tx.id, held_on: meeting.held_on, type: tx.type, person_id: tx.person_id ?? null, shares: tx.shares ?? null,
      amount_cents: tx.amount_cents ?? null, interest_cents: tx.interest_cents ?? null, fine_code: tx.fine_code ?? null,
    };
    const result = applyTransaction(state, toLedgerTransaction(row));
    if (!result.ok) onRefusal?.(index, result.rejection.code);
  });
}

/**
 * Checks a draft's lines against the report, after the meetings still waiting to be sent.
 * @example checkMeeting({ report, lastMeeting: '2026-03-01', pending: [], heldOn: '2026-03-08', lines })
 */
export function checkMeeting(opts: {
  report: SavingsCycleReport;
  /** Date of the last meeting the server has (its transactions may not be dated earlier). */
  lastMeeting?: string;
  /** Meetings saved on the phone and not yet in the report. */
  pending: readonly Pick<SavingsMeetingInput, 'held_on' | 'transactions'>[];
  heldOn: string;
  lines: readonly DraftLine[];
}): MeetingCheck {
  const state = booksFromReport(opts.report, opts.lastMeeting);
  for (const meeting of opts.pending) applyMeeting(state, meeting);
  const openingCash = computedCash(state);
  const warnings: LineWarning[] = [];
  const transactions = opts.lines.map(({ field: _f, ...line }, i) => ({ id: `draft-${i}`, ...line }));
  applyMeeting(state, { held_on: opts.heldOn, transactions }, (index, code) => {
    const line = opts.lines[index]!;
    warnings.push({ personId: line.person_id ?? '', field: line.field, code });
  });
  return { warnings, computedCash: computedCash(state), openingCash };
}
