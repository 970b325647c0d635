/** Consents per person and purpose; a withdrawn consent no longer counts from its date. */
import { and, eq, sql } from 'drizzle-orm';
import type { ConsentOutput } from '../../contracts/registry.ts';
import type { ConsentsRepo } from '../../services/registry/ports.ts';
import type { Db } from '../client.ts';
import { consents } from '../schema/index.ts';

const toOutput = (r: typeof consents.$inferSelect): ConsentOutput => ({
  id: r.id, person_id: r.personId, purpose: r.purpose as ConsentOutput['purpose'], organisation_id: r.organisationId,
  given_on: r.givenOn, withdrawn_on: r.withdrawnOn, method: r.method as ConsentOutput['method'], witness_name: r.witnessName, recorded_by: r.recordedBy,
});

export function consentsRepo(db: Db): ConsentsRepo {
  return {
    async insert(c) {
      const [row] = await db
        .insert(consents)
        .values({ id: c.id, personId: c.person_id, purpose: c.purpose, organisationId: c.organisation_id, givenOn: c.given_on, withdrawnOn: c.withdrawn_on, method: c.method, witnessName: c.witness_name, recordedBy: c.recorded_by })
        .returning();
      return toOutput(row!);
    },
    async findById(id) {
      const [row] = await db.select().from(consents).where(eq(consents.id, id));
      return row && toOutput(row);
    },
    async listForPerson(personId) {
      return (await db.select().from(consents).where(eq(consents.personId, personId)).orderBy(consents.givenOn)).map(toOutput);
    },
    async withdraw(id, on) {
      const [row] = await db.update(consents).set({ withdrawnOn: on, updatedAt: sql`now()` }).where(eq(consents.id, id)).returning();
      return row && toOutput(row);
    },
    async isSharedWith(personId, organisationId, today) {
      const [row] = await db
        .select({ id: consents.id })
        .from(consents)
        .where(and(eq(consents.personId, personId), eq(consents.purpose, 'sharing'), eq(consents.organisationId, organisationId),
          sql`${consents.givenOn} <= ${today} AND (${consents.withdrawnOn} IS NULL OR ${consents.withdrawnOn} > ${today})`))
        .limit(1);
      return row !== undefined;
    },
    async reassign(fromPersonId, toPersonId) {
      await db.update(consents).set({ personId: toPersonId, updatedAt: sql`now()` }).where(eq(consents.personId, fromPersonId));
    },
  };
}
