/**
 * Mercury follow-up in SQL: thresholds (optimistic version), evaluations, and the latest
 * evaluation of each person — counted by region or profile for aggregates, or listed when its
 * repeat date is near for the reminders. Scope is by active membership in the given organisations.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { EvaluationOutput, ThresholdOutput } from '../../contracts/mercury.ts';
import type { LatestEvaluation, MercuryGroup, MercuryRepo } from '../../services/mercury/ports.ts';
import type { Db } from '../client.ts';
import { mercuryEvaluations } from '../schema/mercury.ts';
import { queryRows } from '../rows.ts';

const idList = (ids: readonly string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

function members(ids: readonly string[] | null): SQL {
  if (ids === null) return sql`TRUE`;
  if (!ids.length) return sql`FALSE`;
  return sql`EXISTS (SELECT 1 FROM memberships ms WHERE ms.person_id = p.id AND ms.to_date IS NULL AND ms.organisation_id = ANY(${idList(ids)}))`;
}

const THRESHOLD_COLUMNS = sql`key, sample_type, unit, reference::float8 AS reference, alert::float8 AS alert, source, version`;
const EVALUATION_COLUMNS = sql`id, person_id, organisation_id, sample_type, unit, value::float8 AS value, sampled_on::text AS sampled_on, laboratory, method,
  symptoms, classification, reference_used::float8 AS reference_used, alert_used::float8 AS alert_used, follow_up, next_due_on::text AS next_due_on, note`;

/** The latest evaluation of each person in scope, joined to the person as `p`. */
const latest = (ids: readonly string[] | null) => sql`
  SELECT DISTINCT ON (e.person_id) e.person_id, e.sampled_on, e.classification, e.follow_up, e.next_due_on, p.district, p.profiles,
    concat_ws(' ', p.given_names, p.paternal_surname, nullif(p.maternal_surname, '')) AS name
  FROM mercury_evaluations e JOIN people p ON p.id = e.person_id
  WHERE p.merged_into_id IS NULL AND ${members(ids)}
  ORDER BY e.person_id, e.sampled_on DESC, e.created_at DESC`;

export function mercuryRepo(db: Db): MercuryRepo {
  return {
    async thresholds() {
      return queryRows<ThresholdOutput>(db, sql`SELECT ${THRESHOLD_COLUMNS} FROM mercury_thresholds ORDER BY sample_type, unit`);
    },
    async findThreshold(key) {
      return (await queryRows<ThresholdOutput>(db, sql`SELECT ${THRESHOLD_COLUMNS} FROM mercury_thresholds WHERE key = ${key}`))[0];
    },
    async updateThreshold(key, c) {
      return (await queryRows<ThresholdOutput>(db, sql`
        UPDATE mercury_thresholds SET reference = ${c.reference}, alert = ${c.alert}, source = ${c.source}, version = version + 1,
          updated_by = ${c.updated_by}, updated_at = ${c.at.toISOString()}
        WHERE key = ${key} AND version = ${c.version} RETURNING ${THRESHOLD_COLUMNS}`))[0];
    },
    async findEvaluation(id) {
      return (await queryRows<EvaluationOutput>(db, sql`SELECT ${EVALUATION_COLUMNS} FROM mercury_evaluations WHERE id = ${id}`))[0];
    },
    async insertEvaluation(r) {
      await db.insert(mercuryEvaluations).values({
        id: r.id, personId: r.person_id, organisationId: r.organisation_id, sampleType: r.sample_type, unit: r.unit, value: r.value, sampledOn: r.sampled_on,
        laboratory: r.laboratory, method: r.method, symptoms: r.symptoms, classification: r.classification, referenceUsed: r.reference_used,
        alertUsed: r.alert_used, followUp: r.follow_up, nextDueOn: r.next_due_on, note: r.note, createdBy: r.created_by,
      });
    },
    async listForPerson(personId) {
      return queryRows<EvaluationOutput>(db, sql`SELECT ${EVALUATION_COLUMNS} FROM mercury_evaluations WHERE person_id = ${personId} ORDER BY sampled_on DESC, created_at DESC`);
    },
    async aggregate(by, ids) {
      const key = by === 'region'
        ? { join: sql`CROSS JOIN LATERAL (SELECT coalesce(left(l.district, 2), '') AS key) k`, label: sql`(SELECT name FROM places WHERE code = g.key)` }
        : { join: sql`CROSS JOIN LATERAL unnest(l.profiles) AS k(key)`, label: sql`g.key` };
      const rows = await queryRows<MercuryGroup & { is_total: boolean }>(db, sql`
        WITH l AS (${latest(ids)}),
        keyed AS (SELECT k.key, l.person_id, l.classification FROM l ${key.join}),
        g AS (
          SELECT key, count(DISTINCT person_id)::int AS evaluated,
            count(DISTINCT person_id) FILTER (WHERE classification <> 'below_reference')::int AS above_reference,
            count(DISTINCT person_id) FILTER (WHERE classification = 'above_alert')::int AS above_alert
          FROM keyed GROUP BY key
        )
        SELECT false AS is_total, g.key, coalesce(${key.label}, g.key) AS label, g.evaluated, g.above_reference, g.above_alert FROM g
        UNION ALL
        SELECT true, '', '', count(*)::int, (count(*) FILTER (WHERE classification <> 'below_reference'))::int, (count(*) FILTER (WHERE classification = 'above_alert'))::int FROM l
        ORDER BY 1, 2`);
      const total = rows.find((r) => r.is_total)!;
      return {
        groups: rows.filter((r) => !r.is_total).map(({ is_total: _, ...g }) => g),
        total: { evaluated: total.evaluated, above_reference: total.above_reference, above_alert: total.above_alert },
      };
    },
    async dueBy(until, ids) {
      return queryRows<LatestEvaluation>(db, sql`
        SELECT person_id, name, sampled_on::text AS sampled_on, classification, follow_up, next_due_on::text AS next_due_on
        FROM (${latest(ids)}) l WHERE next_due_on IS NOT NULL AND next_due_on <= ${until}
        ORDER BY next_due_on, name LIMIT 2000`);
    },
  };
}
