/**
 * The progress report of a plan for a date range: every node with its status and share done,
 * the updates reported in the range, and each indicator's baseline, final target and latest
 * value. As JSON for the screen, as an XLSX workbook (one sheet per table) for analysts, and as
 * a short PDF for a ministry's or a regional government's meeting.
 */
import type { PlanReport, PlanReportQuery } from '../../contracts/plans.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { validationFailed } from '../../domain/errors.ts';
import { planPercent } from '../../domain/plans/plan-tree.ts';
import { toExportTable } from '../../domain/registry/export-table.ts';
import { writeXlsxSheets } from '../files/write-table.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import { liveValues } from './live-indicators.ts';
import { renderPlanReportPdf } from './plan-report-pdf.ts';
import { findPlanOrFail, indicatorOutput, progressOutput, treeNodes } from './plans.service.ts';

export async function planReport(deps: ServiceDeps, ctx: CallContext, planId: string, range: Pick<PlanReportQuery, 'from' | 'to'>): Promise<PlanReport> {
  authorize(ctx.actor, 'plans.read');
  if (range.from > range.to) throw validationFailed([{ path: 'to', code: 'date.before_from', params: { from: range.from }, message: `is before from (${range.from})` }]);
  const { repos } = deps.store;
  const plan = await findPlanOrFail(repos, planId);
  const nodes = await treeNodes(repos, planId);
  const updates = await repos.plans.progressBetween(planId, range.from, range.to);
  const indicators = await repos.plans.indicators(planId);
  const actuals = await repos.plans.actuals(indicators.map((i) => i.id));
  const live = await liveValues(deps, ctx, indicators);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    plan: { id: plan.id, title: plan.title, percent: planPercent(nodes) },
    from: range.from,
    to: range.to,
    rows: nodes.map((n) => {
      const own = updates.filter((u) => u.node_id === n.id);
      const last = own.at(-1);
      return {
        code: n.code, kind: n.kind, title: n.title, level: n.level, status: n.status, percent: n.percent,
        updates: own.length, last_reported_on: last?.reported_on ?? null, last_note: last?.note ?? null,
      };
    }),
    updates: updates.filter((u) => byId.has(u.node_id)).map((u) => ({ ...progressOutput(u), code: byId.get(u.node_id)!.code, title: byId.get(u.node_id)!.title })),
    indicators: indicators.map((i) => {
      const view = indicatorOutput(i, actuals, live.get(i.id) ?? null);
      const final = i.targets.at(-1);
      return {
        code: i.code, name: i.name, unit: i.unit, baseline: i.baseline_value, target: final?.value ?? null, target_year: final?.year ?? null,
        latest: view.trend.latest?.value ?? null, on_track: view.trend.on_track,
      };
    }),
  };
}

export interface ReportFile { bytes: Buffer; contentType: string; filename: string }

export async function planReportFile(deps: ServiceDeps, ctx: CallContext, planId: string, query: PlanReportQuery): Promise<ReportFile> {
  const report = await planReport(deps, ctx, planId, query);
  const name = `plan-progress-${query.from}-${query.to}`;
  if (query.format === 'pdf') {
    return { bytes: renderPlanReportPdf(report, query.lang), contentType: 'application/pdf', filename: `${name}.pdf` };
  }
  const bytes = await writeXlsxSheets([
    { name: 'nodes', table: toExportTable(report.rows, ['code', 'kind', 'title', 'level', 'status', 'percent', 'updates', 'last_reported_on', 'last_note']) },
    { name: 'updates', table: toExportTable(report.updates, ['reported_on', 'code', 'title', 'author_name', 'percent', 'status', 'note', 'evidence_url']) },
    { name: 'indicators', table: toExportTable(report.indicators, ['code', 'name', 'unit', 'baseline', 'target', 'target_year', 'latest', 'on_track']) },
  ]);
  return { bytes, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${name}.xlsx` };
}
