/** Mining sites and ore-selection authorisations. */
import { and, eq, ilike, like, sql, type SQL } from 'drizzle-orm';
import type { AuthorisationOutput, SiteOutput } from '../../contracts/sites.ts';
import type { SitesRepo } from '../../services/registry/ports.ts';
import type { Db } from '../client.ts';
import { miningSites, selectionAuthorisations } from '../schema/index.ts';

const toSite = (r: typeof miningSites.$inferSelect): SiteOutput => ({
  id: r.id, version: r.version, name: r.name, district: r.district, lat: r.lat, lon: r.lon,
  concession_code: r.concessionCode, operator_organisation_id: r.operatorOrganisationId,
});

const toAuthorisation = (r: typeof selectionAuthorisations.$inferSelect): AuthorisationOutput => ({
  id: r.id, site_id: r.siteId, person_id: r.personId, organisation_id: r.organisationId, kind: r.kind as AuthorisationOutput['kind'],
  from_date: r.fromDate, to_date: r.toDate, document_ref: r.documentRef,
});

type Fields = Partial<Omit<SiteOutput, 'id' | 'version'>>;
const toColumns = (s: Fields) => {
  const c: Partial<typeof miningSites.$inferInsert> = {};
  if (s.name !== undefined) c.name = s.name;
  if (s.district !== undefined) c.district = s.district;
  if (s.lat !== undefined) c.lat = s.lat;
  if (s.lon !== undefined) c.lon = s.lon;
  if (s.concession_code !== undefined) c.concessionCode = s.concession_code;
  if (s.operator_organisation_id !== undefined) c.operatorOrganisationId = s.operator_organisation_id;
  return c;
};

export function sitesRepo(db: Db): SitesRepo {
  return {
    async findById(id) {
      const [row] = await db.select().from(miningSites).where(eq(miningSites.id, id));
      return row && toSite(row);
    },
    async insert(site) {
      const [row] = await db.insert(miningSites).values({ id: site.id, ...toColumns(site) } as typeof miningSites.$inferInsert).returning();
      return toSite(row!);
    },
    async update(id, version, change) {
      const [row] = await db
        .update(miningSites)
        .set({ ...toColumns(change), version: sql`${miningSites.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(miningSites.id, id), eq(miningSites.version, version)))
        .returning();
      return row && toSite(row);
    },
    async list({ q, district }) {
      const conditions: SQL[] = [];
      if (q) conditions.push(ilike(miningSites.name, `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`));
      if (district) conditions.push(like(miningSites.district, `${district}%`));
      return (await db.select().from(miningSites).where(and(...conditions)).orderBy(miningSites.name).limit(500)).map(toSite);
    },
    async insertAuthorisation(a) {
      const [row] = await db
        .insert(selectionAuthorisations)
        .values({ id: a.id, siteId: a.site_id, personId: a.person_id, organisationId: a.organisation_id, kind: a.kind, fromDate: a.from_date, toDate: a.to_date, documentRef: a.document_ref })
        .returning();
      return toAuthorisation(row!);
    },
    async findAuthorisation(id) {
      const [row] = await db.select().from(selectionAuthorisations).where(eq(selectionAuthorisations.id, id));
      return row && toAuthorisation(row);
    },
    async listAuthorisations(siteId) {
      return (await db.select().from(selectionAuthorisations).where(eq(selectionAuthorisations.siteId, siteId)).orderBy(selectionAuthorisations.fromDate)).map(toAuthorisation);
    },
  };
}
