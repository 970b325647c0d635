/**
 * Trainings: programmes and their modules, sessions where a module is taught, who is enrolled
 * in a programme, who attended which session, and the certificates issued when a person has
 * attended enough of a programme's modules. A certificate carries a random verification code
 * (like an income statement) read by the public /verify page, and is voided, never deleted.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './accounts.ts';
import { places } from './places.ts';
import { people } from './registry.ts';

export const trainingProgrammes = pgTable(
  'training_programmes',
  {
    id: uuid('id').primaryKey(),
    /** Set on programmes loaded from data/programmes: loading the templates again updates them. */
    templateKey: text('template_key').unique(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** Completion rule: the share of the programme's modules a person must have attended. */
    minModuleShare: numeric('min_module_share', { precision: 4, scale: 3, mode: 'number' }).notNull().default(0.75),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [check('training_programmes_share', sql`min_module_share > 0 AND min_module_share <= 1`)],
);

export const trainingModules = pgTable(
  'training_modules',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id').notNull().references(() => trainingProgrammes.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
  },
  (t) => [unique('training_modules_position').on(t.programmeId, t.position)],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey(),
    programmeId: uuid('programme_id').notNull().references(() => trainingProgrammes.id),
    moduleId: uuid('module_id').notNull().references(() => trainingModules.id),
    heldOn: date('held_on').notNull(),
    district: text('district').references(() => places.code),
    place: text('place').notNull().default(''),
    facilitator: text('facilitator').notNull(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_sessions_programme_idx').on(t.programmeId, t.heldOn), index('training_sessions_held_on_idx').on(t.heldOn)],
);

export const trainingEnrolments = pgTable(
  'training_enrolments',
  {
    programmeId: uuid('programme_id').notNull().references(() => trainingProgrammes.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    enrolledOn: date('enrolled_on').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.personId] }), index('training_enrolments_person_idx').on(t.personId)],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    /** Made by the phone that took the attendance: a resend of the same mark changes nothing. */
    id: uuid('id').primaryKey(),
    sessionId: uuid('session_id').notNull().references(() => trainingSessions.id),
    personId: uuid('person_id').notNull().references(() => people.id),
    present: boolean('present').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('training_attendance_session_person').on(t.sessionId, t.personId), index('training_attendance_person_idx').on(t.personId)],
);

export const trainingCertificates = pgTable(
  'training_certificates',
  {
    id: uuid('id').primaryKey(),
    /** Random, 100 bits, the key of the public /verify page (shared with income statements). */
    code: text('code').notNull().unique(),
    personId: uuid('person_id').notNull().references(() => people.id),
    programmeId: uuid('programme_id').notNull().references(() => trainingProgrammes.id),
    issuedOn: date('issued_on').notNull(),
    modulesAttended: integer('modules_attended').notNull(),
    modulesTotal: integer('modules_total').notNull(),
    issuedBy: uuid('issued_by'),
    issuerOrganisationId: uuid('issuer_organisation_id').references(() => organisations.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
    verifyReads: integer('verify_reads').notNull().default(0),
  },
  (t) => [
    index('training_certificates_person_idx').on(t.personId),
    index('training_certificates_issued_on_idx').on(t.issuedOn),
    // One valid certificate per person and programme; a voided one may be replaced.
    uniqueIndex('training_certificates_one_valid').on(t.personId, t.programmeId).where(sql`voided_at IS NULL`),
  ],
);
