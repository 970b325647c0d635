/**
 * Surveys: questionnaires imported from XLSForm (kept whole as their parsed definition) and
 * the responses imported from KoboToolbox or ODK exports, one row per submission with its
 * answers as JSON. The submission's own id (`_uuid`, `instanceID`) is unique per form, so a
 * file imported twice adds nothing the second time.
 */
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './accounts.ts';

export const surveyForms = pgTable(
  'survey_forms',
  {
    id: uuid('id').primaryKey(),
    /** The XLSForm `form_id` and `version` from its settings sheet. */
    formKey: text('form_key').notNull(),
    version: text('version').notNull().default(''),
    title: text('title').notNull(),
    definition: jsonb('definition').notNull(),
    sourceFile: text('source_file').notNull(),
    /** The organisation that runs the survey (its network sees the results). */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    importedBy: uuid('imported_by'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_forms_key_version_idx').on(t.formKey, t.version)],
);

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey(),
    formId: uuid('form_id').notNull().references(() => surveyForms.id),
    /** `_uuid` / `instanceID`, or a hash of the row when the export has none. */
    responseKey: text('response_key').notNull(),
    answers: jsonb('answers').notNull(),
    meta: jsonb('meta').notNull().default(sql`'{}'::jsonb`),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_responses_form_key_idx').on(t.formId, t.responseKey)],
);
