/**
 * The group report of a savings cycle (issue 8): for each meeting what moved (savings bought,
 * loans out, repayments, social fund, fines), the group's position after it (total savings,
 * loans outstanding, portfolio at risk over 30 days on that date, women among members and
 * officers on that date) and the cash count; and the same for the whole cycle. As JSON or as a
 * CSV/XLSX/PDF download. Same access as the cycle's balances (`savings.read`, subtree).
 */
import type { SavingsGroupReport, SavingsReportQuery } from '../../contracts/savings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { mapInOrder } from '../../domain/shared/in-order.ts';
import { memberTotals } from '../../domain/savings/member-statement.ts';
import { centsToPen, figureColumns, flowColumns, groupFigures, type WomenCounts } from '../../domain/savings/report-rows.ts';
import { recordsFile, type TableFile } from '../files/table-file.ts';
import { todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { loadCycleBooks } from './cycle-replay.ts';
import { renderGroupReportPdf } from './report-pdf.ts';
import { cycleInScope } from './savings.service.ts';

export async function savingsGroupReport(deps: ServiceDeps, ctx: CallContext, cycleId: string): Promise<SavingsGroupReport> {
  authorize(ctx.actor, 'savings.read');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    const cycle = await cycleInScope(repos, ctx, cycleId);
    const group = (await repos.savings.findGroup(cycle.group_id))!;
    const rows = await repos.savings.cycleTransactions(cycle.id);
    const summaries = await repos.savings.meetingSummaries(cycle.id);
    const women = new Map<string, WomenCounts>(await mapInOrder(summaries, async (m) => [m.held_on, await repos.savings.womenCounts(cycle.group_id, m.held_on)] as const));
    const present = new Map(summaries.map((m) => [m.id, m.present]));
    const meetings: SavingsGroupReport['meetings'] = [];
    const state = await loadCycleBooks(repos, cycle, (meeting, books) => {
      meetings.push({
        held_on: meeting.held_on, present: present.get(meeting.id) ?? 0, flows: memberTotals(rows.filter((r) => r.held_on === meeting.held_on), null, cycle.share_value_cents),
        ...groupFigures(books, meeting.held_on, women.get(meeting.held_on)!),
        cash_counted_cents: meeting.cash_counted_cents, cash_computed_cents: meeting.cash_computed_cents,
        difference_cents: meeting.cash_counted_cents !== null && meeting.cash_computed_cents !== null ? meeting.cash_counted_cents - meeting.cash_computed_cents : null,
      });
    });
    const asOf = cycle.ends_on < today ? cycle.ends_on : today;
    return {
      cycle_id: cycle.id, group_id: group.id, group_name: group.name, starts_on: cycle.starts_on, ends_on: cycle.ends_on, share_value_cents: cycle.share_value_cents,
      closed: cycle.closed || state.shareOut !== undefined, as_of: asOf,
      cycle: { ...groupFigures(state, asOf, await repos.savings.womenCounts(cycle.group_id, asOf)), flows: memberTotals(rows, null, cycle.share_value_cents) },
      meetings,
    };
  });
}

export const GROUP_REPORT_COLUMNS = [
  'period', 'date', 'present', 'shares_bought', 'savings_bought_pen', 'loans_disbursed_pen', 'principal_repaid_pen', 'interest_paid_pen', 'social_fund_paid_pen',
  'social_fund_granted_pen', 'fines_pen', 'total_shares', 'total_savings_pen', 'loans_outstanding_pen', 'par30_pen', 'par30_ratio', 'fund_pen', 'social_fund_pen',
  'members', 'members_women', 'women_members_share', 'officers', 'officers_women', 'women_officers_share', 'cash_counted_pen', 'cash_computed_pen', 'cash_difference_pen',
] as const;

/** One row per meeting, then one for the cycle (period `cycle`, dated `as_of`). */
export function groupReportRows(report: SavingsGroupReport): Record<string, unknown>[] {
  const meetings = report.meetings.map((m) => ({
    period: 'meeting', date: m.held_on, present: m.present, ...flowColumns(m.flows), ...figureColumns(m),
    cash_counted_pen: centsToPen(m.cash_counted_cents), cash_computed_pen: centsToPen(m.cash_computed_cents), cash_difference_pen: centsToPen(m.difference_cents),
  }));
  return [...meetings, { period: 'cycle', date: report.as_of, present: null, ...flowColumns(report.cycle.flows), ...figureColumns(report.cycle), cash_counted_pen: null, cash_computed_pen: null, cash_difference_pen: null }];
}

export async function savingsGroupReportFile(deps: ServiceDeps, ctx: CallContext, cycleId: string, query: SavingsReportQuery): Promise<TableFile> {
  const report = await savingsGroupReport(deps, ctx, cycleId);
  const name = `pallay-savings-report-${report.starts_on}`;
  if (query.format === 'pdf') return { filename: `${name}.pdf`, contentType: 'application/pdf', bytes: renderGroupReportPdf(report, query.lang) };
  return recordsFile(groupReportRows(report), { columns: GROUP_REPORT_COLUMNS, name, sheet: 'report', format: query.format === 'xlsx' ? 'xlsx' : 'csv' });
}
