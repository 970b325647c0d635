/** Issued income statements: snapshots with a public verification code and a read counter. */
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { StatementTotals } from '../../contracts/statements.ts';
import type { StatementRecord, StatementsRepo } from '../../services/production/statement-ports.ts';
import type { Db } from '../client.ts';
import { incomeStatements } from '../schema/index.ts';

const toRecord = (r: typeof incomeStatements.$inferSelect): StatementRecord => ({
  id: r.id, code: r.code, person_id: r.personId, period_from: r.periodFrom, period_to: r.periodTo,
  recipient_organisation_id: r.recipientOrganisationId, consent_id: r.consentId, language: r.language as StatementRecord['language'],
  totals: r.totals as StatementTotals, issued_by: r.issuedBy, issuer_organisation_id: r.issuerOrganisationId, issued_at: r.issuedAt,
  voided_at: r.voidedAt, void_reason: r.voidReason, verify_reads: r.verifyReads,
});

export function statementsRepo(db: Db): StatementsRepo {
  return {
    async insert(s) {
      const [row] = await db.insert(incomeStatements).values({
        id: s.id, code: s.code, personId: s.person_id, periodFrom: s.period_from, periodTo: s.period_to,
        recipientOrganisationId: s.recipient_organisation_id, consentId: s.consent_id, language: s.language, totals: s.totals,
        issuedBy: s.issued_by, issuerOrganisationId: s.issuer_organisation_id, issuedAt: s.issued_at,
      }).returning();
      return toRecord(row!);
    },
    async findById(id) {
      const [row] = await db.select().from(incomeStatements).where(eq(incomeStatements.id, id));
      return row && toRecord(row);
    },
    async readByCode(code) {
      const [row] = await db.update(incomeStatements).set({ verifyReads: sql`${incomeStatements.verifyReads} + 1` })
        .where(eq(incomeStatements.code, code)).returning();
      return row && toRecord(row);
    },
    async listForPerson(personId) {
      return (await db.select().from(incomeStatements).where(eq(incomeStatements.personId, personId)).orderBy(desc(incomeStatements.issuedAt))).map(toRecord);
    },
    async voidOne(id, at, reason) {
      await db.update(incomeStatements).set({ voidedAt: at, voidReason: reason }).where(and(eq(incomeStatements.id, id), isNull(incomeStatements.voidedAt)));
      const [row] = await db.select().from(incomeStatements).where(eq(incomeStatements.id, id));
      return row && toRecord(row);
    },
    async voidForConsent(consentId, at, reason) {
      const rows = await db.update(incomeStatements).set({ voidedAt: at, voidReason: reason })
        .where(and(eq(incomeStatements.consentId, consentId), isNull(incomeStatements.voidedAt))).returning({ id: incomeStatements.id });
      return rows.length;
    },
    async reassignPerson(fromPersonId, toPersonId) {
      await db.update(incomeStatements).set({ personId: toPersonId }).where(eq(incomeStatements.personId, fromPersonId));
    },
  };
}
