/** Training certificates: issued once per person and programme while valid, voided never deleted, reads of the public page counted. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { CertificateRecord, CertificatesRepo } from '../../services/trainings/ports.ts';
import type { Db } from '../client.ts';
import { trainingCertificates } from '../schema/index.ts';

const toRecord = (r: typeof trainingCertificates.$inferSelect): CertificateRecord => ({
  id: r.id, code: r.code, person_id: r.personId, programme_id: r.programmeId, issued_on: r.issuedOn,
  modules_attended: r.modulesAttended, modules_total: r.modulesTotal, issued_by: r.issuedBy, issuer_organisation_id: r.issuerOrganisationId,
  issued_at: r.issuedAt, voided_at: r.voidedAt, void_reason: r.voidReason, verify_reads: r.verifyReads,
});

export function trainingCertificatesRepo(db: Db): CertificatesRepo {
  return {
    async insert(c) {
      const [row] = await db.insert(trainingCertificates).values({
        id: c.id, code: c.code, personId: c.person_id, programmeId: c.programme_id, issuedOn: c.issued_on,
        modulesAttended: c.modules_attended, modulesTotal: c.modules_total, issuedBy: c.issued_by,
        issuerOrganisationId: c.issuer_organisation_id, issuedAt: c.issued_at,
      }).returning();
      return toRecord(row!);
    },
    async findById(id) {
      const [row] = await db.select().from(trainingCertificates).where(eq(trainingCertificates.id, id));
      return row && toRecord(row);
    },
    async findValid(personId, programmeId) {
      const [row] = await db.select().from(trainingCertificates)
        .where(and(eq(trainingCertificates.personId, personId), eq(trainingCertificates.programmeId, programmeId), isNull(trainingCertificates.voidedAt)));
      return row && toRecord(row);
    },
    async listForPerson(personId) {
      return (await db.select().from(trainingCertificates).where(eq(trainingCertificates.personId, personId)).orderBy(desc(trainingCertificates.issuedAt))).map(toRecord);
    },
    async readByCode(code) {
      const [row] = await db.update(trainingCertificates).set({ verifyReads: sql`${trainingCertificates.verifyReads} + 1` })
        .where(eq(trainingCertificates.code, code)).returning();
      return row && toRecord(row);
    },
    async voidOne(id, at, reason) {
      await db.update(trainingCertificates).set({ voidedAt: at, voidReason: reason }).where(and(eq(trainingCertificates.id, id), isNull(trainingCertificates.voidedAt)));
      const [row] = await db.select().from(trainingCertificates).where(eq(trainingCertificates.id, id));
      return row && toRecord(row);
    },
    async reassignPerson(from, to, at) {
      await db.update(trainingCertificates).set({ voidedAt: at, voidReason: 'merged_duplicate' }).where(and(
        eq(trainingCertificates.personId, from), isNull(trainingCertificates.voidedAt),
        sql`${trainingCertificates.programmeId} IN (SELECT programme_id FROM training_certificates WHERE person_id = ${to} AND voided_at IS NULL)`,
      ));
      await db.update(trainingCertificates).set({ personId: to }).where(eq(trainingCertificates.personId, from));
    },
  };
}
