/**
 * The read views of savings groups that screens list from (src/db/schema/savings.ts): groups
 * with their member count and open cycle, a group's book with names, its officers and cycles,
 * and a cycle's meetings with attendance and the cash count. Part of the savings repo; kept
 * apart so the ledger's own queries stay short.
 */
import { sql } from 'drizzle-orm';
import type { SavingsRepo } from '../../services/savings/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

type Views = Pick<SavingsRepo, 'listGroups' | 'groupMembers' | 'groupOfficers' | 'groupCycles' | 'meetingSummaries' | 'memberAttendance' | 'savingsInPeriod'>;

export function savingsViews(db: Db): Views {
  return {
    async listGroups(organisationIds) {
      if (organisationIds && organisationIds.length === 0) return [];
      const scope = organisationIds ? sql`AND g.organisation_id IN (${sql.join(organisationIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
      return queryRows(db, sql`
        SELECT g.id, g.organisation_id, g.name, g.constitution,
          (SELECT count(*)::int FROM savings_group_members m WHERE m.group_id = g.id AND m.left_on IS NULL) AS members,
          (SELECT c.id FROM savings_cycles c WHERE c.group_id = g.id AND c.closed_at IS NULL ORDER BY c.starts_on DESC, c.id LIMIT 1) AS open_cycle_id
        FROM savings_groups g WHERE g.archived_at IS NULL ${scope} ORDER BY g.name, g.id`);
    },
    async groupMembers(groupId) {
      return queryRows(db, sql`
        SELECT m.person_id, trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname) AS name, m.position AS member_number,
          m.joined_on::text AS joined_on, m.left_on::text AS left_on
        FROM savings_group_members m JOIN people p ON p.id = m.person_id WHERE m.group_id = ${groupId} ORDER BY m.position`);
    },
    async groupOfficers(groupId) {
      return queryRows(db, sql`
        SELECT id, person_id, role, from_date::text AS from_date, to_date::text AS to_date
        FROM savings_group_officers WHERE group_id = ${groupId} ORDER BY from_date, role, id`);
    },
    async groupCycles(groupId) {
      return queryRows(db, sql`
        SELECT id, starts_on::text AS starts_on, ends_on::text AS ends_on, share_value_cents::float8 AS share_value_cents, closed_at IS NOT NULL AS closed
        FROM savings_cycles WHERE group_id = ${groupId} ORDER BY starts_on, id`);
    },
    async memberAttendance(cycleId, personId) {
      const rows = await queryRows<{ id: string; present: boolean | null }>(db, sql`
        SELECT m.id, a.present FROM savings_meetings m LEFT JOIN savings_attendance a ON a.meeting_id = m.id AND a.person_id = ${personId} WHERE m.cycle_id = ${cycleId}`);
      return new Map(rows.map((r) => [r.id, r.present]));
    },
    async savingsInPeriod(personId, from, to) {
      const [row] = await queryRows<{ is_member: boolean; savings_cents: number }>(db, sql`
        SELECT EXISTS (SELECT 1 FROM savings_group_members WHERE person_id = ${personId}) AS is_member,
          coalesce(sum(t.shares::bigint * c.share_value_cents), 0)::float8 AS savings_cents
        FROM savings_transactions t JOIN savings_meetings m ON m.id = t.meeting_id JOIN savings_cycles c ON c.id = t.cycle_id
        WHERE t.person_id = ${personId} AND t.type = 'share_purchase' AND m.held_on BETWEEN ${from} AND ${to}`);
      return row!;
    },
    async meetingSummaries(cycleId) {
      return queryRows(db, sql`
        SELECT m.id, m.cycle_id, m.held_on::text AS held_on, m.cash_counted_cents::float8 AS cash_counted_cents, m.cash_computed_cents::float8 AS cash_computed_cents,
          (SELECT count(*)::int FROM savings_attendance a WHERE a.meeting_id = m.id AND a.present) AS present
        FROM savings_meetings m WHERE m.cycle_id = ${cycleId} ORDER BY m.held_on`);
    },
  };
}
