/**
 * The full duplicate pass (`pallay duplicates scan`): every active person read once, candidate
 * pairs from the self-join of match keys in pages of people, each pair scored, likely
 * duplicates queued for review (pairs already marked distinct stay distinct). Run it after a
 * large import or a change of the scoring rules.
 */
import { uuidv7 } from 'uuidv7';
import { authorize } from '../../domain/auth/actor.ts';
import { scorePair, type MatchablePerson } from '../../domain/registry/duplicates/index.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';

const READ_PAGE = 20_000;
const PAIR_PAGE_PEOPLE = 10_000;

export interface ScanSummary {
  people: number;
  pairs: number;
  queued: number;
}

export async function scanDuplicates(deps: ServiceDeps, ctx: CallContext, onProgress?: (done: number, total: number) => void): Promise<ScanSummary> {
  authorize(ctx.actor, 'duplicates.scan');
  const { repos } = deps.store;
  const people: MatchablePerson[] = [];
  for (let page = await repos.people.listMatchables(null, READ_PAGE); page.length > 0; page = await repos.people.listMatchables(page.at(-1)!.id, READ_PAGE)) {
    people.push(...page);
    if (page.length < READ_PAGE) break;
  }
  const byId = new Map(people.map((p) => [p.id, p]));
  const summary: ScanSummary = { people: people.length, pairs: 0, queued: 0 };
  for (let at = 0; at < people.length; at += PAIR_PAGE_PEOPLE) {
    const pairs = await repos.people.keyPairsBetween(people[at]!.id, people[Math.min(at + PAIR_PAGE_PEOPLE, people.length) - 1]!.id);
    const likely = pairs.flatMap(([a, b]) => {
      const left = byId.get(a);
      const right = byId.get(b);
      const score = left && right ? scorePair(left, right) : undefined;
      return score && score.decision !== 'distinct' ? [{ a, b, score }] : [];
    });
    summary.pairs += pairs.length;
    await deps.store.transaction(async (tx) => {
      for (const { a, b, score } of likely) {
        if (await tx.duplicates.propose({ id: uuidv7(), person_a: a, person_b: b, score: score.score, reasons: score.reasons })) summary.queued++;
      }
    });
    onProgress?.(Math.min(at + PAIR_PAGE_PEOPLE, people.length), people.length);
  }
  return summary;
}
