/**
 * Savings groups in SQL (src/db/schema/savings.ts): members keep their book position, a
 * cycle's transactions come back in `seq` order with their meeting date so the ledger can be
 * replayed, and new transactions are appended after the last `seq` of the cycle.
 */
import { sql } from 'drizzle-orm';
import type { StoredTransaction } from '../../domain/savings/stored.ts';
import type { SavingsCycleRow, SavingsGroupRow, SavingsMeetingRow, SavingsRepo } from '../../services/savings/ports.ts';
import { savingsViews } from './savings-views.repo.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';
import { savingsCycles, savingsGroupOfficers, savingsGroups, savingsMeetings } from '../schema/savings.ts';

const MEETING_COLUMNS = sql`id, cycle_id, held_on::text AS held_on, cash_counted_cents::float8 AS cash_counted_cents, cash_computed_cents::float8 AS cash_computed_cents`;

export function savingsRepo(db: Db): SavingsRepo {
  return {
    ...savingsViews(db),
    async insertGroup(row) {
      await db.insert(savingsGroups).values({ id: row.id, organisationId: row.organisation_id, name: row.name, constitution: row.constitution, createdBy: row.created_by });
    },
    async findGroup(id) {
      return (await queryRows<SavingsGroupRow>(db, sql`SELECT id, organisation_id, name, constitution FROM savings_groups WHERE id = ${id} AND archived_at IS NULL`))[0];
    },
    async addMember(groupId, personId, joinedOn) {
      await db.execute(sql`
        INSERT INTO savings_group_members (group_id, person_id, position, joined_on)
        SELECT ${groupId}, ${personId}, coalesce(max(position), 0) + 1, ${joinedOn} FROM savings_group_members WHERE group_id = ${groupId}
        ON CONFLICT (group_id, person_id) DO NOTHING`);
    },
    async memberIds(groupId) {
      const rows = await queryRows<{ person_id: string }>(db, sql`SELECT person_id FROM savings_group_members WHERE group_id = ${groupId} ORDER BY position`);
      return rows.map((r) => r.person_id);
    },
    async insertOfficer(row) {
      await db.insert(savingsGroupOfficers).values({ id: row.id, groupId: row.group_id, personId: row.person_id, role: row.role, fromDate: row.from_date });
    },
    async insertCycle(row) {
      await db.insert(savingsCycles).values({
        id: row.id, groupId: row.group_id, startsOn: row.starts_on, endsOn: row.ends_on, shareValueCents: row.share_value_cents,
        minSharesPerMeeting: row.min_shares_per_meeting, maxSharesPerMeeting: row.max_shares_per_meeting, monthlyInterestBp: row.monthly_interest_bp,
        maxLoanMultiple: row.max_loan_multiple, loanTermMonths: row.loan_term_months, socialFundCents: row.social_fund_cents, fines: row.fines,
        socialFundOpeningCents: row.social_fund_opening_cents, createdBy: row.created_by,
      });
    },
    async findCycle(id) {
      const rows = await queryRows<SavingsCycleRow>(db, sql`
        SELECT c.id, c.group_id, g.organisation_id, c.starts_on::text AS starts_on, c.ends_on::text AS ends_on, c.share_value_cents::float8 AS share_value_cents,
          c.min_shares_per_meeting, c.max_shares_per_meeting, c.monthly_interest_bp, c.max_loan_multiple, c.loan_term_months,
          c.social_fund_cents::float8 AS social_fund_cents, c.fines, c.social_fund_opening_cents::float8 AS social_fund_opening_cents, c.closed_at IS NOT NULL AS closed
        FROM savings_cycles c JOIN savings_groups g ON g.id = c.group_id WHERE c.id = ${id}`);
      return rows[0];
    },
    async lockCycle(id) {
      await db.execute(sql`SELECT id FROM savings_cycles WHERE id = ${id} FOR UPDATE`);
    },
    async lockGroup(id) {
      await db.execute(sql`SELECT id FROM savings_groups WHERE id = ${id} FOR UPDATE`);
    },
    async closeCycle(id, at) {
      await db.execute(sql`UPDATE savings_cycles SET closed_at = ${at.toISOString()}, updated_at = ${at.toISOString()}, version = version + 1 WHERE id = ${id}`);
    },
    async cycleTransactions(cycleId) {
      return queryRows<StoredTransaction>(db, sql`
        SELECT t.id, m.held_on::text AS held_on, t.type, t.person_id, t.shares, t.amount_cents::float8 AS amount_cents,
          t.interest_cents::float8 AS interest_cents, t.fine_code
        FROM savings_transactions t JOIN savings_meetings m ON m.id = t.meeting_id WHERE t.cycle_id = ${cycleId} ORDER BY t.seq`);
    },
    async cycleMeetings(cycleId) {
      return queryRows<SavingsMeetingRow>(db, sql`SELECT ${MEETING_COLUMNS} FROM savings_meetings WHERE cycle_id = ${cycleId} ORDER BY held_on`);
    },
    async findMeeting(cycleId, heldOn) {
      return (await queryRows<SavingsMeetingRow>(db, sql`SELECT ${MEETING_COLUMNS} FROM savings_meetings WHERE cycle_id = ${cycleId} AND held_on = ${heldOn}`))[0];
    },
    async insertMeeting(row) {
      await db.insert(savingsMeetings).values({ id: row.id, cycleId: row.cycle_id, heldOn: row.held_on, cashCountedCents: row.cash_counted_cents, cashComputedCents: row.cash_computed_cents, createdBy: row.created_by });
    },
    async setCashCount(meetingId, counted, computed) {
      await db.execute(sql`UPDATE savings_meetings SET cash_counted_cents = ${counted}, cash_computed_cents = ${computed} WHERE id = ${meetingId}`);
    },
    async setAttendance(meetingId, present) {
      for (const [personId, isPresent] of present) {
        await db.execute(sql`INSERT INTO savings_attendance (meeting_id, person_id, present) VALUES (${meetingId}, ${personId}, ${isPresent})
          ON CONFLICT (meeting_id, person_id) DO UPDATE SET present = EXCLUDED.present`);
      }
    },
    async womenCounts(groupId, today) {
      const [row] = await queryRows<{ members: number; members_women: number; officers: number; officers_women: number }>(db, sql`
        SELECT
          (SELECT count(*)::int FROM savings_group_members m WHERE m.group_id = ${groupId} AND (m.left_on IS NULL OR m.left_on > ${today})) AS members,
          (SELECT count(*)::int FROM savings_group_members m JOIN people p ON p.id = m.person_id WHERE m.group_id = ${groupId} AND (m.left_on IS NULL OR m.left_on > ${today}) AND p.sex = 'female') AS members_women,
          (SELECT count(DISTINCT o.person_id)::int FROM savings_group_officers o WHERE o.group_id = ${groupId} AND (o.to_date IS NULL OR o.to_date > ${today})) AS officers,
          (SELECT count(DISTINCT o.person_id)::int FROM savings_group_officers o JOIN people p ON p.id = o.person_id WHERE o.group_id = ${groupId} AND (o.to_date IS NULL OR o.to_date > ${today}) AND p.sex = 'female') AS officers_women`);
      return row!;
    },
    async memberDocuments(groupId) {
      return queryRows<{ person_id: string; id_number: string | null }>(db, sql`
        SELECT m.person_id, p.id_number FROM savings_group_members m JOIN people p ON p.id = m.person_id WHERE m.group_id = ${groupId} ORDER BY m.position`);
    },
    async attendanceOf(cycleId, personId) {
      const [row] = await queryRows<{ meetings: number; meetings_with_attendance: number; meetings_present: number }>(db, sql`
        SELECT count(*)::int AS meetings, count(a.person_id)::int AS meetings_with_attendance, count(*) FILTER (WHERE a.present)::int AS meetings_present
        FROM savings_meetings m LEFT JOIN savings_attendance a ON a.meeting_id = m.id AND a.person_id = ${personId} WHERE m.cycle_id = ${cycleId}`);
      return row!;
    },
    async insertTransactions(cycleId, rows) {
      if (!rows.length) return [];
      const [{ last }] = (await queryRows<{ last: number }>(db, sql`SELECT coalesce(max(seq), 0)::int AS last FROM savings_transactions WHERE cycle_id = ${cycleId}`)) as [{ last: number }];
      const taken: string[] = [];
      for (const [i, r] of rows.entries()) {
        const written = await queryRows<{ id: string }>(db, sql`INSERT INTO savings_transactions (id, cycle_id, meeting_id, seq, type, person_id, shares, amount_cents, interest_cents, fine_code, created_by)
          VALUES (${r.id}, ${cycleId}, ${r.meeting_id}, ${last + i + 1}, ${r.type}, ${r.person_id}, ${r.shares}, ${r.amount_cents}, ${r.interest_cents}, ${r.fine_code}, ${r.created_by})
          ON CONFLICT (id) DO NOTHING RETURNING id`);
        if (!written.length) taken.push(r.id);
      }
      return taken;
    },
  };
}
