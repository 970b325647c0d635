/**
 * A member's savings statement as a download (CSV, XLSX or PDF): her passbook — one line per
 * meeting of the cycle with her attendance, what she bought, borrowed, repaid and paid, and her
 * shares and debt after it — and the totals of her statement. Access and the audit entry are
 * those of the statement itself (statements.service.ts): every read, JSON or file, is audited.
 */
import type { SavingsReportQuery } from '../../contracts/savings.ts';
import { memberTotals } from '../../domain/savings/member-statement.ts';
import { centsToPen, flowColumns, memberPosition, type MemberPassbook, type PassbookLine } from '../../domain/savings/report-rows.ts';
import { recordsFile, type TableFile } from '../files/table-file.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import { loadCycleBooks } from './cycle-replay.ts';
import { renderMemberStatementPdf } from './report-pdf.ts';
import { savingsMemberStatement } from './statements.service.ts';

export async function memberPassbook(deps: ServiceDeps, ctx: CallContext, cycleId: string, personId: string): Promise<MemberPassbook> {
  const statement = await savingsMemberStatement(deps, ctx, cycleId, personId);
  return deps.store.transaction(async (repos) => {
    const cycle = (await repos.savings.findCycle(cycleId))!;
    const group = (await repos.savings.findGroup(cycle.group_id))!;
    const member = (await repos.savings.groupMembers(cycle.group_id)).find((m) => m.person_id === personId)!;
    const rows = (await repos.savings.cycleTransactions(cycle.id)).filter((r) => r.person_id === personId);
    const attendance = await repos.savings.memberAttendance(cycle.id, personId);
    const lines: PassbookLine[] = [];
    await loadCycleBooks(repos, cycle, (meeting, state) => {
      const flows = memberTotals(rows.filter((r) => r.held_on === meeting.held_on), personId, cycle.share_value_cents);
      lines.push({ held_on: meeting.held_on, present: attendance.get(meeting.id) ?? null, flows, ...memberPosition(state, personId) });
    });
    return { statement, group_name: group.name, member_name: member.name, member_number: member.member_number, lines };
  });
}

export const PASSBOOK_COLUMNS = [
  'date', 'present', 'shares_bought', 'savings_bought_pen', 'loans_disbursed_pen', 'principal_repaid_pen', 'interest_paid_pen', 'social_fund_paid_pen',
  'social_fund_granted_pen', 'fines_pen', 'shares_total', 'savings_total_pen', 'loans_outstanding_pen', 'interest_due_pen',
] as const;

const presence = (present: boolean | null) => (present === null ? '' : present ? 'yes' : 'no');

/** One row per meeting, then a `total` row with her statement's totals and the interest due. */
export function passbookRows(book: MemberPassbook): Record<string, unknown>[] {
  const s = book.statement;
  const lines = book.lines.map((l) => ({
    date: l.held_on, present: presence(l.present), ...flowColumns(l.flows), shares_total: l.shares, savings_total_pen: centsToPen(l.savings_cents),
    loans_outstanding_pen: centsToPen(l.loans_outstanding_cents), interest_due_pen: null,
  }));
  const total = {
    date: 'total', present: s.meetings_present, ...flowColumns(s), shares_total: s.shares, savings_total_pen: centsToPen(s.savings_cents),
    loans_outstanding_pen: centsToPen(s.loans_outstanding_cents), interest_due_pen: centsToPen(s.interest_due_cents),
  };
  return [...lines, total];
}

export async function savingsMemberStatementFile(deps: ServiceDeps, ctx: CallContext, cycleId: string, personId: string, query: SavingsReportQuery): Promise<TableFile> {
  const book = await memberPassbook(deps, ctx, cycleId, personId);
  const name = `pallay-savings-statement-${book.statement.starts_on}-${book.member_number}`;
  if (query.format === 'pdf') return { filename: `${name}.pdf`, contentType: 'application/pdf', bytes: renderMemberStatementPdf(book, query.lang) };
  return recordsFile(passbookRows(book), { columns: PASSBOOK_COLUMNS, name, sheet: 'statement', format: query.format === 'xlsx' ? 'xlsx' : 'csv' });
}
