/**
 * Production, income and buyer-discount reports for networks, associations and analysts. Each
 * stays within the caller's organisation subtree (admins and analysts see the whole network)
 * and hides cells about fewer than five people, so no report points at one woman's income.
 */
import { MIN_REPORT_CELL, type BuyerReport, type BuyerReportRow, type ProductionReport, type ProductionReportRow, type ReportQuery } from '../../contracts/production-reports.ts';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import { cellsToSuppress, pooledDiscount, poolSmallBuyers } from '../../domain/production/report-cells.ts';
import { productionSettings, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation } from '../registry/people-access.ts';
import type { ReportAggregate, ReportFilter } from './report-ports.ts';
import { toCsv, toExportTable } from '../../domain/registry/export-table.ts';
import { writeXlsx } from '../files/write-table.ts';

const soles = (cents: number) => Math.round(cents) / 100;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

async function reportFilter(deps: ServiceDeps, repos: Repos, ctx: CallContext, query: Pick<ReportQuery, 'from' | 'to' | 'organisation_id'>): Promise<ReportFilter> {
  authorize(ctx.actor, 'production.reports');
  const base = { from: query.from, to: query.to, discountThreshold: productionSettings(deps).discountThreshold };
  if (query.organisation_id) {
    await assertCanActInOrganisation(repos, ctx.actor, query.organisation_id);
    return { ...base, organisationIds: await repos.organisations.subtreeIds(query.organisation_id) };
  }
  if (isNetworkWide(ctx.actor)) return { ...base, organisationIds: null };
  return { ...base, organisationIds: ctx.actor.organisationId ? await repos.organisations.subtreeIds(ctx.actor.organisationId) : [] };
}

function measures(a: Omit<ReportAggregate, 'key' | 'label'>) {
  return {
    people: a.people, lots: a.lots, lots_kg: round3(a.lots_kg), sales: a.sales, sold_kg: round3(a.sold_kg), fine_gold_g: round3(a.fine_gold_g),
    paid_pen: soles(a.paid_cents), net_reference_pen: soles(a.net_reference_cents),
    discount: a.sales ? pooledDiscount(a.paid_cents, a.net_reference_cents) : null, sales_above_threshold: a.sales_above_threshold,
  };
}

const HIDDEN = { people: null, lots: null, lots_kg: null, sales: null, sold_kg: null, fine_gold_g: null, paid_pen: null, net_reference_pen: null, discount: null, sales_above_threshold: null };

export async function productionReport(deps: ServiceDeps, ctx: CallContext, query: ReportQuery): Promise<ProductionReport> {
  const repos = deps.store.repos;
  const filter = await reportFilter(deps, repos, ctx, query);
  const { groups, total } = await repos.productionReports.byDimension(query.by, filter);
  const hidden = cellsToSuppress(groups.map((g) => ({ count: g.people })), MIN_REPORT_CELL);
  const rows: ProductionReportRow[] = groups.map((g, i) => ({ key: g.key, label: g.label, suppressed: hidden.has(i), ...(hidden.has(i) ? HIDDEN : measures(g)) }));
  return {
    by: query.by, from: query.from ?? null, to: query.to ?? null, min_cell: MIN_REPORT_CELL, discount_threshold: filter.discountThreshold,
    rows, total: total.people < MIN_REPORT_CELL ? HIDDEN : measures(total),
  };
}

export async function buyerReport(deps: ServiceDeps, ctx: CallContext, query: Omit<ReportQuery, 'by'>): Promise<BuyerReport> {
  const repos = deps.store.repos;
  const filter = await reportFilter(deps, repos, ctx, query);
  const { named, pooled } = poolSmallBuyers(await repos.productionReports.byBuyer(filter), MIN_REPORT_CELL);
  const row = (b: { sales: number; paid_cents: number; net_reference_cents: number; sales_above_threshold: number }) => ({
    sales: b.sales, paid_pen: soles(b.paid_cents), net_reference_pen: soles(b.net_reference_cents),
    discount: pooledDiscount(b.paid_cents, b.net_reference_cents), sales_above_threshold: b.sales_above_threshold,
  });
  const rows: BuyerReportRow[] = named.map((b) => ({
    buyer_id: b.buyer_id, name: b.name, kind: b.kind, recpo_registered: b.recpo_registered, mercury_free: b.mercury_free, pooled: false, suppressed: false, ...row(b),
  }));
  if (pooled.length) {
    const sum = pooled.reduce((a, b) => ({ sales: a.sales + b.sales, paid_cents: a.paid_cents + b.paid_cents, net_reference_cents: a.net_reference_cents + b.net_reference_cents,
      sales_above_threshold: a.sales_above_threshold + b.sales_above_threshold }), { sales: 0, paid_cents: 0, net_reference_cents: 0, sales_above_threshold: 0 });
    const small = sum.sales < MIN_REPORT_CELL;
    rows.push({ buyer_id: null, name: `${pooled.length} buyers with fewer than ${MIN_REPORT_CELL} sales each`, kind: null, recpo_registered: null, mercury_free: null,
      pooled: true, suppressed: small, ...(small ? { sales: null, paid_pen: null, net_reference_pen: null, discount: null, sales_above_threshold: null } : row(sum)) });
  }
  return { from: query.from ?? null, to: query.to ?? null, min_sales: MIN_REPORT_CELL, discount_threshold: filter.discountThreshold, rows };
}

export interface ReportFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

const PRODUCTION_COLUMNS = ['key', 'label', 'suppressed', 'people', 'lots', 'lots_kg', 'sales', 'sold_kg', 'fine_gold_g', 'paid_pen', 'net_reference_pen', 'discount', 'sales_above_threshold'];
const BUYER_COLUMNS = ['buyer_id', 'name', 'kind', 'recpo_registered', 'mercury_free', 'pooled', 'suppressed', 'sales', 'paid_pen', 'net_reference_pen', 'discount', 'sales_above_threshold'];

/** A report as a CSV or XLSX download (formula-like text neutralised, as in every export). */
export async function reportFile(name: string, rows: readonly Record<string, unknown>[], format: 'csv' | 'xlsx'): Promise<ReportFile> {
  const table = toExportTable(rows, name === 'buyers' ? BUYER_COLUMNS : PRODUCTION_COLUMNS);
  return format === 'csv'
    ? { filename: `pallay-${name}.csv`, contentType: 'text/csv; charset=utf-8', bytes: Buffer.from(toCsv(table), 'utf8') }
    : { filename: `pallay-${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: await writeXlsx(table, name) };
}
