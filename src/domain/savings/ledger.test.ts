/**
 * Each rule of a cycle, accepted and refused, with the reason a treasurer would read; the
 * entries of each transaction type; interest accrual; idempotence by client id; cash counts.
 */
import { describe, expect, it } from 'vitest';
import { createLedger, loanFundValue, memberBook } from './ledger-state.ts';
import { applyTransaction, replay } from './ledger.ts';
import { cycleRules } from './rules.ts';
import type { Transaction } from './transactions.ts';

const rules = cycleRules({ shareValue: 1_000, monthlyInterestBp: 200, startDate: '2026-01-01', endDate: '2026-12-31', socialFundContribution: 200, fines: [{ code: 'late', amount: 100 }] });
let n = 0;
const tx = <T extends Omit<Transaction, 'id'>>(t: T) => ({ id: `t${++n}`, ...t }) as Transaction;
const buy = (member: string, shares: number, date = '2026-01-10') => tx({ date, type: 'share_purchase', member, shares });
const loan = (member: string, amount: number, date = '2026-01-10') => tx({ date, type: 'loan', member, amount });
const repay = (member: string, principal: number, interest: number, date: string) => tx({ date, type: 'repayment', member, principal, interest });

/** Rosa and Eva buy 5 shares each (S/ 100 in the fund); Rosa borrows S/ 60. */
const opening = () => [buy('rosa', 5), buy('eva', 5), loan('rosa', 6_000)];

function refusal(extra: Transaction[], base = opening()) {
  const result = replay(rules, [...base, ...extra]);
  return result.refused && { code: result.refused.code, message: result.refused.message, index: result.refused.index };
}

describe('savings ledger rules', () => {
  it('posts balanced entries for each transaction type', () => {
    const { state, refused } = replay(rules, [...opening(), tx({ date: '2026-01-10', type: 'social_fund', member: 'eva', amount: 200 }), tx({ date: '2026-01-10', type: 'fine', member: 'eva', amount: 100, code: 'late' }), tx({ date: '2026-01-10', type: 'social_fund_grant', member: 'rosa', amount: 150 }), repay('rosa', 6_000, 120, '2026-02-10')]);
    expect(refused).toBeUndefined();
    expect(state.journal.map((j) => j.entries.reduce((s, e) => s + e.amount, 0))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(state.journal[2]!.entries).toEqual([{ account: 'loans:rosa', amount: 6_000 }, { account: 'cash:loan_fund', amount: -6_000 }]);
    expect(state.balances.get('interest_income')).toBe(-120);
    expect(loanFundValue(state)).toBe(10_000 + 100 + 120);
  });

  it('refuses a share purchase over the maximum per meeting, counting earlier lines of the same meeting', () => {
    expect(refusal([buy('rosa', 1)], [buy('rosa', 5)])).toEqual({ code: 'shares.over_maximum', index: 1, message: 'rosa would buy 6 shares at the meeting of 2026-01-10; the maximum is 5' });
    expect(refusal([buy('rosa', 5, '2026-02-10')], [buy('rosa', 5)])).toBeUndefined();
    expect(refusal([buy('rosa', 0)], [])?.code).toBe('shares.under_minimum');
  });

  it('refuses a loan over 3 × savings, over the fund, or to a member with an overdue loan', () => {
    expect(refusal([loan('rosa', 9_001)])).toEqual({ code: 'loan.over_limit', index: 3, message: "a loan of S/ 90.01 would bring rosa's loans to S/ 150.01; her limit is 3 × savings S/ 50.00 = S/ 150.00" });
    expect(refusal([loan('eva', 4_001)])?.message).toBe('a loan of S/ 40.01 is more than the loan fund holds (S/ 40.00)');
    expect(refusal([buy('rosa', 1, '2026-04-11'), loan('rosa', 100, '2026-04-11')])).toMatchObject({ code: 'loan.overdue', index: 4, message: 'rosa has a loan of 2026-01-10 overdue since 2026-04-10' });
  });

  it('charges interest monthly and wants it paid first, and refuses paying more than is owed', () => {
    expect(refusal([repay('rosa', 6_001, 0, '2026-01-20')])?.message).toBe('a repayment of S/ 60.01 principal is more than rosa owes (S/ 60.00)');
    expect(refusal([repay('rosa', 1_000, 100, '2026-02-10')])).toMatchObject({ code: 'repayment.interest_first', message: 'interest first: S/ 1.20 interest is due, only S/ 1.00 was paid before principal' });
    expect(refusal([repay('rosa', 0, 121, '2026-02-10')])?.message).toBe('interest of S/ 1.21 is more than the S/ 1.20 due');
    const { state, refused } = replay(rules, [...opening(), repay('rosa', 1_000, 120, '2026-02-10'), repay('rosa', 0, 100, '2026-03-10')]);
    expect(refused).toBeUndefined();
    expect(memberBook(state, 'rosa').loans).toMatchObject([{ principal: 5_000, interestDue: 0 }]);
  });

  it('refuses transactions in a closed cycle, out of order, and the social fund and fines off the rules', () => {
    expect(refusal([buy('eva', 1, '2027-01-05')])?.message).toBe('dated 2027-01-05, outside the cycle (2026-01-01 to 2026-12-31)');
    expect(refusal([buy('eva', 1, '2026-01-09')])?.code).toBe('date.out_of_order');
    expect(refusal([tx({ date: '2026-01-10', type: 'social_fund', member: 'eva', amount: 300 })])?.message).toBe('social-fund contribution of S/ 3.00; the rule is S/ 2.00');
    expect(refusal([tx({ date: '2026-01-10', type: 'fine', member: 'eva', amount: 100, code: 'noise' })])?.code).toBe('fine.unknown');
    expect(refusal([tx({ date: '2026-01-10', type: 'social_fund_grant', member: 'eva', amount: 1 })])?.code).toBe('social_fund.insufficient');
    const shareOut = tx({ date: '2026-12-20', type: 'share_out' });
    expect(refusal([shareOut])?.message).toBe('loans of S/ 60.00 are still outstanding; share out after they are repaid');
    expect(refusal([buy('eva', 1, '2026-12-21')], [buy('eva', 1), tx({ date: '2026-12-20', type: 'share_out' })])?.message).toBe('the cycle is closed: it was shared out on 2026-12-20');
  });

  it('shares out exactly the fund with the largest-remainder rule and keeps the social fund', () => {
    const { state, refused } = replay(rules, [buy('ana', 1), buy('eva', 2), tx({ date: '2026-01-10', type: 'fine', member: 'ana', amount: 1 }), tx({ date: '2026-01-10', type: 'social_fund', member: 'ana', amount: 200 }), tx({ date: '2026-12-20', type: 'share_out' })]);
    expect(refused).toBeUndefined();
    expect(state.shareOut?.payouts).toEqual([{ member: 'ana', shares: 1, payout: 1_000 }, { member: 'eva', shares: 2, payout: 2_001 }]);
    expect(state.balances.get('cash:loan_fund')).toBe(0);
    expect(state.balances.get('social_fund')).toBe(-200);
  });

  it('applies a client id once, refuses it reused for something else, and records cash differences', () => {
    const state = createLedger(rules);
    const first = buy('rosa', 2);
    expect(applyTransaction(state, first)).toMatchObject({ ok: true, isDuplicate: false });
    expect(applyTransaction(state, { ...first })).toEqual({ ok: true, entries: [], isDuplicate: true });
    expect(applyTransaction(state, { ...first, shares: 3 } as Transaction)).toMatchObject({ ok: false, rejection: { code: 'id.reused' } });
    expect(applyTransaction(state, tx({ date: '2026-01-10', type: 'cash_count', counted: 1_950 }))).toMatchObject({ ok: true, entries: [] });
    expect(state.cashCounts).toEqual([expect.objectContaining({ counted: 1_950, computed: 2_000, difference: -50 })]);
  });
});
