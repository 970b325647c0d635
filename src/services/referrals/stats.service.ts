/**
 * Referral statistics for analysts: counts by incident type × department and by incident type ×
 * month, every count of 1 to 10 hidden with complementary suppression over rows, columns and
 * totals (domain/referrals/suppress-table.ts). Never a referral, never a district. Departments
 * come with their names (the UBIGEO places table), so a reader needs no second lookup.
 */
import { INCIDENT_TYPES, type CountTable, type ReferralStats, type StatsQuery } from '../../contracts/referrals.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { MIN_REFERRAL_CELL, suppressTable } from '../../domain/referrals/suppress-table.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import type { ReferralCount } from './ports.ts';

export async function referralStats(deps: ServiceDeps, ctx: CallContext, query: StatsQuery): Promise<ReferralStats> {
  authorize(ctx.actor, 'referrals.stats');
  const counts = await deps.store.repos.referrals.counts({ from: query.from ?? null, to: query.to ?? null });
  const byRegion = table(counts, 'department');
  return {
    min_cell: MIN_REFERRAL_CELL,
    by_type_and_region: { ...byRegion, column_names: await departmentNames(deps, byRegion.columns) },
    by_type_and_month: table(counts, 'month'),
  };
}

/** The names of department codes, in order; a code the places table does not know stays as it is. */
async function departmentNames(deps: ServiceDeps, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const departments = await deps.store.repos.places.search({ level: 'department', limit: 50 });
  const names = new Map(departments.map((d) => [d.code, d.name]));
  return codes.map((code) => names.get(code) ?? code);
}

function table(counts: readonly ReferralCount[], by: 'department' | 'month'): CountTable {
  const rows = [...INCIDENT_TYPES];
  const columns = [...new Set(counts.map((c) => c[by]))].sort();
  const cells = rows.map(() => columns.map(() => 0));
  for (const c of counts) cells[rows.indexOf(c.incident_type as (typeof rows)[number])]![columns.indexOf(c[by])]! += c.count;
  const s = suppressTable(cells);
  return { rows, columns, cells: s.cells, row_totals: s.rowTotals, column_totals: s.columnTotals, total: s.total };
}
