/**
 * The meeting a treasurer fills in on her phone: the request it becomes (ids made once, kinds in
 * the order the group counts them) and the rules caught before saving, with the server's own
 * ledger code: a purchase over the maximum, a loan over the limit, a repayment over what is owed,
 * and the cash the box should hold.
 */
import { describe, expect, it } from 'vitest';
import type { SavingsCycleReport } from '../../src/contracts/savings.ts';
import { checkMeeting } from './meeting-checks.ts';
import { draftLines, emptyDraft, meetingRequest, unreadableAmounts, type MeetingDraft } from './meeting-draft.ts';
import { formatSoles, parseSoles } from './money.ts';

const ROSA = '01936b2e-0000-7000-8000-000000000001';
const EVA = '01936b2e-0000-7000-8000-000000000002';
const RULES = {
  starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 1000, min_shares_per_meeting: 1, max_shares_per_meeting: 5,
  monthly_interest_bp: 200, max_loan_multiple: 3, loan_term_months: 3, social_fund_cents: 200, fines: [{ code: 'late', amount: 100 }],
};
const REPORT: SavingsCycleReport = {
  cycle_id: '01936b2e-0000-7000-8000-0000000000c1', group_id: '01936b2e-0000-7000-8000-0000000000a1', rules: RULES,
  fund_cents: 10_000, loan_fund_cash_cents: 7_000, loans_outstanding_cents: 3_000, social_fund_cents: 800, total_shares: 10,
  cash_counts: [], closed: false,
  members: [
    { person_id: ROSA, shares: 4, savings_cents: 4_000, loans_outstanding_cents: 3_000, shareout_cents: null },
    { person_id: EVA, shares: 6, savings_cents: 6_000, loans_outstanding_cents: 0, shareout_cents: null },
  ],
  portfolio_at_risk_30: { at_risk_cents: 0, outstanding_cents: 3_000, ratio: 0 },
  women: { members: 2, members_women: 2, officers: 0, officers_women: 0 },
};

function draft(edit: (d: MeetingDraft) => void): MeetingDraft {
  const d = emptyDraft('2026-03-08', [ROSA, EVA]);
  edit(d);
  return d;
}
const check = (d: MeetingDraft, pending: Parameters<typeof checkMeeting>[0]['pending'] = []) =>
  checkMeeting({ report: REPORT, lastMeeting: '2026-03-01', pending, heldOn: d.heldOn, lines: draftLines(d, [ROSA, EVA], RULES) });

describe('money as typed', () => {
  it('reads soles to céntimos without floats, and refuses what is not an amount', () => {
    expect(parseSoles('12,5')).toBe(1250);
    expect(parseSoles(' 0.07 ')).toBe(7);
    expect(parseSoles('')).toBeUndefined();
    expect(parseSoles('1.234')).toBeNull();
    expect(parseSoles('-3')).toBeNull();
    expect(formatSoles(123456)).toBe('S/ 1,234.56');
    expect(formatSoles(-5)).toBe('−S/ 0.05');
  });
});

describe('meeting request', () => {
  it('lists transactions by kind, members in book order, with ids made once', () => {
    const d = draft((x) => {
      x.members[EVA] = { ...x.members[EVA]!, present: true, shares: 2, loan: '50', socialFund: true };
      x.members[ROSA] = { ...x.members[ROSA]!, present: true, shares: 1, interest: '0.60', principal: '10', fineCode: 'late' };
      x.cashCounted = '151.60';
    });
    let n = 0;
    const body = meetingRequest({ cycleId: REPORT.cycle_id, draft: d, memberOrder: [ROSA, EVA], rules: RULES, newId: () => `id-${++n}` });
    expect(body.present).toEqual([ROSA, EVA]);
    expect(body.cash_counted_cents).toBe(15_160);
    expect(body.transactions.map((t) => [t.id, t.type, t.person_id === ROSA ? 'rosa' : 'eva'])).toEqual([
      ['id-1', 'share_purchase', 'rosa'], ['id-2', 'share_purchase', 'eva'], ['id-3', 'social_fund', 'eva'], ['id-4', 'fine', 'rosa'],
      ['id-5', 'repayment', 'rosa'], ['id-6', 'loan', 'eva'],
    ]);
    expect(body.transactions[4]).toMatchObject({ amount_cents: 1_000, interest_cents: 60 });
    expect(body.transactions[3]).toMatchObject({ amount_cents: 100, fine_code: 'late' });
    expect(body.transactions[2]).toMatchObject({ amount_cents: 200 });
  });

  it('names the fields whose text is not an amount', () => {
    expect(unreadableAmounts(draft((x) => { x.members[EVA]!.loan = '5o'; }))).toEqual([{ personId: EVA, field: 'loan' }]);
  });
});

describe('rules checked on the phone', () => {
  it('passes a good meeting and computes the cash the box should hold', () => {
    const d = draft((x) => { x.members[ROSA]!.shares = 2; x.members[EVA]!.socialFund = true; x.members[EVA]!.loan = '80'; });
    const result = check(d);
    expect(result.warnings).toEqual([]);
    expect(result.openingCash).toBe(7_800);
    expect(result.computedCash).toBe(7_800 + 2_000 + 200 - 8_000);
  });

  it('warns of a purchase over the maximum, a loan over the limit and a repayment over what is owed', () => {
    const d = draft((x) => {
      x.members[ROSA]!.shares = 6;
      x.members[ROSA]!.principal = '40';
      x.members[EVA]!.loan = '180.01';
    });
    expect(check(d).warnings).toEqual([
      { personId: ROSA, field: 'shares', code: 'shares.over_maximum' },
      { personId: ROSA, field: 'principal', code: 'repayment.over_owed' },
      { personId: EVA, field: 'loan', code: 'loan.over_limit' },
    ]);
  });

  it('counts the shares bought at the same meeting before the loan, and meetings still in the outbox', () => {
    // Eva has 6 shares (S/ 60, limit S/ 180); 2 more today make the limit S/ 240.
    expect(check(draft((x) => { x.members[EVA]!.shares = 2; x.members[EVA]!.loan = '70'; })).warnings).toEqual([]);
    const pending = [{ held_on: '2026-03-05', transactions: [{ id: 'p1', type: 'loan' as const, person_id: EVA, amount_cents: 6_000 }] }];
    expect(check(draft((x) => { x.members[EVA]!.loan = '120.01'; }), pending).warnings.map((w) => w.code)).toEqual(['loan.over_limit']);
  });

  it('warns of a meeting dated before the last one the server has', () => {
    const d = draft((x) => { x.heldOn = '2026-02-20'; x.members[ROSA]!.shares = 1; });
    expect(check(d).warnings.map((w) => w.code)).toEqual(['date.out_of_order']);
  });
});
