/**
 * The rows of other modules that point at a person, moved to the surviving record when two
 * records of one woman are merged (the registry's duplicate review). Each statement names its
 * table, so a reader can check this file against the catalog test
 * (test/integration/merge-moves-everything.test.ts), which fails when a new table points at
 * people and is moved nowhere. Savings books have unique keys per member: where both records
 * are in one group or were both marked at one meeting, one row stays (see moveSavings).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PersonLinksRepo } from '../../services/registry/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

/** Rows changed by a data-modifying statement (which must end without RETURNING). */
async function changed(db: Db, query: SQL): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(db, sql`WITH changed AS (${query} RETURNING 1) SELECT count(*) AS n FROM changed`);
  return Number(rows[0]?.n ?? 0);
}

/** Tables with no unique key on the person: a plain re-pointing, one statement each. */
function plainMoves(from: string, to: string): Record<string, SQL> {
  return {
    mercury_evaluations: sql`UPDATE mercury_evaluations SET person_id = ${to} WHERE person_id = ${from}`,
    ppe_distributions: sql`UPDATE ppe_distributions SET person_id = ${to} WHERE person_id = ${from}`,
    referrals: sql`UPDATE referrals SET person_id = ${to} WHERE person_id = ${from}`,
    selection_authorisations: sql`UPDATE selection_authorisations SET person_id = ${to} WHERE person_id = ${from}`,
    user_accounts: sql`UPDATE users SET person_id = ${to} WHERE person_id = ${from}`,
    // Records merged into hers earlier now point at the record that remains (no chains to follow).
    merged_records: sql`UPDATE people SET merged_into_id = ${to} WHERE merged_into_id = ${from}`,
    savings_offices: sql`UPDATE savings_group_officers SET person_id = ${to} WHERE person_id = ${from}`,
    savings_transactions: sql`UPDATE savings_transactions SET person_id = ${to} WHERE person_id = ${from}`,
  };
}

interface Seat {
  group_id: string;
  position: number;
  joined_on: string;
  left_on: string | null;
}

/**
 * Her seats in savings groups. Where both records hold a seat in one group, the survivor keeps
 * the earlier place in the book (the member number and share-out tie-break), the earlier join
 * date, and an open seat if either was open. Returns the seats moved or folded.
 */
async function moveSeats(db: Db, from: string, to: string): Promise<number> {
  const folded = await queryRows<Seat>(db, sql`DELETE FROM savings_group_members m
    WHERE m.person_id = ${from} AND m.group_id IN (SELECT group_id FROM savings_group_members WHERE person_id = ${to})
    RETURNING group_id, position, joined_on::text AS joined_on, left_on::text AS left_on`);
  for (const seat of folded) {
    await db.execute(sql`UPDATE savings_group_members SET position = least(position, ${seat.position}), joined_on = least(joined_on, ${seat.joined_on}::date),
      left_on = CASE WHEN left_on IS NULL OR ${seat.left_on}::date IS NULL THEN NULL ELSE greatest(left_on, ${seat.left_on}::date) END
      WHERE group_id = ${seat.group_id} AND person_id = ${to}`);
  }
  return folded.length + (await changed(db, sql`UPDATE savings_group_members SET person_id = ${to} WHERE person_id = ${from}`));
}

/** Her attendance marks; where both records were marked at one meeting, present on either side wins. */
async function moveAttendance(db: Db, from: string, to: string): Promise<number> {
  await db.execute(sql`UPDATE savings_attendance k SET present = true FROM savings_attendance m
    WHERE k.person_id = ${to} AND m.person_id = ${from} AND m.meeting_id = k.meeting_id AND m.present AND NOT k.present`);
  const folded = await changed(db, sql`DELETE FROM savings_attendance
    WHERE person_id = ${from} AND meeting_id IN (SELECT meeting_id FROM savings_attendance WHERE person_id = ${to})`);
  return folded + (await changed(db, sql`UPDATE savings_attendance SET person_id = ${to} WHERE person_id = ${from}`));
}

export function personLinksRepo(db: Db): PersonLinksRepo {
  return {
    async moveLinks(from, to) {
      const counts: Record<string, number> = {};
      counts.savings_memberships = await moveSeats(db, from, to);
      counts.savings_attendance = await moveAttendance(db, from, to);
      for (const [kind, query] of Object.entries(plainMoves(from, to))) counts[kind] = await changed(db, query);
      return counts;
    },
    async linkCounts(personId) {
      const [row] = await queryRows<Record<string, number>>(db, sql`SELECT
        (SELECT count(*)::int FROM consents WHERE person_id = ${personId}) AS consents,
        (SELECT count(*)::int FROM memberships WHERE person_id = ${personId}) AS memberships,
        (SELECT count(*)::int FROM ore_lots WHERE owner_person_id = ${personId}) AS ore_lots,
        (SELECT count(*)::int FROM sales WHERE seller_person_id = ${personId}) AS sales,
        (SELECT count(*)::int FROM income_statements WHERE person_id = ${personId}) AS income_statements,
        (SELECT count(*)::int FROM training_enrolments WHERE person_id = ${personId}) AS training_enrolments,
        (SELECT count(*)::int FROM training_attendance WHERE person_id = ${personId}) AS training_attendance,
        (SELECT count(*)::int FROM training_certificates WHERE person_id = ${personId}) AS training_certificates`);
      return row!;
    },
    async savingsCyclesOf(personId) {
      const rows = await queryRows<{ id: string }>(db, sql`
        SELECT c.id FROM savings_cycles c WHERE c.group_id IN (SELECT group_id FROM savings_group_members WHERE person_id = ${personId})
        UNION SELECT cycle_id FROM savings_transactions WHERE person_id = ${personId} ORDER BY 1`);
      return rows.map((r) => r.id);
    },
  };
}
