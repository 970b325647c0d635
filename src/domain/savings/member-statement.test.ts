/** A member's totals count only her own rows, principal and interest apart. */
import { describe, expect, it } from 'vitest';
import { memberTotals } from './member-statement.ts';
import type { StoredTransaction } from './stored.ts';

const row = (type: StoredTransaction['type'], person: string, extra: Partial<StoredTransaction> = {}): StoredTransaction => ({
  id: `${type}-${person}-${Math.random()}`, held_on: '2026-01-10', type, person_id: person, shares: null, amount_cents: null, interest_cents: null, fine_code: null, ...extra,
});

describe('member totals', () => {
  it('sums savings, loans, repayments, social fund and fines of one member', () => {
    const rows = [
      row('share_purchase', 'rosa', { shares: 3 }), row('share_purchase', 'eva', { shares: 5 }), row('share_purchase', 'rosa', { shares: 2 }),
      row('loan', 'rosa', { amount_cents: 6_000 }), row('repayment', 'rosa', { amount_cents: 2_000, interest_cents: 120 }),
      row('social_fund', 'rosa', { amount_cents: 200 }), row('social_fund_grant', 'rosa', { amount_cents: 150 }), row('fine', 'rosa', { amount_cents: 50 }),
    ];
    expect(memberTotals(rows, 'rosa', 1_000)).toEqual({
      shares: 5, savings_cents: 5_000, loans_taken: 1, loans_taken_cents: 6_000, principal_repaid_cents: 2_000, interest_paid_cents: 120,
      social_fund_paid_cents: 200, social_fund_received_cents: 150, fines_cents: 50,
    });
  });
});
