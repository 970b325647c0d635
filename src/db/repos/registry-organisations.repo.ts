/** Organisations with their registry fields (kind, RUC, district, statutes, mercury-free plants). */
import { and, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { OrganisationOutput } from '../../contracts/registry.ts';
import type { RegistryOrganisationsRepo } from '../../services/registry/ports.ts';
import type { Db } from '../client.ts';
import { organisations } from '../schema/index.ts';

const toOutput = (r: typeof organisations.$inferSelect): OrganisationOutput => ({
  id: r.id, version: r.version, kind: r.kind as OrganisationOutput['kind'], name: r.name, ruc: r.ruc, district: r.district,
  parent_id: r.parentId, mercury_free: r.mercuryFree, recpo_code: r.recpoCode, gender_equity_statutes: r.genderEquityStatutes, statutes_registered_on: r.statutesRegisteredOn,
});

type Fields = Partial<Omit<OrganisationOutput, 'id' | 'version'>>;
const toColumns = (o: Fields) => {
  const c: Partial<typeof organisations.$inferInsert> = {};
  if (o.kind !== undefined) c.kind = o.kind;
  if (o.name !== undefined) c.name = o.name;
  if (o.ruc !== undefined) c.ruc = o.ruc;
  if (o.district !== undefined) c.district = o.district;
  if (o.parent_id !== undefined) c.parentId = o.parent_id;
  if (o.mercury_free !== undefined) c.mercuryFree = o.mercury_free;
  if (o.recpo_code !== undefined) c.recpoCode = o.recpo_code;
  if (o.gender_equity_statutes !== undefined) c.genderEquityStatutes = o.gender_equity_statutes;
  if (o.statutes_registered_on !== undefined) c.statutesRegisteredOn = o.statutes_registered_on;
  return c;
};

export function registryOrganisationsRepo(db: Db): RegistryOrganisationsRepo {
  return {
    async findById(id) {
      const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
      return row && toOutput(row);
    },
    async insert(org) {
      const [row] = await db.insert(organisations).values({ id: org.id, ...toColumns(org) } as typeof organisations.$inferInsert).returning();
      return toOutput(row!);
    },
    async update(id, version, change) {
      const [row] = await db
        .update(organisations)
        .set({ ...toColumns(change), version: sql`${organisations.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(organisations.id, id), eq(organisations.version, version)))
        .returning();
      return row && toOutput(row);
    },
    async list({ q, kind, ids }) {
      const conditions: SQL[] = [sql`${organisations.archivedAt} IS NULL`];
      if (q) conditions.push(ilike(organisations.name, `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`));
      if (kind) conditions.push(eq(organisations.kind, kind));
      if (ids) conditions.push(ids.length ? inArray(organisations.id, [...ids]) : sql`FALSE`);
      return (await db.select().from(organisations).where(and(...conditions)).orderBy(organisations.name).limit(500)).map(toOutput);
    },
  };
}
