/**
 * A meeting as the treasurer fills it in on her phone, and the request it becomes. One line
 * per member of the book: present or not, shares bought, social fund, a fine, a repayment
 * (interest and principal, interest first), a loan and a social-fund grant; then the cash
 * counted. The request lists the transactions by kind (shares, social fund, fines, repayments,
 * loans, grants) so that a loan is checked against the savings and cash of the same meeting,
 * as the group counts them. Transaction ids are made once, when the meeting is saved to the
 * outbox, so every resend carries the same ids and the server records each once. Pure.
 */
import type { SavingsMeetingInput, SavingsTransactionInput } from '../../src/contracts/savings.ts';
import { parseSoles } from './money.ts';

export interface MemberDraft {
  present: boolean;
  shares: number;
  /** Paid the social-fund contribution (the cycle's fixed amount), or the amount typed when it has none. */
  socialFund: boolean;
  socialFundAmount: string;
  fineCode: string;
  fineAmount: string;
  interest: string;
  principal: string;
  loan: string;
  grant: string;
}

export interface MeetingDraft {
  heldOn: string;
  members: Record<string, MemberDraft>;
  cashCounted: string;
}

export interface DraftRules {
  social_fund_cents: number | null;
  fines: { code: string; amount: number }[];
}

export const EMPTY_MEMBER: MemberDraft = {
  present: false, shares: 0, socialFund: false, socialFundAmount: '', fineCode: '', fineAmount: '', interest: '', principal: '', loan: '', grant: '',
};

export function emptyDraft(heldOn: string, memberIds: readonly string[]): MeetingDraft {
  return { heldOn, members: Object.fromEntries(memberIds.map((id) => [id, { ...EMPTY_MEMBER }])), cashCounted: '' };
}

/** A transaction without its id yet, with the member it belongs to and the field it came from. */
export type DraftLine = Omit<SavingsTransactionInput, 'id'> & { field: keyof MemberDraft };

const ORDER: SavingsTransactionInput['type'][] = ['share_purchase', 'social_fund', 'fine', 'repayment', 'loan', 'social_fund_grant'];

/** Fields whose text is not an amount, by member (shown on the field; nothing is saved until fixed). */
export function unreadableAmounts(draft: MeetingDraft): { personId: string; field: keyof MemberDraft }[] {
  const fields: (keyof MemberDraft)[] = ['socialFundAmount', 'fineAmount', 'interest', 'principal', 'loan', 'grant'];
  return Object.entries(draft.members).flatMap(([personId, m]) =>
    fields.filter((f) => parseSoles(String(m[f])) === null).map((field) => ({ personId, field })));
}

/** The member's lines, in the order above (empty amounts are no transaction). */
function memberLines(personId: string, m: MemberDraft, rules: DraftRules): DraftLine[] {
  const lines: DraftLine[] = [];
  const cents = (text: string) => parseSoles(text) ?? undefined;
  if (m.shares > 0) lines.push({ type: 'share_purchase', person_id: personId, shares: m.shares, field: 'shares' });
  const social = rules.social_fund_cents !== null ? (m.socialFund ? rules.social_fund_cents : undefined) : cents(m.socialFundAmount);
  if (social) lines.push({ type: 'social_fund', person_id: personId, amount_cents: social, field: rules.social_fund_cents !== null ? 'socialFund' : 'socialFundAmount' });
  const listed = rules.fines.find((f) => f.code === m.fineCode);
  if (listed) lines.push({ type: 'fine', person_id: personId, amount_cents: listed.amount, fine_code: listed.code, field: 'fineCode' });
  else if (cents(m.fineAmount)) lines.push({ type: 'fine', person_id: personId, amount_cents: cents(m.fineAmount)!, field: 'fineAmount' });
  const interest = cents(m.interest) ?? 0;
  const principal = cents(m.principal) ?? 0;
  if (interest + principal > 0) lines.push({ type: 'repayment', person_id: personId, amount_cents: principal, interest_cents: interest, field: principal > 0 ? 'principal' : 'interest' });
  if (cents(m.loan)) lines.push({ type: 'loan', person_id: personId, amount_cents: cents(m.loan)!, field: 'loan' });
  if (cents(m.grant)) lines.push({ type: 'social_fund_grant', person_id: personId, amount_cents: cents(m.grant)!, field: 'grant' });
  return lines;
}

/** Every transaction of the meeting, members in book order within each kind. */
export function draftLines(draft: MeetingDraft, memberOrder: readonly string[], rules: DraftRules): DraftLine[] {
  const all = memberOrder.flatMap((id) => (draft.members[id] ? memberLines(id, draft.members[id], rules) : []));
  return ORDER.flatMap((type) => all.filter((line) => line.type === type));
}

/** The request the outbox will send, with a fresh id per transaction (made now, kept forever). */
export function meetingRequest(opts: { cycleId: string; draft: MeetingDraft; memberOrder: readonly string[]; rules: DraftRules; newId: () => string }): SavingsMeetingInput {
  const { cycleId, draft, memberOrder, rules, newId } = opts;
  const transactions = draftLines(draft, memberOrder, rules).map(({ field: _field, ...line }) => ({ id: newId(), ...line }));
  const counted = parseSoles(draft.cashCounted);
  return {
    cycle_id: cycleId,
    held_on: draft.heldOn,
    present: memberOrder.filter((id) => draft.members[id]?.present),
    transactions,
    ...(typeof counted === 'number' ? { cash_counted_cents: counted } : {}),
  };
}
