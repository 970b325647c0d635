/** The duplicate review queue: pairs stored once (person_a < person_b), decided once. */
import { eq, sql } from 'drizzle-orm';
import type { DuplicateCandidate, DuplicatesRepo } from '../../services/registry/ports.ts';
import type { Db } from '../client.ts';
import { duplicateCandidates } from '../schema/index.ts';

const toOutput = (r: typeof duplicateCandidates.$inferSelect): DuplicateCandidate => ({
  id: r.id, person_a: r.personA, person_b: r.personB, score: Number(r.score), reasons: r.reasons, status: r.status as DuplicateCandidate['status'],
});

export function duplicatesRepo(db: Db): DuplicatesRepo {
  return {
    async propose(c) {
      const [a, b] = c.person_a < c.person_b ? [c.person_a, c.person_b] : [c.person_b, c.person_a];
      const [row] = await db
        .insert(duplicateCandidates)
        .values({ id: c.id, personA: a, personB: b, score: String(c.score), reasons: c.reasons })
        .onConflictDoUpdate({
          target: [duplicateCandidates.personA, duplicateCandidates.personB],
          set: { score: String(c.score), reasons: c.reasons },
          setWhere: sql`${duplicateCandidates.status} = 'pending'`,
        })
        .returning({ status: duplicateCandidates.status });
      return row?.status === 'pending';
    },
    async findById(id) {
      const [row] = await db.select().from(duplicateCandidates).where(eq(duplicateCandidates.id, id));
      return row && toOutput(row);
    },
    async listPending(limit) {
      const rows = await db.select().from(duplicateCandidates).where(eq(duplicateCandidates.status, 'pending')).orderBy(sql`${duplicateCandidates.score} DESC`).limit(limit);
      return rows.map(toOutput);
    },
    async decide(id, status, by, at) {
      await db.update(duplicateCandidates).set({ status, decidedBy: by, decidedAt: at }).where(eq(duplicateCandidates.id, id));
    },
  };
}
