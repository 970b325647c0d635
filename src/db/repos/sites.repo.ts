/** Mining sites and ore-selection authorisations. */
import { and, eq, ilike, like, type SQL } from 'drizzle-orm';
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

export function sitesRepo(db: Db): SitesRepo {
  return {
    async findById(id) {
      const [row] = await db.select().from(miningSites).where(eq(miningSites.id, id));
      return row && toSite(row);
    },
    async insert(site) {
      const [row] = await db
        .insert(miningSites)
        .values({ id: site.id, name: site.name, district: site.district, lat: site.lat, lon: site.lon, concessionCode: site.concession_code, operatorOrganisationId: site.operator_organisation_id })
        .returning();
      return toSite(row!);
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
