/** Report figures at a meeting: savings, loans, portfolio at risk on that date, women's shares. */
import { describe, expect, it } from 'vitest';
import { createLedger } from './ledger-state.ts';
import { replay } from './ledger.ts';
import { cycleRules } from './rules.ts';
import { figureColumns, groupFigures, memberPosition } from './report-rows.ts';

const rules = cycleRules({ shareValue: 1_000, loanTermMonths: 1 });

describe('savings report figures', () => {
  it('gives savings, loans, portfolio at risk on the date and women among members and officers', () => {
    const { state, refused } = replay(rules, [
      { id: 'a', date: '2026-01-10', type: 'share_purchase', member: 'rosa', shares: 5 },
      { id: 'b', date: '2026-01-10', type: 'share_purchase', member: 'eva', shares: 3 },
      { id: 'c', date: '2026-01-10', type: 'loan', member: 'rosa', amount: 4_000 },
      { id: 'd', date: '2026-01-10', type: 'social_fund', member: 'eva', amount: 300 },
    ], createLedger(rules));
    expect(refused).toBeUndefined();
    const women = { members: 4, members_women: 3, officers: 3, officers_women: 2 };
    expect(groupFigures(state, '2026-02-15', women)).toMatchObject({ total_savings_cents: 8_000, loans_outstanding_cents: 4_000, fund_cents: 8_000, social_fund_cents: 300, portfolio_at_risk_30: { at_risk_cents: 0 } });
    const late = groupFigures(state, '2026-03-15', women);
    expect(late.portfolio_at_risk_30).toEqual({ at_risk_cents: 4_000, outstanding_cents: 4_000, ratio: 1 });
    expect(figureColumns(late)).toMatchObject({ total_savings_pen: 80, par30_pen: 40, par30_ratio: 1, women_members_share: 0.75, women_officers_share: 0.6667 });
    expect(memberPosition(state, 'rosa')).toEqual({ shares: 5, savings_cents: 5_000, loans_outstanding_cents: 4_000 });
    expect(memberPosition(state, 'nobody')).toEqual({ shares: 0, savings_cents: 0, loans_outstanding_cents: 0 });
  });
});
