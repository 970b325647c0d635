/**
 * Savings groups on the wire: a group of an organisation with its members and officers, a
 * cycle with its rules, and a meeting as the treasurer's phone sends it — attendance, the
 * meeting's transactions (each with a client-made id, so a resend from the offline outbox
 * records once) and the cash counted. Money is integer céntimos, interest basis points a month
 * (docs/savings.md). The ledger rules themselves are checked by src/domain/savings.
 */
import { z } from 'zod';
import { FileName, SafeText, Uuid } from './common.ts';
import { IsoDate } from './registry.ts';

export const OFFICER_ROLES = ['chair', 'treasurer', 'secretary', 'key_holder', 'money_counter'] as const;
export const SAVINGS_TRANSACTION_TYPES = ['share_purchase', 'social_fund', 'fine', 'loan', 'repayment', 'social_fund_grant', 'share_out'] as const;
export type SavingsTransactionType = (typeof SAVINGS_TRANSACTION_TYPES)[number];

const Cents = z.number().int().min(0).max(1_000_000_000);

export const SavingsGroupInput = z.strictObject({
  id: Uuid.optional(),
  organisation_id: Uuid,
  name: SafeText(160).pipe(z.string().min(1, 'is required')),
  constitution: SafeText(4000).optional(),
});
export type SavingsGroupInput = z.infer<typeof SavingsGroupInput>;

export const SavingsMemberInput = z.strictObject({ person_id: Uuid, joined_on: IsoDate });
export type SavingsMemberInput = z.infer<typeof SavingsMemberInput>;

export const SavingsOfficerInput = z.strictObject({ id: Uuid.optional(), person_id: Uuid, role: z.enum(OFFICER_ROLES), from_date: IsoDate });
export type SavingsOfficerInput = z.infer<typeof SavingsOfficerInput>;

export const SavingsCycleInput = z.strictObject({
  id: Uuid.optional(),
  group_id: Uuid,
  starts_on: IsoDate,
  ends_on: IsoDate,
  share_value_cents: Cents.min(1),
  min_shares_per_meeting: z.number().int().min(1).max(100).default(1),
  max_shares_per_meeting: z.number().int().min(1).max(100).default(5),
  monthly_interest_bp: z.number().int().min(0).max(10_000).optional(),
  max_loan_multiple: z.number().int().min(0).max(20).default(3),
  loan_term_months: z.number().int().min(1).max(24).default(3),
  social_fund_cents: Cents.optional(),
  fines: z.array(z.strictObject({ code: SafeText(40).pipe(z.string().min(1)), amount: Cents.min(1) })).max(30).default([]),
});
export type SavingsCycleInput = z.infer<typeof SavingsCycleInput>;

export const SavingsTransactionInput = z.strictObject({
  /** Made by the phone: sending the same id again records nothing new. */
  id: Uuid,
  type: z.enum(SAVINGS_TRANSACTION_TYPES),
  person_id: Uuid.optional(),
  shares: z.number().int().min(1).max(100).optional(),
  /** Céntimos; for a repayment the principal. */
  amount_cents: Cents.optional(),
  interest_cents: Cents.optional(),
  fine_code: SafeText(40).optional(),
});
export type SavingsTransactionInput = z.infer<typeof SavingsTransactionInput>;

export const SavingsMeetingInput = z.strictObject({
  cycle_id: Uuid,
  held_on: IsoDate,
  /** Members present; the others are recorded absent. */
  present: z.array(Uuid).max(200).default([]),
  transactions: z.array(SavingsTransactionInput).max(500),
  cash_counted_cents: Cents.optional(),
});
export type SavingsMeetingInput = z.infer<typeof SavingsMeetingInput>;

export const SavingsMemberBalance = z.object({
  person_id: Uuid,
  shares: z.number().int(),
  savings_cents: z.number().int(),
  loans_outstanding_cents: z.number().int(),
  shareout_cents: z.number().int().nullable(),
});

/** A cycle's rules as stored (what the meeting screen checks offline before the server does). */
export const SavingsCycleRules = z.object({
  starts_on: z.string(), ends_on: z.string(), share_value_cents: z.number().int(),
  min_shares_per_meeting: z.number().int(), max_shares_per_meeting: z.number().int(), monthly_interest_bp: z.number().int().nullable(),
  max_loan_multiple: z.number().int(), loan_term_months: z.number().int(), social_fund_cents: z.number().int().nullable(),
  fines: z.array(z.object({ code: z.string(), amount: z.number().int() })),
});
export type SavingsCycleRules = z.infer<typeof SavingsCycleRules>;

export const SavingsCycleReport = z.object({
  cycle_id: Uuid,
  group_id: Uuid,
  rules: SavingsCycleRules,
  fund_cents: z.number().int(),
  loan_fund_cash_cents: z.number().int(),
  loans_outstanding_cents: z.number().int(),
  social_fund_cents: z.number().int(),
  total_shares: z.number().int(),
  cash_counts: z.array(z.object({ date: z.string(), counted_cents: z.number().int(), computed_cents: z.number().int(), difference_cents: z.number().int() })),
  members: z.array(SavingsMemberBalance),
  closed: z.boolean(),
  /** Principal of loans more than 30 days past due, on the day of the report. */
  portfolio_at_risk_30: z.object({ at_risk_cents: z.number().int(), outstanding_cents: z.number().int(), ratio: z.number() }),
  /** Women among the group's current members and officers. */
  women: z.object({ members: z.number().int(), members_women: z.number().int(), officers: z.number().int(), officers_women: z.number().int() }),
});
export type SavingsCycleReport = z.infer<typeof SavingsCycleReport>;

export const SavingsGroupOutput = z.object({ id: Uuid, organisation_id: Uuid, name: z.string(), constitution: z.string() });
export const SavingsGroupEnvelope = z.object({ group: SavingsGroupOutput });
/** Members' person ids in book order (the share-out tie-break). */
export const SavingsMemberList = z.object({ group_id: Uuid, members: z.array(Uuid) });
export const SavingsOfficerAck = z.object({ group_id: Uuid, person_id: Uuid, role: z.enum(OFFICER_ROLES) });

/** One member's record in a cycle (her own statement; the income statement of issue 3 can cite it). */
export const SavingsMemberStatement = z.object({
  cycle_id: Uuid, person_id: Uuid, starts_on: z.string(), ends_on: z.string(),
  shares: z.number().int(), savings_cents: z.number().int(), loans_taken: z.number().int(), loans_taken_cents: z.number().int(),
  principal_repaid_cents: z.number().int(), interest_paid_cents: z.number().int(), loans_outstanding_cents: z.number().int(), interest_due_cents: z.number().int(),
  social_fund_paid_cents: z.number().int(), social_fund_received_cents: z.number().int(), fines_cents: z.number().int(),
  meetings: z.number().int(), meetings_present: z.number().int(), meetings_with_attendance: z.number().int(),
});
export type SavingsMemberStatement = z.infer<typeof SavingsMemberStatement>;
export const SavingsStatementParams = z.object({ id: Uuid, person_id: Uuid });

export const SavingsImportQuery = z.object({ file_name: FileName().default('ledger.csv') });
/** The cycle's balances after an import, and how many transactions were new. */
export const SavingsImportResult = SavingsCycleReport.extend({ imported: z.number().int() });

/** A group in the list a screen starts from: its book's size and the cycle now open (null between cycles). */
export const SavingsGroupListItem = SavingsGroupOutput.extend({ members: z.number().int(), open_cycle_id: Uuid.nullable() });
export const SavingsGroupList = z.object({ groups: z.array(SavingsGroupListItem) });

/**
 * A group with its book, officers and cycles, for meeting entry.
 * @example { group: { id, name, … }, members: [{ person_id, name: 'Rosa Quispe', member_number: 1, … }], officers: [{ role: 'treasurer', … }], cycles: [{ id, closed: false, … }] }
 */
export const SavingsGroupDetail = z.object({
  group: SavingsGroupOutput,
  members: z.array(z.object({ person_id: Uuid, name: z.string(), member_number: z.number().int(), joined_on: z.string(), left_on: z.string().nullable() })),
  officers: z.array(z.object({ id: Uuid, person_id: Uuid, role: z.enum(OFFICER_ROLES), from_date: z.string(), to_date: z.string().nullable() })),
  cycles: z.array(z.object({ id: Uuid, starts_on: z.string(), ends_on: z.string(), share_value_cents: z.number().int(), closed: z.boolean() })),
});
export type SavingsGroupDetail = z.infer<typeof SavingsGroupDetail>;

/** A cycle's meetings by date: attendance and the cash counted against the computed balance (difference = counted − computed). */
export const SavingsMeetingList = z.object({
  cycle_id: Uuid,
  meetings: z.array(z.object({
    id: Uuid, held_on: z.string(), present: z.number().int(),
    cash_counted_cents: z.number().int().nullable(), cash_computed_cents: z.number().int().nullable(), difference_cents: z.number().int().nullable(),
  })),
});
export type SavingsMeetingList = z.infer<typeof SavingsMeetingList>;

/**
 * Closing a cycle: with a share-out (the `share_out` transaction with its client id, at the
 * meeting of `held_on`) or without one (the books stop as they are; refused while loans are
 * outstanding, since no repayment could be recorded after).
 * @example { share_out: true, id: '0190…', held_on: '2026-12-15' } or { share_out: false }
 */
export const SavingsCloseInput = z.discriminatedUnion('share_out', [
  z.strictObject({ share_out: z.literal(true), id: Uuid, held_on: IsoDate }),
  z.strictObject({ share_out: z.literal(false) }),
]);
export type SavingsCloseInput = z.infer<typeof SavingsCloseInput>;

/** `?format=` of a savings report or statement: JSON, or a download as CSV, XLSX or PDF (`lang` words the PDF). */
export const SavingsReportQuery = z.object({ format: z.enum(['json', 'csv', 'xlsx', 'pdf']).default('json'), lang: z.enum(['es', 'en']).default('es') });
export type SavingsReportQuery = z.infer<typeof SavingsReportQuery>;

const Ratio = z.number().min(0).max(1);
/** A group's position at a date: savings, loans, portfolio at risk over 30 days on that date, women among members and officers. */
export const SavingsGroupFigures = z.object({
  total_shares: z.number().int(), total_savings_cents: z.number().int(), loans_outstanding_cents: z.number().int(),
  fund_cents: z.number().int(), social_fund_cents: z.number().int(),
  portfolio_at_risk_30: z.object({ at_risk_cents: z.number().int(), outstanding_cents: z.number().int(), ratio: Ratio }),
  women: z.object({ members: z.number().int(), members_women: z.number().int(), officers: z.number().int(), officers_women: z.number().int(), members_share: Ratio, officers_share: Ratio }),
});
const Flows = z.object({
  shares: z.number().int(), savings_cents: z.number().int(), loans_taken: z.number().int(), loans_taken_cents: z.number().int(), principal_repaid_cents: z.number().int(),
  interest_paid_cents: z.number().int(), social_fund_paid_cents: z.number().int(), social_fund_received_cents: z.number().int(), fines_cents: z.number().int(),
});

/**
 * The group report of a cycle: each meeting (what moved, the position after it, women on that
 * date, the cash count) and the cycle as of `as_of` (today, or the cycle's end if earlier).
 */
export const SavingsGroupReport = z.object({
  cycle_id: Uuid, group_id: Uuid, group_name: z.string(), starts_on: z.string(), ends_on: z.string(), share_value_cents: z.number().int(), closed: z.boolean(), as_of: z.string(),
  cycle: SavingsGroupFigures.extend({ flows: Flows }),
  meetings: z.array(SavingsGroupFigures.extend({
    held_on: z.string(), present: z.number().int(), flows: Flows,
    cash_counted_cents: z.number().int().nullable(), cash_computed_cents: z.number().int().nullable(), difference_cents: z.number().int().nullable(),
  })),
});
export type SavingsGroupReport = z.infer<typeof SavingsGroupReport>;
