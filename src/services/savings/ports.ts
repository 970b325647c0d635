/**
 * Repository interface of savings groups: groups, members in book order, officers, cycles with
 * their rules, meetings with attendance and the cash count, and the transactions of a cycle in
 * replay order. src/db implements it; services see no SQL.
 */
import type { StoredCycle, StoredTransaction } from '../../domain/savings/stored.ts';

export interface SavingsGroupRow {
  id: string;
  organisation_id: string;
  name: string;
  constitution: string;
}

export interface SavingsCycleRow extends StoredCycle {
  id: string;
  group_id: string;
  organisation_id: string;
  social_fund_opening_cents: number;
  closed: boolean;
}

export interface SavingsMeetingRow {
  id: string;
  cycle_id: string;
  held_on: string;
  cash_counted_cents: number | null;
  cash_computed_cents: number | null;
}

/** A group in a list: how many members its book holds and its open cycle, if any. */
export interface SavingsGroupSummary extends SavingsGroupRow {
  members: number;
  open_cycle_id: string | null;
}

export interface SavingsGroupMemberRow {
  person_id: string;
  name: string;
  /** Position in the group's book (1, 2, …): the member number and the share-out tie-break. */
  member_number: number;
  joined_on: string;
  left_on: string | null;
}

export interface SavingsOfficerRow {
  id: string;
  person_id: string;
  role: string;
  from_date: string;
  to_date: string | null;
}

export interface SavingsCycleSummary {
  id: string;
  starts_on: string;
  ends_on: string;
  share_value_cents: number;
  closed: boolean;
}

export interface SavingsMeetingSummary extends SavingsMeetingRow {
  /** Members marked present (0 when attendance was not taken). */
  present: number;
}

export interface NewSavingsTransaction extends Omit<StoredTransaction, 'held_on'> {
  meeting_id: string;
  created_by: string | null;
}

export interface SavingsRepo {
  insertGroup(row: SavingsGroupRow & { created_by: string | null }): Promise<void>;
  findGroup(id: string): Promise<SavingsGroupRow | undefined>;
  /** Adds the person at the end of the book; nothing when she is already a member. */
  addMember(groupId: string, personId: string, joinedOn: string): Promise<void>;
  /** Person ids in book order. */
  memberIds(groupId: string): Promise<string[]>;
  insertOfficer(row: { id: string; group_id: string; person_id: string; role: string; from_date: string }): Promise<void>;
  insertCycle(row: Omit<SavingsCycleRow, 'organisation_id' | 'closed'> & { created_by: string | null }): Promise<void>;
  findCycle(id: string): Promise<SavingsCycleRow | undefined>;
  /**
   * Holds the cycle's row (or the group's) until the transaction ends, so writes to one cycle
   * (or one group's book and cycles) replay and append one after another on PostgreSQL too.
   */
  lockCycle(id: string): Promise<void>;
  lockGroup(id: string): Promise<void>;
  closeCycle(id: string, at: Date): Promise<void>;
  /** The cycle's transactions with their meeting date, in replay order. */
  cycleTransactions(cycleId: string): Promise<StoredTransaction[]>;
  cycleMeetings(cycleId: string): Promise<SavingsMeetingRow[]>;
  findMeeting(cycleId: string, heldOn: string): Promise<SavingsMeetingRow | undefined>;
  insertMeeting(row: SavingsMeetingRow & { created_by: string | null }): Promise<void>;
  setCashCount(meetingId: string, counted: number, computed: number): Promise<void>;
  setAttendance(meetingId: string, present: ReadonlyMap<string, boolean>): Promise<void>;
  /** Current members and officers (no end date), and how many of each are women. */
  womenCounts(groupId: string, today: string): Promise<{ members: number; members_women: number; officers: number; officers_women: number }>;
  /** The group's members with their identity document number (what a paper ledger names them by). */
  memberDocuments(groupId: string): Promise<{ person_id: string; id_number: string | null }[]>;
  /** Meetings of the cycle, those where attendance was taken for the person, and those she attended. */
  attendanceOf(cycleId: string, personId: string): Promise<{ meetings: number; meetings_with_attendance: number; meetings_present: number }>;
  /** Groups of the organisations (every group when null), by name, with member count and open cycle. */
  listGroups(organisationIds: readonly string[] | null): Promise<SavingsGroupSummary[]>;
  /** Members in book order with their registry name. */
  groupMembers(groupId: string): Promise<SavingsGroupMemberRow[]>;
  groupOfficers(groupId: string): Promise<SavingsOfficerRow[]>;
  /** Cycles of the group, oldest first. */
  groupCycles(groupId: string): Promise<SavingsCycleSummary[]>;
  /** Whether the person is in any savings group, and the céntimos of shares she bought at meetings held from `from` to `to`, across cycles. */
  savingsInPeriod(personId: string, from: string, to: string): Promise<{ is_member: boolean; savings_cents: number }>;
  /** Meetings of the cycle by id: whether the person was present (null where attendance was not taken). */
  memberAttendance(cycleId: string, personId: string): Promise<Map<string, boolean | null>>;
  /** Meetings of the cycle by date, with how many members were present. */
  meetingSummaries(cycleId: string): Promise<SavingsMeetingSummary[]>;
  /**
   * Appends after the cycle's last transaction, in the given order. Returns the ids that were
   * already stored (in any cycle, even by a concurrent request): those rows are not written.
   */
  insertTransactions(cycleId: string, rows: readonly NewSavingsTransaction[]): Promise<string[]>;
}

export interface SavingsRepos {
  savings: SavingsRepo;
}
