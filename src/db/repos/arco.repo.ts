/**
 * Data-subject rights in SQL: her rows in each table (the copy), and the erasure of her identity
 * (the cancellation). One statement per table, each naming only the columns it changes, so the
 * retention table in docs/security.md can be read off this file.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ArcoRepo, ErasureCounts, PersonDataSections } from '../../services/arco/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

/** Section → rows about her. Referrals are left out on purpose (their own rules; see arco.md). */
function sectionQueries(id: string, needles: readonly string[]): Record<string, SQL> {
  const surveyMatch = needles.length === 0 ? sql`false` : sql.join(needles.map((n) => sql`strpos(answers::text, ${n}) > 0`), sql` OR `);
  return {
    person: sql`SELECT * FROM people WHERE id = ${id}`,
    consents: sql`SELECT * FROM consents WHERE person_id = ${id} ORDER BY given_on, id`,
    memberships: sql`SELECT m.*, o.name AS organisation_name FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.person_id = ${id} ORDER BY m.from_date`,
    user_accounts: sql`SELECT id, username, display_name, role, organisation_id, language, disabled_at, created_at FROM users WHERE person_id = ${id}`,
    ore_lots: sql`SELECT * FROM ore_lots WHERE owner_person_id = ${id} ORDER BY created_at`,
    sales: sql`SELECT * FROM sales WHERE seller_person_id = ${id} ORDER BY sold_on, id`,
    income_statements: sql`SELECT * FROM income_statements WHERE person_id = ${id} ORDER BY issued_at`,
    training_enrolments: sql`SELECT * FROM training_enrolments WHERE person_id = ${id}`,
    training_attendance: sql`SELECT * FROM training_attendance WHERE person_id = ${id}`,
    training_certificates: sql`SELECT * FROM training_certificates WHERE person_id = ${id} ORDER BY issued_at`,
    ppe_distributions: sql`SELECT * FROM ppe_distributions WHERE person_id = ${id} ORDER BY distributed_on`,
    mercury_evaluations: sql`SELECT * FROM mercury_evaluations WHERE person_id = ${id} ORDER BY sampled_on`,
    selection_authorisations: sql`SELECT * FROM selection_authorisations WHERE person_id = ${id}`,
    savings_memberships: sql`SELECT m.*, g.name AS group_name FROM savings_group_members m JOIN savings_groups g ON g.id = m.group_id WHERE m.person_id = ${id}`,
    savings_offices: sql`SELECT * FROM savings_group_officers WHERE person_id = ${id}`,
    savings_attendance: sql`SELECT * FROM savings_attendance WHERE person_id = ${id}`,
    savings_transactions: sql`SELECT * FROM savings_transactions WHERE person_id = ${id} ORDER BY cycle_id, seq`,
    survey_responses: sql`SELECT id, form_id, response_key, answers, imported_at FROM survey_responses WHERE ${surveyMatch}`,
  };
}

/** The people UPDATE that erases identity, kept: id, sex, district, profiles, miner position, dates of the row. */
function eraseIdentity(where: SQL, requestedOn: string, now: string): SQL {
  return sql`UPDATE people SET id_type = 'none', id_number = NULL, id_none_reason = NULL, given_names = '', paternal_surname = '',
    maternal_surname = '', birth_date = NULL, phone = NULL, languages = '{}', head_of_household = NULL, single_parent = NULL, dependants = NULL,
    literacy = NULL, education_level = NULL, reinfo_code = NULL, reinfo_status = NULL, recpo_code = NULL, selectors_registry_code = NULL,
    selectors_registry_region = NULL, ruc = NULL, full_name_key = '', cancelled_on = ${requestedOn}, version = version + 1, updated_at = ${now}
    WHERE ${where}`;
}

async function count(db: Db, query: SQL): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(db, sql`WITH changed AS (${query} RETURNING 1) SELECT count(*) AS n FROM changed`);
  return Number(rows[0]?.n ?? 0);
}

/** Replaces every string equal to (or containing) one of `needles` by null, at any depth. */
export function withoutNeedles(value: unknown, needles: readonly string[]): unknown {
  if (typeof value === 'string') return needles.some((n) => value.includes(n)) ? null : value;
  if (Array.isArray(value)) return value.map((v) => withoutNeedles(v, needles));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNeedles(v, needles)]));
  }
  return value;
}

export function arcoRepo(db: Db): ArcoRepo {
  return {
    async collect(personId, needles) {
      const out: PersonDataSections = {};
      for (const [name, query] of Object.entries(sectionQueries(personId, needles))) {
        out[name] = (await queryRows<Record<string, unknown>>(db, query)).map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>);
      }
      return out;
    },
    async isCancelled(personId) {
      return (await queryRows(db, sql`SELECT 1 FROM people WHERE id = ${personId} AND cancelled_on IS NOT NULL`)).length > 0;
    },
    async linkedIdsOf(personId) {
      const rows = await queryRows<{ id: string }>(db, sql`SELECT id FROM users WHERE person_id = ${personId} UNION ALL SELECT id FROM people WHERE merged_into_id = ${personId}`);
      return rows.map((r) => r.id);
    },
    async erase({ personId: id, requestedOn, at, needles }) {
      const now = at.toISOString();
      const reason = 'cancelled at the holder\'s request (ARCO)';
      const counts: ErasureCounts = {};
      counts.people = await count(db, eraseIdentity(sql`id = ${id} AND cancelled_on IS NULL`, requestedOn, now));
      if (counts.people === 0) return counts;
      // Records merged into hers hold her name and DNI too (merges keep the losing row).
      counts.merged_records = await count(db, eraseIdentity(sql`merged_into_id = ${id}`, requestedOn, now));
      counts.person_match_keys = await count(db, sql`DELETE FROM person_match_keys WHERE person_id = ${id} OR person_id IN (SELECT id FROM people WHERE merged_into_id = ${id})`);
      counts.duplicate_candidates = await count(db, sql`DELETE FROM duplicate_candidates WHERE person_a = ${id} OR person_b = ${id}`);
      counts.consents = await count(db, sql`UPDATE consents SET witness_name = NULL, withdrawn_on = coalesce(withdrawn_on, greatest(given_on, ${requestedOn}::date)), updated_at = ${now} WHERE person_id = ${id}`);
      counts.sessions = await count(db, sql`DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE person_id = ${id})`);
      counts.user_accounts = await count(db, sql`UPDATE users SET username = 'cancelled-' || id, display_name = '', disabled_at = coalesce(disabled_at, ${now}),
        person_id = NULL, version = version + 1, updated_at = ${now} WHERE person_id = ${id}`);
      counts.sales = await count(db, sql`UPDATE sales SET receipt_number = NULL WHERE seller_person_id = ${id} AND receipt_number IS NOT NULL`);
      counts.mercury_evaluations = await count(db, sql`UPDATE mercury_evaluations SET note = '' WHERE person_id = ${id} AND note <> ''`);
      counts.selection_authorisations = await count(db, sql`UPDATE selection_authorisations SET document_ref = NULL WHERE person_id = ${id} AND document_ref IS NOT NULL`);
      counts.income_statements = await count(db, sql`UPDATE income_statements SET voided_at = ${now}, void_reason = ${reason} WHERE person_id = ${id} AND voided_at IS NULL`);
      counts.training_certificates = await count(db, sql`UPDATE training_certificates SET voided_at = ${now}, void_reason = ${reason} WHERE person_id = ${id} AND voided_at IS NULL`);
      counts.survey_responses = await eraseFromSurveyAnswers(db, needles);
      return counts;
    },
  };
}

async function eraseFromSurveyAnswers(db: Db, needles: readonly string[]): Promise<number> {
  if (needles.length === 0) return 0;
  const match = sql.join(needles.map((n) => sql`strpos(answers::text, ${n}) > 0`), sql` OR `);
  const rows = await queryRows<{ id: string; answers: unknown }>(db, sql`SELECT id, answers FROM survey_responses WHERE ${match}`);
  for (const row of rows) {
    await db.execute(sql`UPDATE survey_responses SET answers = ${JSON.stringify(withoutNeedles(row.answers, needles))}::jsonb WHERE id = ${row.id}`);
  }
  return rows.length;
}
