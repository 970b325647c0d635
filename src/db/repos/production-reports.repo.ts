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

/** The group keys of one event: an array, because a person may hold several profiles. */
function keysOf(by: ReportDimension, what: 'lot' | 'sale'): SQL {
  switch (by) {
    case 'region':
      return sql`ARRAY[coalesce(left(coalesce(p.district, o.district), 2), '')]`;
    case 'profile':
      return sql`CASE WHEN p.id IS NULL THEN ARRAY['association'] ELSE p.profiles END`;
    case 'month':
      return what === 'lot' ? sql`ARRAY[to_char(x.season_from, 'YYYY-MM')]` : sql`ARRAY[to_char(x.sold_on, 'YYYY-MM')]`;
    case 'season':
      return what === 'lot'
        ? sql`ARRAY[to_char(x.season_from, 'YYYY-MM')]`
        : sql`ARRAY[(SELECT to_char(min(l.season_from), 'YYYY-MM') FROM sale_lots sl JOIN ore_lots l ON l.id = sl.lot_id WHERE sl.sale_id = x.id)]`;
  }
}

export function productionReportsRepo(db: Db): ProductionReportsRepo {
  return {
    async byDimension(by, filter) {
      const rows = await queryRows<Record<string, string | number | null>>(db, sql`
        WITH events AS (
          SELECT k.key, coalesce(x.owner_person_id, x.owner_organisation_id) AS owner, 1 AS lot, x.weight_kg AS lot_kg,
                 0 AS sale, 0::numeric AS sold_kg, 0::numeric AS fine_gold_g, 0::bigint AS paid, 0::bigint AS net_reference, 0 AS above
          FROM ore_lots x LEFT JOIN people p ON p.id = x.owner_person_id LEFT JOIN organisations o ON o.id = x.owner_organisation_id
          CROSS JOIN LATERAL unnest(${keysOf(by, 'lot')}) AS k(key)
          WHERE ${between(sql`x.season_from`, filter)} AND ${ownerInScope(sql`x.owner_person_id`, sql`x.owner_organisation_id`, filter)}
          UNION ALL
          SELECT k.key, coalesce(x.seller_person_id, x.seller_organisation_id), 0, 0, 1, x.weight_kg, x.fine_gold_g, x.paid_cents,
                 x.net_reference_pen_cents, CASE WHEN x.discount > ${filter.discountThreshold} THEN 1 ELSE 0 END
          FROM sales x LEFT JOIN people p ON p.id = x.seller_person_id LEFT JOIN organisations o ON o.id = x.seller_organisation_id
          CROSS JOIN LATERAL unnest(${keysOf(by, 'sale')}) AS k(key)
          WHERE ${between(sql`x.sold_on`, filter)} AND ${ownerInScope(sql`x.seller_person_id`, sql`x.seller_organisation_id`, filter)}
        )
        SELECT e.key, coalesce(pl.name, e.key) AS label, count(DISTINCT e.owner)::int AS people, sum(e.lot)::int AS lots,
               sum(e.lot_kg)::float8 AS lots_kg, sum(e.sale)::int AS sales, sum(e.sold_kg)::float8 AS sold_kg,
               sum(e.fine_gold_g)::float8 AS fine_gold_g, sum(e.paid)::float8 AS paid_cents,
               sum(e.net_reference)::float8 AS net_reference_cents, sum(e.above)::int AS sales_above_threshold
        FROM events e LEFT JOIN places pl ON ${by === 'region' ? sql`pl.code = e.key` : sql`FALSE`}
        GROUP BY e.key, pl.name ORDER BY e.key`);
      return rows.map((r) => ({ ...r, key: String(r.key ?? ''), label: String(r.label ?? '') }) as unknown as ReportAggregate);
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
