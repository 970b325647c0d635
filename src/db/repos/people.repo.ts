/**
 * People: insert and versioned update, scoped search (accent-insensitive, either surname
 * order, DNI, phone, organisation, district, profile), match keys and duplicate candidates.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PersonOutput, PersonSearch, PersonSummary } from '../../contracts/registry.ts';
import type { MatchablePerson } from '../../domain/registry/duplicates/index.ts';
import type { NewPerson, PeopleRepo, PeopleScope } from '../../services/registry/ports.ts';
import type { Db } from '../client.ts';
import { insertRecordset, listOf, selectTuples } from '../recordset.ts';
import { queryRows } from '../rows.ts';
import { personLinksRepo } from './person-links.repo.ts';
import { people, personMatchKeys } from '../schema/index.ts';

type Row = typeof people.$inferSelect;

export function toPersonOutput(r: Row): PersonOutput {
  return {
    id: r.id, version: r.version, id_type: r.idType as PersonOutput['id_type'], id_number: r.idNumber, id_none_reason: r.idNoneReason,
    given_names: r.givenNames, paternal_surname: r.paternalSurname, maternal_surname: r.maternalSurname, sex: r.sex as PersonOutput['sex'],
    birth_date: r.birthDate, phone: r.phone, languages: r.languages as PersonOutput['languages'], district: r.district,
    profiles: r.profiles as PersonOutput['profiles'], miner_position: r.minerPosition as PersonOutput['miner_position'],
    head_of_household: r.headOfHousehold, single_parent: r.singleParent, dependants: r.dependants,
    literacy: r.literacy as PersonOutput['literacy'], education_level: r.educationLevel as PersonOutput['education_level'],
    reinfo_code: r.reinfoCode, reinfo_status: r.reinfoStatus as PersonOutput['reinfo_status'], recpo_code: r.recpoCode,
    selectors_registry_code: r.selectorsRegistryCode, selectors_registry_region: r.selectorsRegistryRegion, ruc: r.ruc,
    merged_into_id: r.mergedIntoId, registered_by: r.createdBy, created_at: r.createdAt.toISOString(), updated_at: r.updatedAt.toISOString(),
  };
}

const COLUMN_OF: Record<keyof NewPerson, keyof typeof people.$inferInsert> = {
  id: 'id', id_type: 'idType', id_number: 'idNumber', id_none_reason: 'idNoneReason', given_names: 'givenNames',
  paternal_surname: 'paternalSurname', maternal_surname: 'maternalSurname', sex: 'sex', birth_date: 'birthDate', phone: 'phone',
  languages: 'languages', district: 'district', profiles: 'profiles', miner_position: 'minerPosition',
  head_of_household: 'headOfHousehold', single_parent: 'singleParent', dependants: 'dependants', literacy: 'literacy',
  education_level: 'educationLevel', reinfo_code: 'reinfoCode', reinfo_status: 'reinfoStatus', recpo_code: 'recpoCode',
  selectors_registry_code: 'selectorsRegistryCode', selectors_registry_region: 'selectorsRegistryRegion', ruc: 'ruc',
  full_name_key: 'fullNameKey', created_by: 'createdBy',
};

/** A NewPerson's keys are the table's column names, so bulk inserts pass the records as they are. */
const NEW_PERSON_COLUMNS = Object.keys(COLUMN_OF);

function toColumns(p: Partial<NewPerson>): Partial<typeof people.$inferInsert> {
  const map: Record<string, keyof typeof people.$inferInsert> = COLUMN_OF;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(p)) if (map[key] && value !== undefined) out[map[key]] = value;
  return out as Partial<typeof people.$inferInsert>;
}

const SUMMARY_COLUMNS = sql`p.id, p.given_names, p.paternal_surname, p.maternal_surname, p.sex, p.district, p.profiles,
  CASE WHEN p.id_number IS NULL THEN NULL ELSE right(p.id_number, 3) END AS id_number_last3`;

export function scopeCondition(scope: PeopleScope): SQL {
  if (scope.kind === 'all') return sql`TRUE`;
  if (scope.kind === 'self') return scope.personId ? sql`p.id = ${scope.personId}` : sql`FALSE`;
  if (scope.kind === 'shared') {
    if (!scope.organisationId) return sql`FALSE`;
    return sql`EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.purpose = 'sharing' AND c.organisation_id = ${scope.organisationId}
      AND c.given_on <= ${scope.today} AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ${scope.today}))`;
  }
  if (scope.ids.length === 0) return sql`FALSE`;
  return sql`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.organisation_id IN (${sql.join(scope.ids.map((id) => sql`${id}`), sql`, `)}))`;
}

/** The WHERE conditions shared by search and export: scope, then each filter the query sets. */
function filterConditions(query: PersonSearch, scope: PeopleScope): SQL[] {
  // A cancelled record (ARCO) is kept only for aggregates: it never shows in a list, a search or an export.
  const conditions: SQL[] = [sql`p.merged_into_id IS NULL`, sql`p.cancelled_on IS NULL`, scopeCondition(scope)];
  if (query.q) {
    const words = query.q.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
    for (const word of words) conditions.push(sql`p.full_name_key LIKE ${'%' + word.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
  }
  if (query.dni) conditions.push(sql`p.id_type = 'dni' AND p.id_number = ${query.dni}`);
  if (query.phone) conditions.push(sql`regexp_replace(p.phone, '[^0-9]', '', 'g') LIKE ${'%' + query.phone.replace(/\D/g, '')}`);
  if (query.district) conditions.push(sql`p.district LIKE ${query.district + '%'}`);
  if (query.profile) conditions.push(sql`${query.profile} = ANY(p.profiles)`);
  if (query.organisation_id) conditions.push(sql`EXISTS (SELECT 1 FROM memberships mo WHERE mo.person_id = p.id AND mo.organisation_id = ${query.organisation_id})`);
  return conditions;
}

/** What scoring reads of a person, as one JSON array per row (see selectTuples). */
const MATCHABLE_TUPLE = sql`json_build_array(id, given_names, paternal_surname, maternal_surname, sex, birth_date, id_type, id_number, district, phone)`;
type MatchableTuple = [string, string, string, string, MatchablePerson['sex'], string | null, MatchablePerson['idType'], string | null, string | null, string | null];
const fromMatchableTuple = ([id, givenNames, paternalSurname, maternalSurname, sex, birthDate, idType, idNumber, district, phone]: MatchableTuple): MatchablePerson =>
  ({ id, givenNames, paternalSurname, maternalSurname, sex, birthDate, idType, idNumber, district, phone });

export function peopleRepo(db: Db): PeopleRepo {
  return {
    ...personLinksRepo(db),
    async findById(id) {
      const [row] = await db.select().from(people).where(eq(people.id, id));
      return row && toPersonOutput(row);
    },
    async findActiveByDni(dni) {
      const [row] = await db.select().from(people).where(and(eq(people.idType, 'dni'), eq(people.idNumber, dni), sql`merged_into_id IS NULL`));
      return row && toPersonOutput(row);
    },
    async insert(person) {
      const [row] = await db.insert(people).values(toColumns(person) as typeof people.$inferInsert).returning();
      return toPersonOutput(row!);
    },
    async update(id, version, change) {
      const [row] = await db
        .update(people)
        .set({ ...toColumns(change), version: sql`${people.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(people.id, id), eq(people.version, version)))
        .returning();
      return row && toPersonOutput(row);
    },
    async search(query, scope) {
      const where = sql.join(filterConditions(query, scope), sql` AND `);
      const items = await queryRows<PersonSummary>(db, sql`
        SELECT ${SUMMARY_COLUMNS} FROM people p WHERE ${where}
        ORDER BY p.paternal_surname, p.maternal_surname, p.given_names, p.id LIMIT ${query.limit} OFFSET ${query.offset}`);
      const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM people p WHERE ${where}`);
      return { items, total: count?.n ?? 0 };
    },
    async listFull(query, scope, afterId, limit) {
      const conditions = filterConditions(query, scope);
      if (afterId) conditions.push(sql`p.id > ${afterId}`);
      const ids = await queryRows<{ id: string }>(db, sql`SELECT p.id FROM people p WHERE ${sql.join(conditions, sql` AND `)} ORDER BY p.id LIMIT ${limit}`);
      if (ids.length === 0) return [];
      const rows = await db.select().from(people).where(sql`${people.id} IN (${sql.join(ids.map((r) => sql`${r.id}`), sql`, `)})`).orderBy(people.id);
      return rows.map(toPersonOutput);
    },
    async replaceMatchKeys(personId, keys) {
      await db.delete(personMatchKeys).where(eq(personMatchKeys.personId, personId));
      if (keys.length > 0) await db.insert(personMatchKeys).values([...new Set(keys)].map((key) => ({ key, personId }))).onConflictDoNothing();
    },
    async nameNeighbours(personId, fullNameKey, limit) {
      // Close names only: pg_trgm's default threshold (0.3) would scan far too much for common surnames.
      await db.execute(sql`SELECT set_config('pg_trgm.similarity_threshold', '0.6', true)`);
      const rows = await queryRows<{ id: string }>(db, sql`
        SELECT p.id FROM people p WHERE p.full_name_key % ${fullNameKey} AND p.id <> ${personId} AND p.merged_into_id IS NULL
        ORDER BY similarity(p.full_name_key, ${fullNameKey}) DESC LIMIT ${limit}`);
      return rows.map((r) => r.id);
    },
    async organisationIdsOf(personId) {
      const rows = await queryRows<{ id: string }>(db, sql`SELECT DISTINCT organisation_id AS id FROM memberships WHERE person_id = ${personId}`);
      return rows.map((r) => r.id);
    },
    async findByIds(ids) {
      if (ids.length === 0) return [];
      return (await db.select().from(people).where(sql`${people.id} IN (${listOf(ids, 'uuid')})`)).map(toPersonOutput);
    },
    async existingIds(ids) {
      if (ids.length === 0) return [];
      return (await selectTuples<[string]>(db, sql`json_build_array(id)`, sql`FROM people WHERE id IN (${listOf(ids, 'uuid')})`)).map(([id]) => id);
    },
    async findActiveByDnis(dnis) {
      if (dnis.length === 0) return [];
      const rows = await db.select().from(people).where(and(eq(people.idType, 'dni'), sql`${people.idNumber} IN (${listOf(dnis, 'text')})`, sql`merged_into_id IS NULL`));
      return rows.map(toPersonOutput);
    },
    async insertMany(list) {
      await insertRecordset(db, 'people', NEW_PERSON_COLUMNS, list);
    },
    async insertMatchKeys(rows) {
      await insertRecordset(db, 'person_match_keys', ['key', 'person_id'], rows.map((r) => ({ key: r.key, person_id: r.personId })), { skipConflicts: true });
    },
    async holdersOfKeys(keys) {
      if (keys.length === 0) return [];
      const rows = await selectTuples<[string, string]>(db, sql`json_build_array(key, person_id)`,
        sql`FROM person_match_keys WHERE key IN (${listOf([...new Set(keys)], 'text')})`);
      return rows.map(([key, personId]) => ({ key, personId }));
    },
    async findMatchables(ids) {
      if (ids.length === 0) return [];
      const rows = await selectTuples<MatchableTuple>(db, MATCHABLE_TUPLE,
        sql`FROM people WHERE merged_into_id IS NULL AND id IN (${listOf([...new Set(ids)], 'uuid')})`);
      return rows.map(fromMatchableTuple);
    },
    async listMatchables(afterId, limit) {
      return queryRows<MatchablePerson>(db, sql`
        SELECT id, given_names AS "givenNames", paternal_surname AS "paternalSurname", maternal_surname AS "maternalSurname", sex,
               birth_date::text AS "birthDate", id_type AS "idType", id_number AS "idNumber", district, phone
        FROM people WHERE merged_into_id IS NULL AND cancelled_on IS NULL ${afterId ? sql`AND id > ${afterId}` : sql``} ORDER BY id LIMIT ${limit}`);
    },
    async keyPairsBetween(lowId, highId) {
      const rows = await queryRows<{ a: string; b: string }>(db, sql`
        SELECT DISTINCT a.person_id AS a, b.person_id AS b
        FROM person_match_keys a JOIN person_match_keys b USING (key)
        WHERE a.person_id < b.person_id AND a.person_id BETWEEN ${lowId} AND ${highId}`);
      return rows.map((r) => [r.a, r.b]);
    },
    async analyse() {
      await db.execute(sql`ANALYZE people, person_match_keys, memberships`);
    },
    async markMerged(id, intoId) {
      await db.update(people).set({ mergedIntoId: intoId, version: sql`${people.version} + 1`, updatedAt: sql`now()` }).where(eq(people.id, id));
    },
  };
}
