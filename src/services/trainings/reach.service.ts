/**
 * Reach of the trainings for networks, analysts and the plan's indicators: people trained and
 * certified per programme, profile, sex, region or period, within the caller's subtree. Each
 * count under five people is hidden, with one more in its column when a lone hidden count could
 * be worked out from the total (the production reports' rule, reused).
 */
import { MIN_REPORT_CELL } from '../../contracts/production-reports.ts';
import type { TrainingReport, TrainingReportQuery, TrainingReportRow } from '../../contracts/training-reports.ts';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import { cellsToSuppress } from '../../domain/production/report-cells.ts';
import { toCsv, toExportTable } from '../../domain/registry/export-table.ts';
import { validationFailed } from '../../domain/errors.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import { writeXlsx } from '../files/write-table.ts';
import type { ReportFile } from '../production/reports.service.ts';
import { assertCanActInOrganisation } from '../registry/people-access.ts';
import type { ReachFilter } from './ports.ts';

async function reachFilter(deps: ServiceDeps, ctx: CallContext, query: TrainingReportQuery): Promise<ReachFilter> {
  authorize(ctx.actor, 'trainings.reports');
  const repos = deps.store.repos;
  const base = { from: query.from, to: query.to, programmeId: query.programme_id };
  if (query.organisation_id) {
    await assertCanActInOrganisation(repos, ctx.actor, query.organisation_id);
    return { ...base, organisationIds: await repos.organisations.subtreeIds(query.organisation_id) };
  }
  if (isNetworkWide(ctx.actor)) return { ...base, organisationIds: null };
  return { ...base, organisationIds: ctx.actor.organisationId ? await repos.organisations.subtreeIds(ctx.actor.organisationId) : [] };
}

export async function trainingReach(deps: ServiceDeps, ctx: CallContext, query: TrainingReportQuery): Promise<TrainingReport> {
  const filter = await reachFilter(deps, ctx, query);
  if (filter.from && filter.to && filter.from > filter.to) {
    throw validationFailed([{ path: 'to', code: 'period.ends_before_start', message: 'cannot be before the start of the period' }]);
  }
  const { groups, total } = await deps.store.repos.trainingReports.reach(query.by, filter);
  const hiddenTrained = cellsToSuppress(groups.map((g) => ({ count: g.trained })), MIN_REPORT_CELL);
  const hiddenCertified = cellsToSuppress(groups.map((g) => ({ count: g.certified })), MIN_REPORT_CELL);
  const rows: TrainingReportRow[] = groups.map((g, i) => ({
    key: g.key,
    label: g.label,
    suppressed: hiddenTrained.has(i) || hiddenCertified.has(i),
    trained: hiddenTrained.has(i) ? null : g.trained,
    certified: hiddenCertified.has(i) ? null : g.certified,
  }));
  return {
    by: query.by, from: query.from ?? null, to: query.to ?? null, min_cell: MIN_REPORT_CELL, rows,
    total: { trained: total.trained < MIN_REPORT_CELL ? null : total.trained, certified: total.certified < MIN_REPORT_CELL ? null : total.certified },
  };
}

const COLUMNS = ['key', 'label', 'suppressed', 'trained', 'certified'];

/** The report as a CSV or XLSX download (formula-like text neutralised, as in every export). */
export async function trainingReachFile(report: TrainingReport, format: 'csv' | 'xlsx'): Promise<ReportFile> {
  const table = toExportTable(report.rows as unknown as Record<string, unknown>[], COLUMNS);
  const name = `pallay-trainings-by-${report.by}`;
  return format === 'csv'
    ? { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(toCsv(table), 'utf8') }
    : { filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await writeXlsx(table, 'trainings') };
}
