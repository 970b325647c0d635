/**
 * The registry: people, their consents, memberships in organisations, the match keys used to
 * find duplicates, and the duplicate review queue. Organisations themselves are defined with
 * the accounts (they scope access); the registry adds their descriptive columns there.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { organisations, users } from './accounts.ts';
import { places } from './places.ts';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull().default(1),
    idType: text('id_type').notNull(),
    idNumber: text('id_number'),
    idNoneReason: text('id_none_reason'),
    givenNames: text('given_names').notNull(),
    paternalSurname: text('paternal_surname').notNull(),
    maternalSurname: text('maternal_surname').notNull().default(''),
    sex: text('sex').notNull(),
    birthDate: date('birth_date'),
    phone: text('phone'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    district: text('district').references(() => places.code),
    profiles: text('profiles').array().notNull(),
    minerPosition: text('miner_position'),
    headOfHousehold: boolean('head_of_household'),
    singleParent: boolean('single_parent'),
    dependants: integer('dependants'),
    literacy: text('literacy'),
    educationLevel: text('education_level'),
    reinfoCode: text('reinfo_code'),
    reinfoStatus: text('reinfo_status'),
    recpoCode: text('recpo_code'),
    selectorsRegistryCode: text('selectors_registry_code'),
    selectorsRegistryRegion: text('selectors_registry_region'),
    ruc: text('ruc'),
    fullNameKey: text('full_name_key').notNull(),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => people.id),
    /** Date she asked for cancellation (ARCO); her identity was erased then and the record is closed. */
    cancelledOn: date('cancelled_on'),
    createdBy: uuid('created_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('people_dni_unique').on(t.idNumber).where(sql`id_type = 'dni' AND merged_into_id IS NULL`),
    index('people_full_name_trgm').using('gin', sql`${t.fullNameKey} gin_trgm_ops`),
    index('people_district_idx').on(t.district),
    index('people_phone_idx').on(t.phone),
    check('people_id_document', sql`(id_type = 'none' AND id_number IS NULL) OR (id_type <> 'none' AND id_number IS NOT NULL)`),
  ],
);

export const personMatchKeys = pgTable(
  'person_match_keys',
  {
    key: text('key').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.key, t.personId] }), index('person_match_keys_person_idx').on(t.personId)],
);

export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    purpose: text('purpose').notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    givenOn: date('given_on').notNull(),
    withdrawnOn: date('withdrawn_on'),
    method: text('method').notNull(),
    witnessName: text('witness_name'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('consents_person_idx').on(t.personId),
    check('consents_sharing_names_organisation', sql`purpose <> 'sharing' OR organisation_id IS NOT NULL`),
    check('consents_withdrawn_after_given', sql`withdrawn_on IS NULL OR withdrawn_on >= given_on`),
  ],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    ...timestamps,
  },
  (t) => [
    index('memberships_person_idx').on(t.personId),
    index('memberships_organisation_idx').on(t.organisationId),
    check('memberships_dates', sql`to_date IS NULL OR to_date >= from_date`),
  ],
);

export const duplicateCandidates = pgTable(
  'duplicate_candidates',
  {
    id: uuid('id').primaryKey(),
    personA: uuid('person_a')
      .notNull()
      .references(() => people.id),
    personB: uuid('person_b')
      .notNull()
      .references(() => people.id),
    score: numeric('score').notNull(),
    reasons: text('reasons').array().notNull(),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('duplicate_candidates_pair').on(t.personA, t.personB),
    index('duplicate_candidates_status_idx').on(t.status),
    check('duplicate_candidates_ordered', sql`person_a < person_b`),
  ],
);
