/**
 * Merging two records of one woman (decided in the duplicate review): everything that points
 * at the record merged away moves to the one kept, in the caller's transaction, so nothing she
 * owns is lost: registry links, production, trainings, savings, health, protection, accounts.
 * Savings books are replayed after the move: her transactions end under one member and no
 * balance changes; if the joined books would break a rule of the cycle (say, more shares at
 * one meeting than the maximum), the merge is refused and nothing moves. A record merged
 * already, or cancelled at her request (ARCO), is never merged. Each kind moved is audited
 * with its count only, no personal data.
 */
import { AppError } from '../../domain/errors.ts';
import { recordAudit, type CallContext } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { loadCycleBooks } from '../savings/cycle-replay.ts';

export interface MergeInput {
  pairId: string;
  keepId: string;
  mergeId: string;
}

/** Refuses (409) when either record is merged already or was cancelled. */
async function assertMergeable(repos: Repos, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const person = await repos.people.findById(id);
    if (person?.merged_into_id) {
      throw new AppError('CONFLICT', `Person ${id} was already merged into ${person.merged_into_id}; review the pair with the record that remains`, { rule: 'duplicate.person_merged', params: { person_id: id } });
    }
    if (await repos.arco.isCancelled(id)) {
      throw new AppError('CONFLICT', `Person ${id} had her data cancelled at her request (ARCO); her record cannot be merged`, { rule: 'duplicate.person_cancelled', params: { person_id: id } });
    }
  }
}

/** Replays each cycle with the moved rows; a cycle that no longer replays refuses the merge. */
async function assertBooksReplay(repos: Repos, cycleIds: readonly string[]): Promise<void> {
  for (const cycleId of cycleIds) {
    const cycle = await repos.savings.findCycle(cycleId);
    if (!cycle) continue;
    try {
      await loadCycleBooks(repos, cycle);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'INTERNAL') throw error;
      throw new AppError('CONFLICT', `Both records have transactions in the savings cycle ${cycle.starts_on} to ${cycle.ends_on} that together break its rules (${error.message}); correct the cycle's book first`, {
        rule: 'duplicate.savings_books', params: { cycle_id: cycle.id, starts_on: cycle.starts_on, ends_on: cycle.ends_on },
      });
    }
  }
}

/** Moves every row that points at `mergeId` to `keepId` and marks the record merged; returns the counts per kind. */
export async function mergePerson(repos: Repos, ctx: CallContext, now: Date, input: MergeInput): Promise<Record<string, number>> {
  const { keepId, mergeId } = input;
  await assertMergeable(repos, [keepId, mergeId]);
  // Writes to these cycles wait until the merge commits, so the replay below sees the final books.
  const cycleIds = [...new Set([...(await repos.people.savingsCyclesOf(mergeId)), ...(await repos.people.savingsCyclesOf(keepId))])].sort();
  for (const cycleId of cycleIds) await repos.savings.lockCycle(cycleId);
  const counts = await repos.people.linkCounts(mergeId);
  await repos.memberships.reassign(mergeId, keepId);
  await repos.consents.reassign(mergeId, keepId);
  await repos.lots.reassignOwner(mergeId, keepId);
  await repos.sales.reassignSeller(mergeId, keepId);
  await repos.statements.reassignPerson(mergeId, keepId);
  await repos.trainings.reassignPerson(mergeId, keepId);
  await repos.certificates.reassignPerson(mergeId, keepId, now);
  Object.assign(counts, await repos.people.moveLinks(mergeId, keepId));
  await repos.people.markMerged(mergeId, keepId);
  await assertBooksReplay(repos, cycleIds);
  for (const [kind, count] of Object.entries(counts).sort()) {
    if (count === 0) continue;
    await recordAudit(repos, ctx, now, { action: 'merge_move', entity: kind, entityId: mergeId, after: { merged_into_id: keepId, pair_id: input.pairId, count } });
  }
  return counts;
}
