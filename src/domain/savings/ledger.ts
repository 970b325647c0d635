/**
 * Replaying a savings-group cycle: transactions are applied in order, each checked against the
 * cycle's rules (checks.ts) and posted as balanced double entries (transactions.ts). What must
 * hold: every posting balances; neither cash bag goes below zero; no loan passes the limit;
 * the share-out pays out exactly the loan fund; applying a transaction whose client id was
 * already applied changes nothing (the same id with different content is refused). A refused
 * transaction changes nothing either. Pure: the state is a plain object the caller owns.
 */
import { checkCommon, checkRule, type Rejection } from './checks.ts';
import { balanceOf, computedCash, createLedger, memberBook, type LedgerState } from './ledger-state.ts';
import { accrueLoans, newLoan, payLoans, type Loan } from './loans.ts';
import type { CycleRules } from './rules.ts';
import { shareOut } from './share-out.ts';
import { CASH_LOAN_FUND, FINES_INCOME, INTEREST_INCOME, postingsFor, sharesAccount, type Entry, type Transaction } from './transactions.ts';

export type ApplyResult = { ok: true; entries: Entry[]; isDuplicate: boolean } | { ok: false; rejection: Rejection };

/**
 * Applies one transaction to `state` (changed in place only when it is accepted).
 * @example applyTransaction(state, { id: 't1', date: '2026-01-10', type: 'share_purchase', member: 'rosa', shares: 2 })
 */
export function applyTransaction(state: LedgerState, tx: Transaction): ApplyResult {
  const fingerprint = JSON.stringify(tx);
  const seen = state.applied.get(tx.id);
  if (seen !== undefined) {
    return seen === fingerprint ? { ok: true, entries: [], isDuplicate: true } : { ok: false, rejection: { code: 'id.reused', message: `transaction id "${tx.id}" was already used for a different transaction` } };
  }
  const common = checkCommon(state, tx);
  if (common) return { ok: false, rejection: common };
  const member = 'member' in tx ? tx.member : undefined;
  const loans = member === undefined ? [] : accrueLoans(memberBook(state, member).loans, tx.date, state.rules.monthlyInterestBp);
  const rejection = checkRule(state, tx, loans);
  if (rejection) return { ok: false, rejection };
  const entries = tx.type === 'share_out' ? shareOutEntries(state, tx.date) : postingsFor(tx, state.rules.shareValue);
  if (member !== undefined) updateMember(state, tx, loans);
  if (tx.type === 'cash_count') {
    const computed = computedCash(state);
    state.cashCounts.push({ id: tx.id, date: tx.date, counted: tx.counted, computed, difference: tx.counted - computed });
  }
  for (const e of entries) state.balances.set(e.account, balanceOf(state, e.account) + e.amount);
  state.journal.push({ id: tx.id, entries });
  state.applied.set(tx.id, fingerprint);
  state.lastDate = tx.date;
  return { ok: true, entries, isDuplicate: false };
}

function updateMember(state: LedgerState, tx: Transaction, accrued: Loan[]): void {
  if (!('member' in tx)) return;
  const book = { ...memberBook(state, tx.member), loans: accrued };
  if (tx.type === 'share_purchase') {
    book.meetingShares = (book.meetingDate === tx.date ? book.meetingShares : 0) + tx.shares;
    book.meetingDate = tx.date;
    book.shares += tx.shares;
  } else if (tx.type === 'loan') {
    book.loans = [...accrued, newLoan(tx.date, tx.amount, state.rules.loanTermMonths)];
  } else if (tx.type === 'repayment') {
    book.loans = payLoans(accrued, { principal: tx.principal, interest: tx.interest });
  }
  state.members.set(tx.member, book);
}

/** Pays out the loan fund (checks.ts made sure no loan is outstanding) and closes every equity account but the social fund. */
function shareOutEntries(state: LedgerState, date: string): Entry[] {
  const fund = balanceOf(state, CASH_LOAN_FUND);
  const holdings = [...state.members].map(([member, book]) => ({ member, shares: book.shares }));
  state.shareOut = { date, payouts: shareOut(holdings, fund) };
  const equity = [...holdings.map((h) => sharesAccount(h.member)), INTEREST_INCOME, FINES_INCOME];
  const closing = equity.map((account) => ({ account, amount: -balanceOf(state, account) })).filter((e) => e.amount !== 0);
  return fund === 0 ? closing : [...closing, { account: CASH_LOAN_FUND, amount: -fund }];
}

export interface ReplayResult {
  state: LedgerState;
  /** The first refused transaction (its index in the input), after which nothing more was applied. */
  refused?: { index: number; id: string } & Rejection;
}

/** Applies the transactions in order on fresh books, stopping at the first refusal. */
export function replay(rules: CycleRules, transactions: readonly Transaction[], state: LedgerState = createLedger(rules)): ReplayResult {
  for (const [index, tx] of transactions.entries()) {
    const result = applyTransaction(state, tx);
    if (!result.ok) return { state, refused: { index, id: tx.id, ...result.rejection } };
  }
  return { state };
}
