/**
 * Mercury exposure follow-up (sensitive health data): evaluations per person (sample type and
 * unit, value, date, laboratory, method, optional symptoms), classified when recorded against
 * the screening thresholds in force (kept as a snapshot on the evaluation), with a follow-up
 * flag and the date the next evaluation is due. Thresholds are one row per sample type and
 * unit, shipped with the documented defaults of docs/mercury.md, changeable by an admin.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './accounts.ts';
import { people } from './registry.ts';

export const mercuryThresholds = pgTable(
  'mercury_thresholds',
  {
    /** hair_ug_g, urine_ug_l, urine_ug_g_creatinine, blood_ug_l. */
    key: text('key').primaryKey(),
    sampleType: text('sample_type').notNull(),
    unit: text('unit').notNull(),
    /** At or below: below the reference value (no action). */
    reference: numeric('reference', { mode: 'number' }).notNull(),
    /** Above: alert level, follow-up by a health professional. */
    alert: numeric('alert', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('mercury_thresholds_order', sql`reference >= 0 AND alert > reference`)],
);

export const mercuryEvaluations = pgTable(
  'mercury_evaluations',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id').notNull().references(() => people.id),
    /** The organisation the health worker recorded it for (scopes who may read it). */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    sampleType: text('sample_type').notNull(),
    unit: text('unit').notNull(),
    value: numeric('value', { mode: 'number' }).notNull(),
    sampledOn: date('sampled_on').notNull(),
    laboratory: text('laboratory').notNull(),
    method: text('method').notNull(),
    symptoms: text('symptoms').array().notNull().default(sql`'{}'::text[]`),
    /** below_reference, above_reference or above_alert, against the thresholds below. */
    classification: text('classification').notNull(),
    referenceUsed: numeric('reference_used', { mode: 'number' }).notNull(),
    alertUsed: numeric('alert_used', { mode: 'number' }).notNull(),
    followUp: boolean('follow_up').notNull(),
    nextDueOn: date('next_due_on'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mercury_evaluations_person_idx').on(t.personId, t.sampledOn),
    index('mercury_evaluations_due_idx').on(t.nextDueOn),
    check('mercury_evaluations_value', sql`value >= 0`),
    check('mercury_evaluations_class', sql`classification IN ('below_reference', 'above_reference', 'above_alert')`),
  ],
);
