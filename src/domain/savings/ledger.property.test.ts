/**
 * Property tests of the ledger over random meeting sequences (fast-check): whatever members do,
 * and whether each transaction is accepted or refused, every posting balances, neither cash bag
 * goes negative, no member owes more than the loan rule allows, the share-out pays out exactly
 * the fund, and replaying the same transactions (same ids) changes nothing. Steps are drawn as
 * intents and turned into transactions against the current books, so most are valid and some
 * (over-sized loans and repayments, too many shares) are refused on purpose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceOf, createLedger, loanFundValue, memberBook, type LedgerState } from './ledger-state.ts';
import { applyTransaction, replay } from './ledger.ts';
import { accrueLoans, owedOn } from './loans.ts';
import { addMonths, cycleRules, type CycleRules } from './rules.ts';
import { shareOut } from './share-out.ts';
import { CASH_LOAN_FUND, CASH_SOCIAL_FUND, isBalanced, type Transaction } from './transactions.ts';

const MEMBERS = ['ana', 'eva', 'rosa'];
const KINDS = ['share_purchase', 'social_fund', 'fine', 'loan', 'repayment', 'social_fund_grant', 'cash_count', 'next_meeting'] as const;
const step = fc.record({ kind: fc.constantFrom(...KINDS), member: fc.nat(MEMBERS.length - 1), value: fc.integer({ min: 1, max: 40_000 }), exact: fc.boolean() });
type Step = { kind: (typeof KINDS)[number]; member: number; value: number; exact: boolean };
const rulesArb = fc.record({ shareValue: fc.integer({ min: 100, max: 5_000 }), monthlyInterestBp: fc.option(fc.integer({ min: 0, max: 1_000 }), { nil: undefined }), maxLoanMultiple: fc.constantFrom(1, 2, 3), loanTermMonths: fc.integer({ min: 1, max: 4 }) }).map((r) => cycleRules(r));

/** Turns an intent into a transaction against the current books (valid when `exact`, often not otherwise). */
function toTransaction(state: LedgerState, s: Step, date: string, id: string): Transaction | undefined {
  const member = MEMBERS[s.member]!;
  const owed = owedOn(accrueLoans(memberBook(state, member).loans, date, state.rules.monthlyInterestBp));
  switch (s.kind) {
    case 'share_purchase': return { id, date, type: 'share_purchase', member, shares: (s.value % 6) + (s.exact ? 0 : 1) };
    case 'social_fund': return { id, date, type: 'social_fund', member, amount: (s.value % 500) + 1 };
    case 'fine': return { id, date, type: 'fine', member, amount: (s.value % 300) + 1 };
    case 'loan': {
      const room = Math.min(memberBook(state, member).shares * state.rules.shareValue * state.rules.maxLoanMultiple - owed.principal, balanceOf(state, CASH_LOAN_FUND));
      return { id, date, type: 'loan', member, amount: s.exact && room > 0 ? 1 + (s.value % room) : s.value };
    }
    case 'repayment': {
      const interest = owed.interest;
      const principal = s.exact ? Math.min(s.value, owed.principal) : s.value;
      return principal + interest > 0 ? { id, date, type: 'repayment', member, principal, interest } : undefined;
    }
    case 'social_fund_grant': return { id, date, type: 'social_fund_grant', member, amount: s.exact ? Math.max(1, balanceOf(state, CASH_SOCIAL_FUND) % (s.value + 1)) : s.value };
    case 'cash_count': return { id, date, type: 'cash_count', counted: s.value };
    case 'next_meeting': return undefined;
  }
}

function checkInvariants(state: LedgerState, rules: CycleRules): void {
  expect(balanceOf(state, CASH_LOAN_FUND)).toBeGreaterThanOrEqual(0);
  expect(balanceOf(state, CASH_SOCIAL_FUND)).toBeGreaterThanOrEqual(0);
  expect([...state.balances.values()].reduce((a, b) => a + b, 0)).toBe(0);
  for (const book of state.members.values()) expect(owedOn(book.loans).principal).toBeLessThanOrEqual(book.shares * rules.shareValue * rules.maxLoanMultiple);
}

/** Plays the steps (a meeting a month), then repays every loan and shares out; returns the accepted transactions. */
function playCycle(rules: CycleRules, steps: Step[]): { state: LedgerState; accepted: Transaction[]; date: string } {
  const state = createLedger(rules);
  const accepted: Transaction[] = [];
  let date = '2026-01-05';
  const apply = (tx: Transaction) => {
    const result = applyTransaction(state, tx);
    if (!result.ok) return;
    expect(isBalanced(result.entries)).toBe(true);
    accepted.push(tx);
    checkInvariants(state, rules);
  };
  steps.forEach((s, i) => {
    if (s.kind === 'next_meeting') date = addMonths(date, 1);
    const tx = toTransaction(state, s, date, `s${i}`);
    if (tx) apply(tx);
  });
  date = addMonths(date, 1);
  for (const [member, book] of [...state.members]) {
    const owed = owedOn(accrueLoans(book.loans, date, rules.monthlyInterestBp));
    if (owed.principal + owed.interest > 0) apply({ id: `close-${member}`, date, type: 'repayment', member, principal: owed.principal, interest: rules.monthlyInterestBp === undefined ? 0 : owed.interest });
  }
  return { state, accepted, date };
}

describe('savings ledger properties', () => {
  it('keeps every invariant over 10,000 random meeting sequences, shares out exactly the fund and replays idempotently', () => {
    fc.assert(
      fc.property(rulesArb, fc.array(step, { minLength: 4, maxLength: 40, size: 'max' }), (rules, steps) => {
        const { state, accepted, date } = playCycle(rules, steps);
        const fund = loanFundValue(state);
        const out = applyTransaction(state, { id: 'share-out', date, type: 'share_out' });
        if (out.ok) {
          expect(isBalanced(out.entries)).toBe(true);
          expect(state.shareOut!.payouts.reduce((sum, p) => sum + p.payout, 0)).toBe(fund);
          expect(balanceOf(state, CASH_LOAN_FUND)).toBe(0);
          accepted.push({ id: 'share-out', date, type: 'share_out' });
        } else expect(out.rejection.code).toBe('shareout.no_shares');
        const before = JSON.stringify([...state.balances]);
        const again = replay(rules, accepted, state);
        expect(again.refused).toBeUndefined();
        expect(JSON.stringify([...again.state.balances])).toBe(before);
        expect(JSON.stringify([...replay(rules, accepted).state.balances])).toBe(before);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('splits any fund over any holdings exactly, no member more than a céntimo from her exact share', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(300), { minLength: 1, maxLength: 25 }), fc.nat(100_000_000), (shares, fund) => {
        const holdings = shares.map((n, i) => ({ member: `m${i}`, shares: n }));
        const total = shares.reduce((a, b) => a + b, 0);
        const payouts = shareOut(holdings, fund);
        if (total === 0) return;
        expect(payouts.reduce((sum, p) => sum + p.payout, 0)).toBe(fund);
        for (const p of payouts) expect(Math.abs(p.payout - (p.shares * fund) / total)).toBeLessThan(1);
      }),
      { numRuns: 2_000 },
    );
  });
});
