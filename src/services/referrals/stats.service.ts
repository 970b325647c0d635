/**
 * Referral statistics for analysts: counts by incident type × department and by incident type ×
 * month, every count of 1 to 10 hidden with complementary suppression over rows, columns and
 * totals (domain/referrals/suppress-table.ts). Never a referral, never a district.
 */
import { INCIDENT_TYPES, type CountTable, type ReferralStats, type StatsQuery } from '../../contracts/referrals.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { MIN_REFERRAL_CELL, suppressTable } from '../../domain/referrals/suppress-table.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import type { ReferralCount } from './ports.ts';

export async function referralStats(deps: ServiceDeps, ctx: CallContext, query: StatsQuery): Promise<ReferralStats> {
  authorize(ctx.actor, 'referrals.stats');
  const counts = await deps.store.repos.referrals.counts({ from: query.from ?? null, to: query.to ?? null });
  return {
    min_cell: MIN_REFERRAL_CELL,
    by_type_and_region: table(counts, 'department'),
    by_type_and_month: table(counts, 'month'),
  };
}

function table(counts: readonly ReferralCount[], by: 'department' | 'month'): CountTable {
  const rows = [...INCIDENT_TYPES];
  const columns = [...new Set(counts.map((c) => c[by]))].sort();
  const cells = rows.map(() => columns.map(() => 0));
  for (const c of counts) cells[rows.indexOf(c.incident_type as (typeof rows)[number])]![columns.indexOf(c[by])]! += c.count;
  const s = suppressTable(cells);
  return { rows, columns, cells: s.cells, row_totals: s.rowTotals, column_totals: s.columnTotals, total: s.total };
}
