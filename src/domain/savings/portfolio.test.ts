/** Portfolio at risk counts only principal more than 30 days past due, on the date asked. */
import { describe, expect, it } from 'vitest';
import { replay } from './ledger.ts';
import { portfolioAtRisk } from './portfolio.ts';
import { cycleRules } from './rules.ts';

describe('portfolio at risk', () => {
  it('counts principal more than 30 days past its due date', () => {
    const rules = cycleRules({ shareValue: 1_000, loanTermMonths: 1 });
    const { state } = replay(rules, [
      { id: '1', date: '2026-01-10', type: 'share_purchase', member: 'ana', shares: 5 },
      { id: '2', date: '2026-01-10', type: 'share_purchase', member: 'eva', shares: 5 },
      { id: '3', date: '2026-01-10', type: 'loan', member: 'ana', amount: 3_000 },
      { id: '4', date: '2026-02-01', type: 'loan', member: 'eva', amount: 1_000 },
    ]);
    expect(portfolioAtRisk(state, '2026-03-12')).toEqual({ at_risk_cents: 0, outstanding_cents: 4_000, ratio: 0 });
    expect(portfolioAtRisk(state, '2026-03-13')).toEqual({ at_risk_cents: 3_000, outstanding_cents: 4_000, ratio: 0.75 });
    expect(portfolioAtRisk(state, '2026-04-10').at_risk_cents).toBe(4_000);
    expect(portfolioAtRisk(replay(rules, []).state, '2026-04-10')).toEqual({ at_risk_cents: 0, outstanding_cents: 0, ratio: 0 });
  });
});
