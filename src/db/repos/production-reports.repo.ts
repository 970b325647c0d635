/**
 * Production reports in one statement each: lots and sales become "events" with their owner and
 * a group key (department, profile, season or month), then are summed per key. Hand-written SQL
 * because the grouping needs LATERAL unnest (a woman with two profiles counts in both).
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ReportDimension } from '../../contracts/production-reports.ts';
import type { BuyerAggregate, ProductionReportsRepo, ReportAggregate, ReportFilter } from '../../services/production/report-ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';

const idList = (ids: readonly string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

/** Owner condition: people who belong to the organisations, or the organisations themselves. */
function ownerInScope(personColumn: SQL, organisationColumn: SQL, filter: ReportFilter): SQL {
  if (filter.organisationIds === null) return sql`TRUE`;
  if (filter.organisationIds.length === 0) return sql`FALSE`;
  const ids = idList(filter.organisationIds);
  return sql`(${personColumn} IN (SELECT person_id FROM memberships WHERE organisation_id = ANY(${ids})) OR ${organisationColumn} = ANY(${ids}))`;
}

const between = (column: SQL, filter: ReportFilter): SQL =>
  sql`${filter.from ? sql`${column} >= ${filter.from}` : sql`TRUE`} AND ${filter.to ? sql`${column} <= ${filter.to}` : sql`TRUE`}`;

/**
 * The group key of one event, with `n` = 1 on the first key of each event. Only profiles need
 * `unnest` (a woman with two profiles counts in both); the total counts each event once (n = 1).
 */
function keyJoin(by: ReportDimension, what: 'lot' | 'sale'): SQL {
  const one = (key: SQL) => sql`CROSS JOIN LATERAL (SELECT ${key} AS key, 1::bigint AS n) AS k`;
  switch (by) {
    case 'region':
      return one(sql`coalesce(left(coalesce(p.district, o.district), 2), '')`);
    case 'profile':
      return sql`CROSS JOIN LATERAL unnest(CASE WHEN p.id IS NULL THEN ARRAY['association'] ELSE p.profiles END) WITH ORDINALITY AS k(key, n)`;
    case 'month':
      return one(what === 'lot' ? sql`to_char(x.season_from, 'YYYY-MM')` : sql`to_char(x.sold_on, 'YYYY-MM')`);
    case 'season':
      return one(what === 'lot'
        ? sql`to_char(x.season_from, 'YYYY-MM')`
        : sql`(SELECT to_char(min(l.season_from), 'YYYY-MM') FROM sale_lots sl JOIN ore_lots l ON l.id = sl.lot_id WHERE sl.sale_id = x.id)`);
  }
}

const SUMS = sql`sum(lot)::int AS lots, sum(lot_kg)::float8 AS lots_kg, sum(sale)::int AS sales, sum(sold_kg)::float8 AS sold_kg,
  sum(fine_gold_g)::float8 AS fine_gold_g, sum(paid)::float8 AS paid_cents, sum(net_reference)::float8 AS net_reference_cents,
  sum(above)::int AS sales_above_threshold`;

export function productionReportsRepo(db: Db): ProductionReportsRepo {
  return {
    async byDimension(by, filter) {
      // Events are summed per (key, owner) first, with a hash aggregate over narrow rows; the
      // per-key counts of people then need no sort of the wide event rows, and the total (each
      // event once: n = 1) comes from the same narrow rows, so the events are read once.
      const rows = await queryRows<Record<string, string | number | null>>(db, sql`
        WITH events AS (
          SELECT k.key, k.n, coalesce(x.owner_person_id, x.owner_organisation_id) AS owner, 1 AS lot, x.weight_kg AS lot_kg,
                 0 AS sale, 0::numeric AS sold_kg, 0::numeric AS fine_gold_g, 0::bigint AS paid, 0::bigint AS net_reference, 0 AS above
          FROM ore_lots x LEFT JOIN people p ON p.id = x.owner_person_id LEFT JOIN organisations o ON o.id = x.owner_organisation_id
          ${keyJoin(by, 'lot')}
          WHERE ${between(sql`x.season_from`, filter)} AND ${ownerInScope(sql`x.owner_person_id`, sql`x.owner_organisation_id`, filter)}
          UNION ALL
          SELECT k.key, k.n, coalesce(x.seller_person_id, x.seller_organisation_id), 0, 0, 1, x.weight_kg, x.fine_gold_g, x.paid_cents,
                 x.net_reference_pen_cents, CASE WHEN x.discount > ${filter.discountThreshold} THEN 1 ELSE 0 END
          FROM sales x LEFT JOIN people p ON p.id = x.seller_person_id LEFT JOIN organisations o ON o.id = x.seller_organisation_id
          ${keyJoin(by, 'sale')}
          WHERE ${between(sql`x.sold_on`, filter)} AND ${ownerInScope(sql`x.seller_person_id`, sql`x.seller_organisation_id`, filter)}
        ),
        per_owner AS (
          SELECT key, owner, ${SUMS},
                 sum(lot) FILTER (WHERE n = 1) AS t_lots, sum(lot_kg) FILTER (WHERE n = 1) AS t_lots_kg, sum(sale) FILTER (WHERE n = 1) AS t_sales,
                 sum(sold_kg) FILTER (WHERE n = 1) AS t_sold_kg, sum(fine_gold_g) FILTER (WHERE n = 1) AS t_fine_gold_g,
                 sum(paid) FILTER (WHERE n = 1) AS t_paid, sum(net_reference) FILTER (WHERE n = 1) AS t_net_reference,
                 sum(above) FILTER (WHERE n = 1) AS t_above
          FROM events GROUP BY key, owner
        ),
        total AS (
          SELECT NULL::text AS key, NULL::text AS label, count(DISTINCT owner)::int AS people, sum(t_lots)::int, sum(t_lots_kg)::float8,
                 sum(t_sales)::int, sum(t_sold_kg)::float8, sum(t_fine_gold_g)::float8, sum(t_paid)::float8, sum(t_net_reference)::float8, sum(t_above)::int
          FROM per_owner
        )
        SELECT g.key, coalesce(pl.name, g.key) AS label, count(*)::int AS people, sum(lots)::int AS lots, sum(lots_kg)::float8 AS lots_kg,
               sum(sales)::int AS sales, sum(sold_kg)::float8 AS sold_kg, sum(fine_gold_g)::float8 AS fine_gold_g,
               sum(paid_cents)::float8 AS paid_cents, sum(net_reference_cents)::float8 AS net_reference_cents,
               sum(sales_above_threshold)::int AS sales_above_threshold
        FROM per_owner g LEFT JOIN places pl ON ${by === 'region' ? sql`pl.code = g.key` : sql`FALSE`}
        GROUP BY g.key, pl.name
        UNION ALL
        SELECT * FROM total
        ORDER BY key NULLS LAST`);
      const numeric = (r: Record<string, string | number | null>) => ({
        people: Number(r.people ?? 0), lots: Number(r.lots ?? 0), lots_kg: Number(r.lots_kg ?? 0), sales: Number(r.sales ?? 0),
        sold_kg: Number(r.sold_kg ?? 0), fine_gold_g: Number(r.fine_gold_g ?? 0), paid_cents: Number(r.paid_cents ?? 0),
        net_reference_cents: Number(r.net_reference_cents ?? 0), sales_above_threshold: Number(r.sales_above_threshold ?? 0),
      });
      const groups = rows.filter((r) => r.key !== null).map((r) => ({ key: String(r.key), label: String(r.label ?? r.key), ...numeric(r) }));
      const total = rows.find((r) => r.key === null);
      return { groups, total: numeric(total ?? {}) };
    },
    async byBuyer(filter) {
      return queryRows<BuyerAggregate>(db, sql`
        SELECT b.id AS buyer_id, b.name, b.kind, (b.recpo_code IS NOT NULL) AS recpo_registered, b.mercury_free,
               count(*)::int AS sales, sum(x.paid_cents)::float8 AS paid_cents, sum(x.net_reference_pen_cents)::float8 AS net_reference_cents,
               count(*) FILTER (WHERE x.discount > ${filter.discountThreshold})::int AS sales_above_threshold
        FROM sales x JOIN organisations b ON b.id = x.buyer_organisation_id
        WHERE ${between(sql`x.sold_on`, filter)} AND ${ownerInScope(sql`x.seller_person_id`, sql`x.seller_organisation_id`, filter)}
        GROUP BY b.id ORDER BY count(*) DESC, b.name`);
    },
    async flaggedSaleIds(filter, limit) {
      const rows = await queryRows<{ id: string }>(db, sql`
        SELECT x.id FROM sales x
        WHERE x.discount > ${filter.discountThreshold} AND ${between(sql`x.sold_on`, filter)}
          AND ${ownerInScope(sql`x.seller_person_id`, sql`x.seller_organisation_id`, filter)}
        ORDER BY x.sold_on DESC, x.id LIMIT ${limit}`);
      return rows.map((r) => r.id);
    },
  };
}
