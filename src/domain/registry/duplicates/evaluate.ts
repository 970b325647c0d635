/**
 * The detection pipeline run in memory, to measure it: candidate pairs from shared blocking keys
 * (a Map from key to records, as the person_match_keys index does in SQL), optionally plus
 * pg_trgm-like neighbours on fullNameKey, then scorePair on each candidate. Reports precision
 * and recall against a labelled set, and the blocking cost as candidate pairs per record.
 */
import { blockingKeys } from './blocking.ts';
import type { ErrorKind } from './inject-errors.ts';
import type { LabelledSet } from './labelled-set.ts';
import { fullNameKey } from './normalise.ts';
import type { MatchablePerson } from './person.ts';
import { scorePair } from './score.ts';
import { trigramNeighbours, type NeighbourOptions } from './trigram.ts';

export interface EvaluateOptions {
  /** Add trigram neighbours on fullNameKey to the candidates (off by default). */
  trigram?: NeighbourOptions;
}

export interface Evaluation {
  /** Predicted duplicates are decisions 'match' and 'possible': both go to the review queue. */
  precision: number;
  recall: number;
  /** The same, counting only 'match'. */
  matchPrecision: number;
  matchRecall: number;
  /** Share of true pairs that blocking made candidates at all (an upper bound on recall). */
  blockingRecall: number;
  candidatePairs: number;
  candidatePairsPerRecord: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Recall per injected error kind (a pair counts for each of its kinds). */
  recallByKind: Partial<Record<ErrorKind, number>>;
  /** Hard negatives (sisters, namesakes) scored as duplicates, blocked or not. */
  hardNegativesFlagged: number;
}

/**
 * Candidate pairs as index pairs [i, j], i < j: every pair sharing a blocking key, each once.
 * Deduplicates per record with a small set, so memory stays linear in the output.
 */
export function candidatePairs(people: readonly MatchablePerson[], keysOf: (p: MatchablePerson) => string[] = blockingKeys): Array<[number, number]> {
  const blocks = new Map<string, number[]>();
  const keysByRecord = people.map((p, i) => {
    const keys = keysOf(p);
    for (const key of keys) (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(i);
    return keys;
  });
  const pairs: Array<[number, number]> = [];
  const seen = new Set<number>();
  keysByRecord.forEach((keys, i) => {
    seen.clear();
    for (const key of keys) for (const j of blocks.get(key)!) if (j > i && !seen.has(j)) (seen.add(j), pairs.push([i, j]));
  });
  return pairs;
}

export function evaluate(set: LabelledSet, options: EvaluateOptions = {}): Evaluation {
  const { people } = set;
  const pairs = candidatePairs(people);
  if (options.trigram) pairs.push(...trigramNeighbours(people.map(fullNameKey), options.trigram));
  const code = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const candidates = new Set<string>();
  const flagged = new Map<string, 'match' | 'possible'>();
  for (const [i, j] of pairs) {
    const [a, b] = [people[i]!, people[j]!];
    const pair = code(a.id, b.id);
    if (candidates.has(pair)) continue;
    candidates.add(pair);
    const { decision } = scorePair(a, b);
    if (decision !== 'distinct') flagged.set(pair, decision);
  }
  const truth = set.truePairs.map(([a, b]) => code(a, b));
  const found = truth.filter((pair) => flagged.has(pair));
  const foundAsMatch = truth.filter((pair) => flagged.get(pair) === 'match');
  const matchesFlagged = [...flagged.values()].filter((d) => d === 'match').length;
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    precision: ratio(found.length, flagged.size),
    recall: ratio(found.length, truth.length),
    matchPrecision: ratio(foundAsMatch.length, matchesFlagged),
    matchRecall: ratio(foundAsMatch.length, truth.length),
    blockingRecall: ratio(truth.filter((pair) => candidates.has(pair)).length, truth.length),
    candidatePairs: candidates.size,
    candidatePairsPerRecord: candidates.size / Math.max(1, people.length),
    truePositives: found.length,
    falsePositives: flagged.size - found.length,
    falseNegatives: truth.length - found.length,
    recallByKind: recallByKind(set, truth.map((pair) => flagged.has(pair))),
    hardNegativesFlagged: set.hardNegatives.filter(([a, b]) => scorePair(byId.get(a)!, byId.get(b)!).decision !== 'distinct').length,
  };
}

function recallByKind(set: LabelledSet, isFound: boolean[]): Partial<Record<ErrorKind, number>> {
  const totals = new Map<ErrorKind, [number, number]>();
  set.errorKinds.forEach((kinds, i) => {
    for (const kind of kinds) {
      const [hit, all] = totals.get(kind) ?? [0, 0];
      totals.set(kind, [hit + (isFound[i] ? 1 : 0), all + 1]);
    }
  });
  return Object.fromEntries([...totals].map(([kind, [hit, all]]) => [kind, ratio(hit, all)]));
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
