/**
 * "Who lacks what": the people of a profile (pallaqueras by default) in the caller's subtree who
 * have not received a given item in the last N months (12 by default), with the last time they
 * did, as JSON or a CSV/XLSX download for the promoter who plans the next distribution.
 */
import type { LacksQuery, LacksReport } from '../../contracts/protection.ts';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import { validationFailed } from '../../domain/errors.ts';
import { addMonths } from '../../domain/mercury/classify.ts';
import { toCsv, toExportTable } from '../../domain/registry/export-table.ts';
import { todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { writeXlsx } from '../files/write-table.ts';
import type { ReportFile } from '../production/reports.service.ts';
import { assertCanActInOrganisation } from '../registry/people-access.ts';

/** The date `months` months before `today` (YYYY-MM-DD), clamped to the month's last day. */
export const monthsBefore = (today: string, months: number): string => addMonths(today, -months);

export async function whoLacks(deps: ServiceDeps, ctx: CallContext, query: LacksQuery): Promise<LacksReport> {
  authorize(ctx.actor, 'ppe.read');
  const repos = deps.store.repos;
  const item = await repos.protection.findItem(query.item_id);
  if (!item) throw validationFailed([{ path: 'item_id', code: 'ppe.item_unknown', message: 'no such item' }]);
  let organisationIds: readonly string[] | null;
  if (query.organisation_id) {
    await assertCanActInOrganisation(repos, ctx.actor, query.organisation_id);
    organisationIds = await repos.organisations.subtreeIds(query.organisation_id);
  } else if (isNetworkWide(ctx.actor)) organisationIds = null;
  else organisationIds = ctx.actor.organisationId ? await repos.organisations.subtreeIds(ctx.actor.organisationId) : [];
  const since = monthsBefore(todayOf(deps), query.months);
  const items = await repos.protection.lacking({ itemId: item.id, profile: query.profile, since, organisationIds });
  return { item_id: item.id, item_name: item.name, profile: query.profile, months: query.months, since, items };
}

const COLUMNS = ['name', 'id_number', 'district', 'last_received_on'];

export async function whoLacksFile(report: LacksReport, format: 'csv' | 'xlsx'): Promise<ReportFile> {
  const table = toExportTable(report.items as unknown as Record<string, unknown>[], COLUMNS);
  const name = `pallay-ppe-lacking-${report.profile}`;
  return format === 'csv'
    ? { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(toCsv(table), 'utf8') }
    : { filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await writeXlsx(table, 'ppe') };
}
