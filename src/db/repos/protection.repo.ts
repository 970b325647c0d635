/**
 * Protective equipment in SQL: the catalogue, stock on hand as received − distributed per item
 * (every catalogue item listed, zero when never moved), distributions with their lines, and the
 * people of a profile in some organisations with no distribution of an item since a date.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DistributionOutput, LacksRow, PpeItem, StockRow } from '../../contracts/protection.ts';
import type { ProtectionRepo } from '../../services/protection/ports.ts';
import type { Db } from '../client.ts';
import { ppeDistributions, ppeStockMovements } from '../schema/protection-equipment.ts';
import { queryRows } from '../rows.ts';

const idList = (ids: readonly string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;
const FULL_NAME = sql`concat_ws(' ', p.given_names, p.paternal_surname, nullif(p.maternal_surname, ''))`;

function inOrganisations(column: SQL, ids: readonly string[] | null): SQL {
  if (ids === null) return sql`TRUE`;
  return ids.length ? sql`${column} = ANY(${idList(ids)})` : sql`FALSE`;
}

type DistributionRow = Omit<DistributionOutput, 'items'> & { items: DistributionOutput['items'] | null };

function distributionsWhere(where: SQL): SQL {
  return sql`
    SELECT d.id, d.organisation_id, d.person_id, ${FULL_NAME} AS person_name, d.distributed_on::text AS distributed_on, d.source,
      (SELECT json_agg(json_build_object('item_id', m.item_id, 'item_name', i.name, 'quantity', m.quantity) ORDER BY i.name)
         FROM ppe_stock_movements m JOIN ppe_items i ON i.id = m.item_id WHERE m.distribution_id = d.id) AS items
    FROM ppe_distributions d JOIN people p ON p.id = d.person_id
    WHERE ${where}
    ORDER BY d.distributed_on DESC, d.created_at DESC
    LIMIT 500`;
}

export function protectionRepo(db: Db): ProtectionRepo {
  const distributions = async (where: SQL) =>
    (await queryRows<DistributionRow>(db, distributionsWhere(where))).map((r) => ({ ...r, items: r.items ?? [] }));
  return {
    async items() {
      return queryRows<PpeItem>(db, sql`SELECT id, key, name FROM ppe_items WHERE archived_at IS NULL ORDER BY key = 'other', created_at, id`);
    },
    async findItem(id) {
      return (await queryRows<PpeItem>(db, sql`SELECT id, key, name FROM ppe_items WHERE id = ${id} AND archived_at IS NULL`))[0];
    },
    async lockOrganisation(organisationId) {
      await db.execute(sql`SELECT id FROM organisations WHERE id = ${organisationId} FOR UPDATE`);
    },
    async stock(organisationId) {
      return queryRows<StockRow>(db, sql`
        SELECT i.id AS item_id, i.key AS item_key, i.name AS item_name,
          coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'received'), 0)::int AS received,
          coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'distributed'), 0)::int AS distributed,
          (coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'received'), 0) - coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'distributed'), 0))::int AS on_hand
        FROM ppe_items i LEFT JOIN ppe_stock_movements m ON m.item_id = i.id AND m.organisation_id = ${organisationId}
        WHERE i.archived_at IS NULL
        GROUP BY i.id ORDER BY i.key = 'other', i.created_at, i.id`);
    },
    async movementExists(id) {
      return (await queryRows(db, sql`SELECT 1 FROM ppe_stock_movements WHERE id = ${id}`)).length > 0;
    },
    async insertMovements(rows) {
      if (!rows.length) return;
      await db.insert(ppeStockMovements).values(rows.map((r) => ({
        id: r.id, organisationId: r.organisation_id, itemId: r.item_id, kind: r.kind, quantity: r.quantity, movedOn: r.moved_on,
        source: r.source, distributionId: r.distribution_id, createdBy: r.created_by,
      })));
    },
    async insertDistribution(r) {
      await db.insert(ppeDistributions).values({
        id: r.id, organisationId: r.organisation_id, personId: r.person_id, distributedOn: r.distributed_on, source: r.source, createdBy: r.created_by,
      });
    },
    async findDistribution(id) {
      return (await distributions(sql`d.id = ${id}`))[0];
    },
    async listDistributions(filter) {
      const person = filter.personId ? sql`d.person_id = ${filter.personId}` : sql`TRUE`;
      return distributions(sql`${inOrganisations(sql`d.organisation_id`, filter.organisationIds)} AND ${person}`);
    },
    async lacking(filter) {
      const members = filter.organisationIds === null
        ? sql`TRUE`
        : sql`EXISTS (SELECT 1 FROM memberships ms WHERE ms.person_id = p.id AND ms.to_date IS NULL AND ${inOrganisations(sql`ms.organisation_id`, filter.organisationIds)})`;
      return queryRows<LacksRow>(db, sql`
        SELECT p.id AS person_id, ${FULL_NAME} AS name, p.id_number, p.district, last.on_date AS last_received_on
        FROM people p
        LEFT JOIN LATERAL (
          SELECT max(d.distributed_on)::text AS on_date FROM ppe_distributions d JOIN ppe_stock_movements m ON m.distribution_id = d.id
          WHERE d.person_id = p.id AND m.item_id = ${filter.itemId}
        ) last ON TRUE
        WHERE p.merged_into_id IS NULL AND ${filter.profile} = ANY(p.profiles) AND ${members}
          AND (last.on_date IS NULL OR last.on_date < ${filter.since})
        ORDER BY p.paternal_surname, p.given_names
        LIMIT 5000`);
    },
  };
}
