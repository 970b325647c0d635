/** Memberships of people in organisations, and the women's share of boards and assemblies. */
import { eq, inArray, sql } from 'drizzle-orm';
import type { GenderShare, MembershipOutput, PersonSummary } from '../../contracts/registry.ts';
import type { MembershipsRepo } from '../../services/registry/ports.ts';
import type { Db } from '../client.ts';
import { insertRecordset } from '../recordset.ts';
import { queryRows } from '../rows.ts';
import { memberships } from '../schema/index.ts';

const toOutput = (r: typeof memberships.$inferSelect): MembershipOutput => ({
  id: r.id, person_id: r.personId, organisation_id: r.organisationId, role: r.role as MembershipOutput['role'], from_date: r.fromDate, to_date: r.toDate,
});

export function membershipsRepo(db: Db): MembershipsRepo {
  return {
    async insert(m) {
      const [row] = await db
        .insert(memberships)
        .values({ id: m.id, personId: m.person_id, organisationId: m.organisation_id, role: m.role, fromDate: m.from_date, toDate: m.to_date })
        .returning();
      return toOutput(row!);
    },
    async findById(id) {
      const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
      return row && toOutput(row);
    },
    async end(id, toDate) {
      const [row] = await db.update(memberships).set({ toDate, updatedAt: sql`now()` }).where(eq(memberships.id, id)).returning();
      return row && toOutput(row);
    },
    async listForPerson(personId) {
      return (await db.select().from(memberships).where(eq(memberships.personId, personId)).orderBy(memberships.fromDate)).map(toOutput);
    },
    async listForOrganisation(organisationId) {
      const rows = await queryRows<MembershipOutput & PersonSummary & { membership_id: string }>(db, sql`
        SELECT m.id AS membership_id, m.person_id, m.organisation_id, m.role, m.from_date::text, m.to_date::text,
               p.id, p.given_names, p.paternal_surname, p.maternal_surname, p.sex, p.district, p.profiles,
               CASE WHEN p.id_number IS NULL THEN NULL ELSE right(p.id_number, 3) END AS id_number_last3
        FROM memberships m JOIN people p ON p.id = m.person_id
        WHERE m.organisation_id = ${organisationId} AND p.merged_into_id IS NULL AND p.cancelled_on IS NULL
        ORDER BY m.to_date IS NOT NULL, m.role <> 'president', p.paternal_surname, p.given_names`);
      return rows.map((r) => ({
        id: r.membership_id, person_id: r.person_id, organisation_id: r.organisation_id, role: r.role, from_date: r.from_date, to_date: r.to_date,
        person: { id: r.id, given_names: r.given_names, paternal_surname: r.paternal_surname, maternal_surname: r.maternal_surname, sex: r.sex, district: r.district, profiles: r.profiles, id_number_last3: r.id_number_last3 },
      }));
    },
    async listForOrganisations(organisationIds) {
      if (organisationIds !== null && organisationIds.length === 0) return [];
      const where = organisationIds === null ? undefined : inArray(memberships.organisationId, [...organisationIds]);
      return (await db.select().from(memberships).where(where).orderBy(memberships.organisationId, memberships.fromDate, memberships.id)).map(toOutput);
    },
    async genderShare(organisationId, today) {
      const [row] = await queryRows<GenderShare>(db, sql`
        SELECT count(DISTINCT p.id) FILTER (WHERE m.role <> 'member' AND p.sex = 'female')::int AS board_women,
               count(DISTINCT p.id) FILTER (WHERE m.role <> 'member')::int AS board_total,
               count(DISTINCT p.id) FILTER (WHERE p.sex = 'female')::int AS assembly_women,
               count(DISTINCT p.id)::int AS assembly_total
        FROM memberships m JOIN people p ON p.id = m.person_id
        WHERE m.organisation_id = ${organisationId} AND p.merged_into_id IS NULL
          AND m.from_date <= ${today} AND (m.to_date IS NULL OR m.to_date >= ${today})`);
      return row ?? { board_women: 0, board_total: 0, assembly_women: 0, assembly_total: 0 };
    },
    async insertMany(list) {
      // A MembershipOutput's keys are the table's column names.
      await insertRecordset(db, 'memberships', ['id', 'person_id', 'organisation_id', 'role', 'from_date', 'to_date'], list);
    },
    async reassign(fromPersonId, toPersonId) {
      await db.update(memberships).set({ personId: toPersonId, updatedAt: sql`now()` }).where(eq(memberships.personId, fromPersonId));
      await db.execute(sql`
        DELETE FROM memberships m USING memberships k
        WHERE m.person_id = ${toPersonId} AND k.person_id = ${toPersonId} AND m.id <> k.id
          AND m.organisation_id = k.organisation_id AND m.role = k.role AND m.to_date IS NULL AND k.to_date IS NULL
          AND (k.from_date < m.from_date OR (k.from_date = m.from_date AND k.id < m.id))`);
    },
  };
}
