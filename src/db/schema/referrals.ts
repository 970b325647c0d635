/**
 * Confidential referrals of women who survived violence (issue 7 part 3). A referral names the
 * survivor either as a registry person or by an anonymous code (exactly one), classes the incident
 * in one of the six GBVIMS core types (docs/referrals.md), keeps the place to the district only,
 * and is readable only by its assigned case worker and supervisor. Consent is either recorded
 * (date and method) or overridden by a supervisor with a written reason; the database refuses a
 * referral with neither. Break-glass reads by admins and the supervisor notifications they raise
 * are kept here too; TOTP second factors of case-worker accounts live in `totp_factors`.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.ts';
import { people } from './registry.ts';
import { servicePoints } from './services-directory.ts';

export const INCIDENT_TYPES = ['rape', 'sexual_assault', 'physical_assault', 'forced_marriage', 'denial_of_resources', 'psychological_abuse'] as const;

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull().default(1),
    personId: uuid('person_id').references(() => people.id),
    /** A code the case worker gives a woman who is not (or does not want to be) in the registry. */
    anonymousCode: text('anonymous_code'),
    incidentType: text('incident_type').notNull(),
    incidentOn: date('incident_on').notNull(),
    /** UBIGEO district only: never an address or coordinates. */
    district: text('district').notNull(),
    status: text('status').notNull().default('open'),
    caseWorkerId: uuid('case_worker_id').notNull().references(() => users.id),
    supervisorId: uuid('supervisor_id').notNull().references(() => users.id),
    consentOn: date('consent_on'),
    /** verbal, written or thumbprint. */
    consentMethod: text('consent_method'),
    overrideReason: text('override_reason'),
    overrideBy: uuid('override_by').references(() => users.id),
    closingReason: text('closing_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referrals_case_worker_idx').on(t.caseWorkerId),
    index('referrals_supervisor_idx').on(t.supervisorId),
    check('referrals_survivor', sql`(person_id IS NULL) <> (anonymous_code IS NULL)`),
    check('referrals_type', sql`incident_type IN ('rape', 'sexual_assault', 'physical_assault', 'forced_marriage', 'denial_of_resources', 'psychological_abuse')`),
    check('referrals_district_format', sql`district ~ '^[0-9]{6}$'`),
    check('referrals_status', sql`status IN ('open', 'in_progress', 'closed')`),
    check('referrals_consent_method', sql`consent_method IS NULL OR consent_method IN ('verbal', 'written', 'thumbprint')`),
    check('referrals_consent', sql`(consent_on IS NOT NULL AND consent_method IS NOT NULL) OR (override_reason IS NOT NULL AND override_by IS NOT NULL)`),
    check('referrals_closed', sql`(status = 'closed') = (closing_reason IS NOT NULL AND closed_at IS NOT NULL)`),
  ],
);

/** Services a referral sends the woman to: a directory service point, or a named service outside it. */
export const referralServices = pgTable(
  'referral_services',
  {
    referralId: uuid('referral_id').notNull().references(() => referrals.id),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    servicePointId: uuid('service_point_id').references(() => servicePoints.id),
  },
  (t) => [primaryKey({ columns: [t.referralId, t.position] })],
);

export const referralFollowUps = pgTable(
  'referral_follow_ups',
  {
    id: uuid('id').primaryKey(),
    referralId: uuid('referral_id').notNull().references(() => referrals.id),
    happenedOn: date('happened_on').notNull(),
    note: text('note').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_follow_ups_referral_idx').on(t.referralId, t.happenedOn)],
);

/** An admin's emergency read of one referral, with the written reason she gave. */
export const referralBreakGlass = pgTable(
  'referral_break_glass',
  {
    id: uuid('id').primaryKey(),
    referralId: uuid('referral_id').notNull().references(() => referrals.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('referral_break_glass_referral_idx').on(t.referralId), check('referral_break_glass_reason', sql`length(trim(reason)) >= 20`)],
);

/** What a supervisor must know about her referrals (today: a break-glass read). */
export const referralNotifications = pgTable(
  'referral_notifications',
  {
    id: uuid('id').primaryKey(),
    recipientId: uuid('recipient_id').notNull().references(() => users.id),
    referralId: uuid('referral_id').notNull().references(() => referrals.id),
    kind: text('kind').notNull(),
    /** Who caused it and why, without anything about the woman. */
    message: text('message').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('referral_notifications_recipient_idx').on(t.recipientId, t.createdAt), check('referral_notifications_kind', sql`kind IN ('break_glass')`)],
);

/** A user's TOTP secret (RFC 6238); confirmed once she has entered one valid code. */
export const totpFactors = pgTable('totp_factors', {
  userId: uuid('user_id').primaryKey().references(() => users.id),
  /** Base32 secret; never logged, never in the audit log. */
  secret: text('secret').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  /** Last accepted 30-second step, so one code cannot be used twice. */
  lastStep: integer('last_step'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
