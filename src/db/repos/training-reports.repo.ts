/**
 * Reach of the trainings in one statement: attendance marks (present) and valid certificates
 * become events with a person, a date and a programme, get a group key (programme, profile,
 * sex, department, year or month) and are counted as distinct people per key. A woman with two
 * profiles counts under both; the total counts each person once.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { TrainingReportDimension } from '../../contracts/training-reports.ts';
import type { ReachFilter, TrainingReportsRepo } from '../../services/trainings/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

const idList = (ids: readonly string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

function eventFilter(filter: ReachFilter): SQL {
  const parts: SQL[] = [sql`TRUE`];
  if (filter.from) parts.push(sql`e.on_date >= ${filter.from}`);
  if (filter.to) parts.push(sql`e.on_date <= ${filter.to}`);
  if (filter.programmeId) parts.push(sql`e.programme_id = ${filter.programmeId}`);
  if (filter.organisationIds !== null) {
    parts.push(filter.organisationIds.length
      ? sql`e.person_id IN (SELECT person_id FROM memberships WHERE organisation_id = ANY(${idList(filter.organisationIds)}))`
      : sql`FALSE`);
  }
  return sql.join(parts, sql` AND `);
}

/** The group key and its label for one event row `e` joined to its person `p`. */
function keyOf(by: TrainingReportDimension): { join: SQL; label: SQL } {
  switch (by) {
    case 'programme':
      return { join: sql`CROSS JOIN LATERAL (SELECT e.programme_id::text AS key) k`, label: sql`(SELECT name FROM training_programmes WHERE id::text = g.key)` };
    case 'profile':
      return { join: sql`CROSS JOIN LATERAL unnest(p.profiles) AS k(key)`, label: sql`g.key` };
    case 'sex':
      return { join: sql`CROSS JOIN LATERAL (SELECT p.sex AS key) k`, label: sql`g.key` };
    case 'region':
      return { join: sql`CROSS JOIN LATERAL (SELECT coalesce(left(p.district, 2), '') AS key) k`, label: sql`(SELECT name FROM places WHERE code = g.key)` };
    case 'year':
      return { join: sql`CROSS JOIN LATERAL (SELECT to_char(e.on_date, 'YYYY') AS key) k`, label: sql`g.key` };
    case 'month':
      return { join: sql`CROSS JOIN LATERAL (SELECT to_char(e.on_date, 'YYYY-MM') AS key) k`, label: sql`g.key` };
  }
}

export function trainingReportsRepo(db: Db): TrainingReportsRepo {
  return {
    async reach(by, filter) {
      const key = keyOf(by);
      const rows = await queryRows<{ key: string | null; label: string | null; trained: number; certified: number }>(db, sql`
        WITH events AS (
          SELECT a.person_id, s.held_on AS on_date, s.programme_id, 'trained' AS kind
          FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id WHERE a.present
          UNION ALL
          SELECT c.person_id, c.issued_on, c.programme_id, 'certified' FROM training_certificates c WHERE c.voided_at IS NULL
        ),
        keyed AS (
          SELECT k.key, e.person_id, e.kind FROM events e JOIN people p ON p.id = e.person_id ${key.join} WHERE ${eventFilter(filter)}
        ),
        g AS (
          SELECT key, count(DISTINCT person_id) FILTER (WHERE kind = 'trained')::int AS trained,
                 count(DISTINCT person_id) FILTER (WHERE kind = 'certified')::int AS certified
          FROM keyed GROUP BY key
        )
        SELECT g.key, coalesce(${key.label}, g.key) AS label, g.trained, g.certified FROM g
        UNION ALL
        SELECT NULL, NULL, count(DISTINCT person_id) FILTER (WHERE kind = 'trained')::int,
               count(DISTINCT person_id) FILTER (WHERE kind = 'certified')::int FROM keyed
        ORDER BY 1 NULLS LAST`);
      const groups = rows.filter((r) => r.key !== null)
        .map((r) => ({ key: String(r.key), label: String(r.label ?? r.key), trained: Number(r.trained), certified: Number(r.certified) }));
      const total = rows.find((r) => r.key === null);
      return { groups, total: { trained: Number(total?.trained ?? 0), certified: Number(total?.certified ?? 0) } };
    },
  };
}
