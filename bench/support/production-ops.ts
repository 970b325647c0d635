/**
 * The operations the production figures time, each beside its hand-written baseline on the raw
 * driver of the same database: recording a sale (recordSale vs the same three writes in one
 * transaction), a production report (productionReport vs GROUP BY statements over sales and
 * lots) and an income statement (issueStatement vs one aggregate SELECT of her period).
 * The app side runs as the CLI does (an admin actor, the real store, the real clock); the
 * baselines are the least a database must do to give the same answer, so the ratio is the
 * cost of our layers: authorisation, validation, price lookup, audit, Drizzle, shaping.
 */
import { uuidv7 } from 'uuidv7';
import { ReportQuery, type ProductionReport } from '../../src/contracts/production-reports.ts';
import type { SaleInput } from '../../src/contracts/production.ts';
import type { StatementOutput } from '../../src/contracts/statements.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { createStore } from '../../src/db/store.ts';
import type { CallContext, ServiceDeps } from '../../src/services/deps.ts';
import { productionReport } from '../../src/services/production/reports.service.ts';
import { recordSale } from '../../src/services/production/sales.service.ts';
import { issueStatement } from '../../src/services/production/statements.service.ts';
import type { ProductionLedger } from './production-load.ts';
import type { RegistryEngine } from './registry-engine.ts';

export type Op = () => Promise<unknown>;
export type ReportBy = 'region' | 'month';

export interface OpPair {
  app: Op;
  baseline: Op;
}

const CONTEXT: CallContext = { actor: CLI_ACTOR, requestId: null };
/** A sale of 400 kg from a 1,000 kg lot, a month after its season: as a promoter would enter it. */
const SOLD_ON = '2026-03-16';
const SOLD_KG = 400;
const DISCOUNT_THRESHOLD = 0.2;
export const STATEMENT_PERIOD = { from: '2025-01-01', to: '2025-12-31' };

export function serviceDeps(engine: RegistryEngine): ServiceDeps {
  return { store: createStore(engine.database.db), clock: () => new Date(), settings: { sessionIdleMinutes: 30 } };
}

const RAW_SALE = `INSERT INTO sales (id, sold_on, seller_person_id, buyer_organisation_id, kind, weight_kg, grade_g_per_t, recovery, fine_gold_g,
  fine_gold_given, processing_fee_cents_per_t, transport_cents, deductions_cents, paid_cents, receipt_number, gold_usd_per_oz, gold_price_date,
  pen_per_usd, pen_per_usd_date, price_stale, reference_usd_cents, reference_pen_cents, net_reference_pen_cents, floor95_pen_cents, discount, created_by)
  VALUES ($1, $2, $3, $4, 'ore_to_plant', $5, 9.5, 0.9, 3.42, false, 30000, 5000, 17000, 110000, 'B-1', 4500, '2026-03-01', 3.45, '2026-03-01',
  false, 49482, 170713, 153713, 162177, 0.2844, NULL)`;
const RAW_PORTION = 'INSERT INTO sale_lots (sale_id, lot_id, weight_kg) VALUES ($1, $2, $3)';
const RAW_LOT_UPDATE = `UPDATE ore_lots SET sold_kg = sold_kg + $2, status = CASE WHEN sold_kg + $2 >= weight_kg THEN 'sold' ELSE 'sold_in_part' END,
  version = version + 1, updated_at = now() WHERE id = $1`;

/** Each call sells from the next unsold pool lot, so no two sales (app or baseline) share a lot. */
export function recordSalePair(engine: RegistryEngine, deps: ServiceDeps, ledger: ProductionLedger): OpPair {
  let next = 0;
  const takeLot = () => {
    const lot = ledger.poolLots[next++];
    if (!lot) throw new Error(`record-sale pool of ${ledger.poolLots.length} lots used up`);
    return lot;
  };
  const owners = new Map<string, string>();
  return {
    app: () => {
      const input: SaleInput = {
        id: uuidv7(), sold_on: SOLD_ON, buyer_organisation_id: ledger.buyers[next % ledger.buyers.length]!, kind: 'ore_to_plant',
        lots: [{ lot_id: takeLot(), weight_kg: SOLD_KG }], grade_g_per_t: 9.5, recovery: 0.9, processing_fee_pen_per_t: 300, transport_pen: 50,
        paid_pen: 1100, receipt_number: 'B-1',
      };
      return recordSale(deps, CONTEXT, input);
    },
    baseline: async () => {
      const lot = takeLot();
      const owner = owners.get(lot) ?? (await lotOwners(engine, ledger.poolLots, owners)).get(lot)!;
      const id = uuidv7();
      await engine.raw('BEGIN');
      try {
        await engine.raw(RAW_SALE, [id, SOLD_ON, owner, ledger.buyers[next % ledger.buyers.length], SOLD_KG]);
        await engine.raw(RAW_PORTION, [id, lot, SOLD_KG]);
        await engine.raw(RAW_LOT_UPDATE, [lot, SOLD_KG]);
        await engine.raw('COMMIT');
      } catch (err) {
        await engine.raw('ROLLBACK');
        throw err;
      }
    },
  };
}

/** The owners of the pool lots, read once before timing starts (the app reads them under lock). */
async function lotOwners(engine: RegistryEngine, lots: readonly string[], into: Map<string, string>): Promise<Map<string, string>> {
  const { rows } = await engine.raw<{ id: string; owner: string }>('SELECT id, owner_person_id AS owner FROM ore_lots WHERE id = ANY($1::uuid[])', [lots]);
  for (const r of rows) into.set(r.id, r.owner);
  return into;
}

/** Key expressions of the baselines, per dimension, for sales and for lots. */
const KEYS: Record<ReportBy, { sale: string; lot: string; group: string }> = {
  region: { sale: 'left(p.district, 2)', lot: 'left(p.district, 2)', group: '1' },
  // By month the total's distinct people need one more level: ROLLUP, where the app runs the region query again.
  month: { sale: "to_char(s.sold_on, 'YYYY-MM')", lot: "to_char(l.season_from, 'YYYY-MM')", group: 'ROLLUP (1)' },
};

export interface ReportBaselineRows {
  sales: { key: string | null; people: number; sales: number; paid_cents: number }[];
  lots: { key: string | null; lots: number }[];
}

export function reportPair(engine: RegistryEngine, deps: ServiceDeps, by: ReportBy): { app: () => Promise<ProductionReport>; baseline: () => Promise<ReportBaselineRows> } {
  const query = ReportQuery.parse({ by });
  const keys = KEYS[by];
  const salesSql = `SELECT ${keys.sale} AS key, count(DISTINCT s.seller_person_id)::int AS people, count(*)::int AS sales, sum(s.weight_kg)::float8 AS sold_kg,
      sum(s.fine_gold_g)::float8 AS fine_gold_g, sum(s.paid_cents)::float8 AS paid_cents, sum(s.net_reference_pen_cents)::float8 AS net_reference_cents,
      count(*) FILTER (WHERE s.discount > ${DISCOUNT_THRESHOLD})::int AS above
    FROM sales s JOIN people p ON p.id = s.seller_person_id GROUP BY ${keys.group}`;
  const lotsSql = `SELECT ${keys.lot} AS key, count(*)::int AS lots, sum(l.weight_kg)::float8 AS lots_kg
    FROM ore_lots l JOIN people p ON p.id = l.owner_person_id GROUP BY ${keys.group}`;
  return {
    app: () => productionReport(deps, CONTEXT, query),
    baseline: async () => ({
      sales: (await engine.raw<ReportBaselineRows['sales'][number]>(salesSql)).rows,
      lots: (await engine.raw<ReportBaselineRows['lots'][number]>(lotsSql)).rows,
    }),
  };
}

/** Both sides must count the same sales, lots and money, or the ratio compares different work. */
export function checkSameReport(by: ReportBy, app: ProductionReport, base: ReportBaselineRows): void {
  const detail = by === 'month' ? (rows: { key: string | null }[]) => rows.filter((r) => r.key !== null) : <T>(rows: T[]) => rows;
  const sales = detail(base.sales) as ReportBaselineRows['sales'];
  const lots = detail(base.lots) as ReportBaselineRows['lots'];
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const expected = { sales: sum(sales.map((r) => r.sales)), lots: sum(lots.map((r) => r.lots)),
    paid_pen: Math.round(sum(sales.map((r) => r.paid_cents))) / 100, rows: new Set([...sales, ...lots].map((r) => r.key)).size };
  const got = { sales: app.total.sales, lots: app.total.lots, paid_pen: app.total.paid_pen, rows: app.rows.length };
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`report by ${by}: app ${JSON.stringify(got)}, baseline ${JSON.stringify(expected)}`);
}

export interface StatementBaselineRow {
  sales: number;
  paid_cents: number;
  lots: number;
}

export function statementPair(engine: RegistryEngine, deps: ServiceDeps, ledger: ProductionLedger): { app: () => Promise<StatementOutput>; baseline: () => Promise<StatementBaselineRow> } {
  const { from, to } = STATEMENT_PERIOD;
  const baselineSql = `SELECT count(*)::int AS sales, sum(weight_kg)::float8 AS sold_kg, sum(fine_gold_g)::float8 AS fine_gold_g,
      sum(paid_cents)::float8 AS paid_cents, sum(reference_pen_cents)::float8 AS reference_cents, sum(net_reference_pen_cents)::float8 AS net_reference_cents,
      count(*) FILTER (WHERE discount > ${DISCOUNT_THRESHOLD})::int AS above, count(DISTINCT to_char(sold_on, 'YYYY-MM'))::int AS months_with_sales,
      (SELECT count(*)::int FROM ore_lots WHERE owner_person_id = $1 AND season_from <= $3 AND coalesce(season_to, season_from) >= $2) AS lots
    FROM sales WHERE seller_person_id = $1 AND sold_on BETWEEN $2 AND $3`;
  return {
    app: () => issueStatement(deps, CONTEXT, { id: uuidv7(), person_id: ledger.statementWoman, from, to, recipient_organisation_id: ledger.caja, language: 'es' }),
    baseline: async () => (await engine.raw<StatementBaselineRow>(baselineSql, [ledger.statementWoman, from, to])).rows[0]!,
  };
}

export function checkSameStatement(app: StatementOutput, base: StatementBaselineRow): void {
  const got = { sales: app.totals.sales, paid_pen: app.totals.paid_pen, lots: app.totals.lots };
  const expected = { sales: base.sales, paid_pen: Math.round(base.paid_cents) / 100, lots: base.lots };
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`statement: app ${JSON.stringify(got)}, baseline ${JSON.stringify(expected)}`);
}
