/**
 * Action plan monitoring: plans (several may coexist, each with a stable `plan_key` so that
 * importing the same file again updates it), their objectives → results → actions as one
 * tree of nodes, the organisations responsible for or involved in each node (registered ones
 * by id, other public bodies by name), progress updates, and indicators with their baseline,
 * yearly targets and measured values. Progress updates and measured values are never deleted
 * by a re-import: a node dropped from the file is archived with its history.
 */
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { organisations, users } from './accounts.ts';

const value = (name: string) => numeric(name, { precision: 16, scale: 4, mode: 'number' });
const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const plans = pgTable('plans', {
  id: uuid('id').primaryKey(),
  /** Stable identity of the plan file (its `key`, or a slug of its title): a re-import updates this plan. */
  planKey: text('plan_key').notNull().unique(),
  title: text('title').notNull(),
  horizon: integer('horizon').notNull(),
  sourceFile: text('source_file').notNull(),
  importedBy: uuid('imported_by').references(() => users.id),
  ...stamps,
});

export const planNodes = pgTable(
  'plan_nodes',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    kind: text('kind').notNull(),
    /** The code as written in the file ("SO1", "R1", "1.1.2"), unique within the plan. */
    code: text('code').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => planNodes.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** Effective level: the node's own, or inherited from its parent in the file. */
    level: text('level').notNull(),
    status: text('status').notNull().default('not_started'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    version: integer('version').notNull().default(1),
    /** Set when a re-imported file no longer has this node; its progress history stays. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [
    uniqueIndex('plan_nodes_plan_code_idx').on(t.planId, t.code),
    check('plan_nodes_kind', sql`kind IN ('objective', 'result', 'action')`),
    check('plan_nodes_level', sql`level IN ('national', 'regional', 'local')`),
    check('plan_nodes_status', sql`status IN ('not_started', 'in_progress', 'done', 'blocked')`),
    check('plan_nodes_dates', sql`start_date IS NULL OR end_date IS NULL OR start_date <= end_date`),
  ],
);

export const planNodeEntities = pgTable(
  'plan_node_entities',
  {
    nodeId: uuid('node_id').notNull().references(() => planNodes.id),
    role: text('role').notNull(),
    position: integer('position').notNull(),
    /** Set when the body is a registered organisation; otherwise only its name is known. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    name: text('name').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.role, t.position] }),
    check('plan_node_entities_role', sql`role IN ('responsible', 'involved')`),
  ],
);

export const planProgressUpdates = pgTable(
  'plan_progress_updates',
  {
    /** Made by the client: a resent update is stored once. */
    id: uuid('id').primaryKey(),
    nodeId: uuid('node_id').notNull().references(() => planNodes.id),
    reportedOn: date('reported_on').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    note: text('note').notNull(),
    percent: integer('percent').notNull(),
    /** The node's status as set with this update (null: unchanged). */
    status: text('status'),
    evidenceUrl: text('evidence_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_progress_node_idx').on(t.nodeId, t.reportedOn),
    check('plan_progress_percent', sql`percent BETWEEN 0 AND 100`),
  ],
);

export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id').notNull().references(() => plans.id),
    nodeId: uuid('node_id').notNull().references(() => planNodes.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    baselineValue: value('baseline_value'),
    baselineYear: integer('baseline_year'),
    baselineSource: text('baseline_source'),
    /** An IndicatorQuery (src/contracts/indicator-queries.ts): the value is computed on demand by the indicator engine. */
    liveQuery: jsonb('live_query'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [uniqueIndex('plan_indicators_plan_code_idx').on(t.planId, t.code)],
);

export const planIndicatorTargets = pgTable(
  'plan_indicator_targets',
  {
    indicatorId: uuid('indicator_id').notNull().references(() => planIndicators.id),
    year: integer('year').notNull(),
    value: value('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.year] })],
);

export const planIndicatorActuals = pgTable(
  'plan_indicator_actuals',
  {
    id: uuid('id').primaryKey(),
    indicatorId: uuid('indicator_id').notNull().references(() => planIndicators.id),
    measuredOn: date('measured_on').notNull(),
    value: value('value').notNull(),
    source: text('source').notNull(),
    enteredBy: uuid('entered_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_indicator_actuals_idx').on(t.indicatorId, t.measuredOn)],
);
