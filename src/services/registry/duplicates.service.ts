/**
 * Duplicate detection against the registry: after every create, edit and import, the person's
 * blocking keys are stored and her candidates (shared keys, trigram neighbours) are scored;
 * likely duplicates go to the review queue. Review merges (keeping both records, every link
 * moved to the survivor, the audit trail intact) or marks the pair distinct for good.
 */
import { uuidv7 } from 'uuidv7';
import type { PersonOutput, PersonSummary } from '../../contracts/registry.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { blockingKeys, fullNameKey, groupHolders, MATCH_THRESHOLDS, rankNeighbours, scorePair } from '../../domain/registry/duplicates/index.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps, todayOf } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanSeePerson } from './people-access.ts';
import { toMatchable } from './person-record.ts';
import { mapInOrder } from '../../domain/shared/in-order.ts';
import { mergePerson } from './merge-person.ts';

/** Close-name neighbours added to the key neighbours (they catch errors that break every key). */
const NAME_NEIGHBOURS = 5;

export interface PossibleDuplicate {
  person: PersonSummary;
  score: number;
  band: 'match' | 'possible';
  reasons: string[];
}

const bandOf = (score: number): 'match' | 'possible' => (score >= MATCH_THRESHOLDS.match ? 'match' : 'possible');

export function toSummary(p: PersonOutput): PersonSummary {
  return {
    id: p.id, given_names: p.given_names, paternal_surname: p.paternal_surname, maternal_surname: p.maternal_surname,
    sex: p.sex, district: p.district, profiles: p.profiles, id_number_last3: p.id_number ? p.id_number.slice(-3) : null,
  };
}

/** Stores the person's match keys and queues every likely duplicate; returns them, best first. */
export async function detectDuplicates(repos: Repos, person: PersonOutput): Promise<PossibleDuplicate[]> {
  const matchable = toMatchable(person);
  const keys = blockingKeys(matchable);
  await repos.people.replaceMatchKeys(person.id, keys);
  const byKeys = rankNeighbours(person.id, keys, groupHolders(await repos.people.holdersOfKeys(keys)));
  const byName = await repos.people.nameNeighbours(person.id, fullNameKey(matchable), NAME_NEIGHBOURS);
  const likely = (await repos.people.findMatchables([...new Set([...byKeys, ...byName])]))
    .map((candidate) => ({ candidate, result: scorePair(matchable, candidate) }))
    .filter(({ result }) => result.decision !== 'distinct');
  const pending = await repos.duplicates.proposeMany(
    likely.map(({ candidate, result }) => ({ id: uuidv7(), person_a: person.id, person_b: candidate.id, score: result.score, reasons: result.reasons })));
  const queued = likely.filter((_, i) => pending[i]).map(({ candidate, result }) => ({ id: candidate.id, score: result.score, reasons: result.reasons }));
  const summaries = new Map((await repos.people.findByIds(queued.map((q) => q.id))).map((p) => [p.id, toSummary(p)]));
  return queued
    .map((q) => ({ person: summaries.get(q.id)!, score: q.score, band: bandOf(q.score), reasons: q.reasons }))
    .sort((a, b) => b.score - a.score);
}

export async function listPendingDuplicates(deps: ServiceDeps, ctx: CallContext, limit = 50) {
  authorize(ctx.actor, 'duplicates.review');
  const { repos } = deps.store;
  const today = todayOf(deps);
  const items = [];
  for (const pair of await repos.duplicates.listPending(limit * 4)) {
    const a = await repos.people.findById(pair.person_a);
    const b = await repos.people.findById(pair.person_b);
    // A pair whose record was merged since (into a third) is stale: merging it again would lose that link.
    if (!a || !b || a.merged_into_id || b.merged_into_id) continue;
    const visible = await mapInOrder([a.id, b.id], (id) => assertCanSeePerson(repos, ctx.actor, id, today).then(() => true, () => false));
    if (!visible.every(Boolean)) continue;
    items.push({ id: pair.id, score: pair.score, band: bandOf(pair.score), reasons: pair.reasons, a: toSummary(a), b: toSummary(b) });
    if (items.length === limit) break;
  }
  return items;
}

/**
 * The merged record's other pending pairs are stale (she is the kept record now): each is
 * proposed again as a pair of the kept record, with the same score and reasons, so the woman
 * she resembled stays in the review queue. A pair already decided for the kept record stays so.
 */
async function carryPendingPairs(repos: Repos, mergeId: string, keepId: string): Promise<void> {
  const stale = (await repos.duplicates.pendingFor(mergeId)).map((p) => ({ ...p, other: p.person_a === mergeId ? p.person_b : p.person_a }));
  await repos.duplicates.proposeMany(stale.filter((p) => p.other !== keepId)
    .map((p) => ({ id: uuidv7(), person_a: keepId, person_b: p.other, score: p.score, reasons: p.reasons })));
}

/** Merges `merge_id` into `keep_id`: everything pointing at her moves (merge-person.ts); the merged record stays for history. */
export async function resolveDuplicate(deps: ServiceDeps, ctx: CallContext, input: { id: string; decision: 'merge' | 'distinct'; keep_id?: string }) {
  authorize(ctx.actor, 'duplicates.review');
  return deps.store.transaction(async (repos) => {
    const pair = await repos.duplicates.findById(input.id);
    if (!pair) throw notFound('Duplicate pair');
    if (pair.status !== 'pending') throw new AppError('CONFLICT', `This pair was already ${pair.status}`, { rule: 'duplicate.already_decided', params: { status: pair.status } });
    const today = todayOf(deps);
    await assertCanSeePerson(repos, ctx.actor, pair.person_a, today);
    await assertCanSeePerson(repos, ctx.actor, pair.person_b, today);
    const now = deps.clock();
    const actorId = ctx.actor.type === 'user' ? ctx.actor.id : null;
    if (input.decision === 'distinct') {
      await repos.duplicates.decide(pair.id, 'distinct', actorId, now);
      await recordAudit(repos, ctx, now, { action: 'mark_distinct', entity: 'duplicate_pair', entityId: pair.id, after: pair });
      return { status: 'distinct' as const };
    }
    const keepId = input.keep_id ?? pair.person_a;
    if (keepId !== pair.person_a && keepId !== pair.person_b) throw new AppError('VALIDATION_FAILED', 'keep_id must be one of the pair', { details: [{ path: 'keep_id', code: 'keep_id.not_in_pair', message: 'must be one of the two people' }] });
    const mergeId = keepId === pair.person_a ? pair.person_b : pair.person_a;
    await mergePerson(repos, ctx, now, { pairId: pair.id, keepId, mergeId });
    await repos.duplicates.decide(pair.id, 'merged', actorId, now);
    await carryPendingPairs(repos, mergeId, keepId);
    await recordAudit(repos, ctx, now, { action: 'merge', entity: 'person', entityId: mergeId, after: { merged_into_id: keepId, pair_id: pair.id } });
    return { status: 'merged' as const, kept_id: keepId, merged_id: mergeId };
  });
}
