/** The duplicate review queue: pairs stored once (person_a < person_b), decided once. */
import { eq, sql } from 'drizzle-orm';
import type { DuplicateCandidate, DuplicatesRepo } from '../../services/registry/ports.ts';
import type { Db } from '../client.ts';
import { duplicateCandidates } from '../schema/index.ts';

const toOutput = (r: typeof duplicateCandidates.$inferSelect): DuplicateCandidate => ({
  id: r.id, person_a: r.personA, person_b: r.personB, score: Number(r.score), reasons: r.reasons, status: r.status as DuplicateCandidate['status'],
});

type Proposal = Omit<DuplicateCandidate, 'status'>;
/** Pairs are stored once, the smaller id first. */
const pairOf = (c: Proposal): [string, string] => (c.person_a < c.person_b ? [c.person_a, c.person_b] : [c.person_b, c.person_a]);
/** Rows per INSERT: 5 parameters each, well under PostgreSQL's 65,535. */
const PROPOSALS_PER_STATEMENT = 1000;

export function duplicatesRepo(db: Db): DuplicatesRepo {
  /** Inserts new pairs and rescores pending ones; returns the keys `a|b` of the pairs now pending. */
  const upsert = async (candidates: readonly Proposal[]): Promise<Set<string>> => {
    // One row per pair: ON CONFLICT cannot touch the same row twice in one statement.
    const byPair = new Map(candidates.map((c) => [pairOf(c).join('|'), c]));
    const pending = new Set<string>();
    const rows = [...byPair.values()].map((c) => {
      const [a, b] = pairOf(c);
      return { id: c.id, personA: a, personB: b, score: String(c.score), reasons: c.reasons };
    });
    for (let i = 0; i < rows.length; i += PROPOSALS_PER_STATEMENT) {
      const written = await db
        .insert(duplicateCandidates)
        .values(rows.slice(i, i + PROPOSALS_PER_STATEMENT))
        .onConflictDoUpdate({
          target: [duplicateCandidates.personA, duplicateCandidates.personB],
          set: { score: sql`excluded.score`, reasons: sql`excluded.reasons` },
          setWhere: sql`${duplicateCandidates.status} = 'pending'`,
        })
        .returning({ a: duplicateCandidates.personA, b: duplicateCandidates.personB, status: duplicateCandidates.status });
      for (const row of written) if (row.status === 'pending') pending.add(`${row.a}|${row.b}`);
    }
    return pending;
  };
  return {
    async propose(c) {
      return (await upsert([c])).has(pairOf(c).join('|'));
    },
    async proposeMany(candidates) {
      if (candidates.length === 0) return [];
      const pending = await upsert(candidates);
      return candidates.map((c) => pending.has(pairOf(c).join('|')));
    },
    async findById(id) {
      const [row] = await db.select().from(duplicateCandidates).where(eq(duplicateCandidates.id, id));
      return row && toOutput(row);
    },
    async listPending(limit) {
      const rows = await db.select().from(duplicateCandidates).where(eq(duplicateCandidates.status, 'pending')).orderBy(sql`${duplicateCandidates.score} DESC`).limit(limit);
      return rows.map(toOutput);
    },
    async pendingFor(personId) {
      const rows = await db.select().from(duplicateCandidates)
        .where(sql`${duplicateCandidates.status} = 'pending' AND (${duplicateCandidates.personA} = ${personId} OR ${duplicateCandidates.personB} = ${personId})`);
      return rows.map(toOutput);
    },
    async decide(id, status, by, at) {
      await db.update(duplicateCandidates).set({ status, decidedBy: by, decidedAt: at }).where(eq(duplicateCandidates.id, id));
    },
  };
}
