/**
 * Ore lots of the production ledger. Sales take kilograms from them: `findForUpdate` locks the
 * rows so two sales recorded at once cannot both take the last kilograms, and `addSold` moves
 * the status to sold in part or sold in the same statement that adds the weight.
 */
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { LotOutput } from '../../contracts/production.ts';
import type { LotsRepo, NewLot } from '../../services/production/ports.ts';
import type { Db } from '../client.ts';
import { oreLots } from '../schema/index.ts';
import { scopeCondition } from './people.repo.ts';

const toLot = (r: typeof oreLots.$inferSelect): LotOutput => ({
  id: r.id, version: r.version, owner_person_id: r.ownerPersonId, owner_organisation_id: r.ownerOrganisationId, site_id: r.siteId,
  season_from: r.seasonFrom, season_to: r.seasonTo, bags: r.bags, weight_kg: Number(r.weightKg), weight_estimated: r.weightEstimated,
  kg_per_bag: r.kgPerBag === null ? null : Number(r.kgPerBag), grade_g_per_t: r.gradeGPerT === null ? null : Number(r.gradeGPerT),
  status: r.status as LotOutput['status'], sold_kg: Number(r.soldKg), created_at: r.createdAt.toISOString(),
});

const toColumns = (l: Partial<NewLot>) => {
  const c: Partial<typeof oreLots.$inferInsert> = {};
  if (l.owner_person_id !== undefined) c.ownerPersonId = l.owner_person_id;
  if (l.owner_organisation_id !== undefined) c.ownerOrganisationId = l.owner_organisation_id;
  if (l.site_id !== undefined) c.siteId = l.site_id;
  if (l.season_from !== undefined) c.seasonFrom = l.season_from;
  if (l.season_to !== undefined) c.seasonTo = l.season_to;
  if (l.bags !== undefined) c.bags = l.bags;
  if (l.weight_kg !== undefined) c.weightKg = l.weight_kg;
  if (l.weight_estimated !== undefined) c.weightEstimated = l.weight_estimated;
  if (l.kg_per_bag !== undefined) c.kgPerBag = l.kg_per_bag;
  if (l.grade_g_per_t !== undefined) c.gradeGPerT = l.grade_g_per_t;
  if (l.status !== undefined) c.status = l.status;
  if (l.created_by !== undefined) c.createdBy = l.created_by;
  return c;
};

export function lotsRepo(db: Db): LotsRepo {
  return {
    async findById(id) {
      const [row] = await db.select().from(oreLots).where(eq(oreLots.id, id));
      return row && toLot(row);
    },
    async findForUpdate(ids) {
      if (ids.length === 0) return [];
      // Locked in id order, so two sales over the same lots wait for each other instead of deadlocking.
      const rows = await db.select().from(oreLots).where(inArray(oreLots.id, [...ids])).orderBy(asc(oreLots.id)).for('update');
      return rows.map(toLot);
    },
    async insert(lot) {
      const [row] = await db.insert(oreLots).values({ id: lot.id, ...toColumns(lot) } as typeof oreLots.$inferInsert).returning();
      return toLot(row!);
    },
    async update(id, version, change) {
      const [row] = await db
        .update(oreLots)
        .set({ ...toColumns(change), version: sql`${oreLots.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(oreLots.id, id), eq(oreLots.version, version)))
        .returning();
      return row && toLot(row);
    },
    async addSold(id, kg) {
      // A sale changes the lot, so its version moves too: an edit based on the old state is stale.
      await db.execute(sql`
        UPDATE ore_lots SET
          sold_kg = sold_kg + ${kg},
          status = CASE WHEN sold_kg + ${kg} >= weight_kg THEN 'sold' ELSE 'sold_in_part' END,
          version = version + 1, updated_at = now()
        WHERE id = ${id}`);
    },
    async list(owner) {
      const where = 'personId' in owner ? eq(oreLots.ownerPersonId, owner.personId) : eq(oreLots.ownerOrganisationId, owner.organisationId);
      return (await db.select().from(oreLots).where(where).orderBy(desc(oreLots.seasonFrom), desc(oreLots.id)).limit(1000)).map(toLot);
    },
    async listOpenInScope(scope, limit) {
      // Newest first by id (UUIDv7: creation order), so a phone past the bound keeps the recent lots.
      const isOpenLotOfScope = sql`EXISTS (SELECT 1 FROM people p WHERE p.id = ${oreLots.ownerPersonId} AND p.merged_into_id IS NULL AND ${scopeCondition(scope)})`;
      const rows = await db.select().from(oreLots).where(and(ne(oreLots.status, 'sold'), isOpenLotOfScope)).orderBy(desc(oreLots.id)).limit(limit);
      return rows.map(toLot);
    },
    async reassignOwner(fromPersonId, toPersonId) {
      await db.update(oreLots).set({ ownerPersonId: toPersonId, updatedAt: sql`now()` }).where(eq(oreLots.ownerPersonId, fromPersonId));
    },
  };
}
