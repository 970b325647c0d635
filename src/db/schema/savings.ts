/**
 * Savings groups (community banks, issue 8): a group of an organisation, its members (people of
 * the registry) and officers, cycles with their constitution rules, meetings with attendance
 * and the cash count, and the transactions of each meeting. The ledger rules live in
 * src/domain/savings (pure); these tables store what was recorded so it can be replayed.
 * Money is integer céntimos (bigint); interest is basis points a month. A transaction's id is
 * made by the treasurer's phone, so a resend from the offline outbox records it once.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './accounts.ts';
import { people } from './registry.ts';

const cents = (name: string) => bigint(name, { mode: 'number' });

export const savingsGroups = pgTable('savings_groups', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
  name: text('name').notNull(),
  /** The group's constitution as agreed (free text, kept with the rules of each cycle). */
  constitution: text('constitution').notNull().default(''),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  archivedAt: timestamp('archived_at', { withTimezone: true }),
});

export const savingsGroupMembers = pgTable(
  'savings_group_members',
  {
    groupId: uuid('group_id').notNull().references(() => savingsGroups.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** Order in the group's book: the tie-break of the share-out remainder rule. */
    position: integer('position').notNull(),
    joinedOn: date('joined_on').notNull(),
    leftOn: date('left_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.personId] }), unique('savings_group_members_position').on(t.groupId, t.position), index('savings_group_members_person_idx').on(t.personId)],
);

export const savingsGroupOfficers = pgTable(
  'savings_group_officers',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => savingsGroups.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    role: text('role').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('savings_group_officers_role', sql`role IN ('chair', 'treasurer', 'secretary', 'key_holder', 'money_counter')`), index('savings_group_officers_group_idx').on(t.groupId)],
);

export const savingsCycles = pgTable(
  'savings_cycles',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id').notNull().references(() => savingsGroups.id),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    shareValueCents: cents('share_value_cents').notNull(),
    minSharesPerMeeting: integer('min_shares_per_meeting').notNull().default(1),
    maxSharesPerMeeting: integer('max_shares_per_meeting').notNull().default(5),
    monthlyInterestBp: integer('monthly_interest_bp'),
    maxLoanMultiple: integer('max_loan_multiple').notNull().default(3),
    loanTermMonths: integer('loan_term_months').notNull().default(3),
    socialFundCents: cents('social_fund_cents'),
    /** [{ code, amount }] in céntimos: the group's fines list for this cycle. */
    fines: jsonb('fines').notNull().default([]),
    /** Social fund carried over from the previous cycle, céntimos. */
    socialFundOpeningCents: cents('social_fund_opening_cents').notNull().default(0),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('savings_cycles_dates', sql`ends_on >= starts_on`),
    check('savings_cycles_share_value', sql`share_value_cents > 0`),
    check('savings_cycles_shares', sql`min_shares_per_meeting >= 1 AND max_shares_per_meeting >= min_shares_per_meeting`),
    check('savings_cycles_rules', sql`(monthly_interest_bp IS NULL OR monthly_interest_bp >= 0) AND max_loan_multiple >= 0 AND loan_term_months >= 1`),
    index('savings_cycles_group_idx').on(t.groupId, t.startsOn),
  ],
);

export const savingsMeetings = pgTable(
  'savings_meetings',
  {
    id: uuid('id').primaryKey(),
    cycleId: uuid('cycle_id').notNull().references(() => savingsCycles.id),
    heldOn: date('held_on').notNull(),
    /** Cash counted in the box at the end of the meeting, céntimos; the difference with the computed balance is kept, never hidden. */
    cashCountedCents: cents('cash_counted_cents'),
    cashComputedCents: cents('cash_computed_cents'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('savings_meetings_cycle_date').on(t.cycleId, t.heldOn)],
);

export const savingsAttendance = pgTable(
  'savings_attendance',
  {
    meetingId: uuid('meeting_id').notNull().references(() => savingsMeetings.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    present: boolean('present').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personId] })],
);

export const savingsTransactions = pgTable(
  'savings_transactions',
  {
    /** Made by the treasurer's phone (client transaction id): a resend records once. */
    id: uuid('id').primaryKey(),
    cycleId: uuid('cycle_id').notNull().references(() => savingsCycles.id),
    meetingId: uuid('meeting_id').notNull().references(() => savingsMeetings.id),
    /** Order of entry within the cycle; the ledger is replayed in this order. */
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    personId: uuid('person_id').references(() => people.id),
    shares: integer('shares'),
    amountCents: cents('amount_cents'),
    interestCents: cents('interest_cents'),
    fineCode: text('fine_code'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('savings_transactions_type', sql`type IN ('share_purchase', 'social_fund', 'fine', 'loan', 'repayment', 'social_fund_grant', 'share_out')`),
    check('savings_transactions_amounts', sql`(shares IS NULL OR shares > 0) AND (amount_cents IS NULL OR amount_cents >= 0) AND (interest_cents IS NULL OR interest_cents >= 0)`),
    unique('savings_transactions_seq').on(t.cycleId, t.seq),
    index('savings_transactions_person_idx').on(t.personId),
  ],
);
