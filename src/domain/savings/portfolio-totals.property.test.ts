/**
 * Property tests of the savings figures a group and a lender read, over random books: portfolio
 * at risk stays between nothing and everything outstanding, grows as the date moves on and
 * shrinks as the grace period lengthens; a member's totals are never negative, and the members'
 * totals plus the group's own rows add up to the whole cycle (nothing counted twice or lost).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLedger, loansOutstanding } from './ledger-state.ts';
import type { Loan } from './loans.ts';
import { memberTotals, type MemberTotals } from './member-statement.ts';
import { portfolioAtRisk } from './portfolio.ts';
import { cycleRules } from './rules.ts';
import type { StoredTransaction } from './stored.ts';

const DAY = 86_400_000;
const date = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * DAY).toISOString().slice(0, 10);
const loan: fc.Arbitrary<Loan> = fc.record({ disbursedDay: fc.nat(300), termDays: fc.integer({ min: 30, max: 120 }), principal: fc.nat(2_000_000) })
  .map(({ disbursedDay, termDays, principal }) => ({ disbursed: date(disbursedDay), due: date(disbursedDay + termDays), principal, interestDue: 0, monthsCharged: 0 }));
const books = fc.array(fc.array(loan, { maxLength: 4 }), { maxLength: 6 });

function stateWith(loans: Loan[][]) {
  const state = createLedger(cycleRules({ shareValue: 500 }));
  loans.forEach((l, i) => state.members.set(`m${i}`, { shares: 0, meetingDate: '', meetingShares: 0, loans: l }));
  return state;
}

describe('portfolioAtRisk (random loan books)', () => {
  it('is between nothing and all principal outstanding, with a ratio in [0, 1]', () => {
    fc.assert(fc.property(books, fc.nat(500), fc.nat(90), (b, asOf, days) => {
      const state = stateWith(b);
      const p = portfolioAtRisk(state, date(asOf), days);
      expect(p.outstanding_cents).toBe(loansOutstanding(state));
      expect(p.at_risk_cents).toBeGreaterThanOrEqual(0);
      expect(p.at_risk_cents).toBeLessThanOrEqual(p.outstanding_cents);
      expect(p.ratio).toBeGreaterThanOrEqual(0);
      expect(p.ratio).toBeLessThanOrEqual(1);
    }));
  });

  it('never falls as the date moves on, and never rises as the grace period lengthens', () => {
    fc.assert(fc.property(books, fc.nat(500), fc.nat(200), fc.nat(90), fc.nat(90), (b, asOf, later, d1, d2) => {
      const state = stateWith(b);
      expect(portfolioAtRisk(state, date(asOf + later), d1).at_risk_cents).toBeGreaterThanOrEqual(portfolioAtRisk(state, date(asOf), d1).at_risk_cents);
      const [short, long] = d1 <= d2 ? [d1, d2] : [d2, d1];
      expect(portfolioAtRisk(state, date(asOf), long).at_risk_cents).toBeLessThanOrEqual(portfolioAtRisk(state, date(asOf), short).at_risk_cents);
    }));
  });
});

const TYPES = ['share_purchase', 'social_fund', 'fine', 'loan', 'repayment', 'social_fund_grant', 'share_out'] as const;
const row: fc.Arbitrary<StoredTransaction> = fc.record({
  id: fc.uuid(), held_on: fc.nat(300).map(date), type: fc.constantFrom(...TYPES), person_id: fc.option(fc.constantFrom('ana', 'eva', 'rosa'), { nil: null }),
  shares: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }), amount_cents: fc.option(fc.nat(1_000_000), { nil: null }),
  interest_cents: fc.option(fc.nat(100_000), { nil: null }), fine_code: fc.constant(null),
});

describe('memberTotals (random cycle rows)', () => {
  it('gives no negative figure, and savings are shares × share value', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('ana', 'eva', 'rosa'), (rows, value, person) => {
      const t = memberTotals(rows, person, value);
      for (const v of Object.values(t)) expect(v).toBeGreaterThanOrEqual(0);
      expect(t.savings_cents).toBe(t.shares * value);
      expect(t.loans_taken).toBe(rows.filter((r) => r.person_id === person && r.type === 'loan').length);
    }));
  });

  it('adds each member and the rows of no member up to the whole cycle', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 10_000 }), (rows, value) => {
      const whole = memberTotals(rows, null, value);
      const parts: MemberTotals[] = ['ana', 'eva', 'rosa'].map((p) => memberTotals(rows, p, value));
      const nobody = memberTotals(rows.filter((r) => r.person_id === null), null, value);
      for (const key of Object.keys(whole) as (keyof MemberTotals)[]) {
        expect(parts.reduce((a, p) => a + p[key], 0) + nobody[key], key).toBe(whole[key]);
      }
    }));
  });
});
