/**
 * The duplicate step of an import batch: each new person is scored against her key neighbours
 * (people sharing her match keys, new or registered) and likely duplicates go to the review
 * queue. Scoring folds every candidate's names once (featuresOf memoises per object), and
 * successive batches of one import meet mostly the same registered people, so the import keeps
 * the objects it has already scored and reuses one when the database still holds exactly the
 * same fields for that person: her folding is then not repeated. The database is still read
 * every batch, so a person edited or merged meanwhile is scored as she now is.
 */
import { uuidv7 } from 'uuidv7';
import { groupHolders, rankNeighbours, scorePair, type MatchablePerson } from '../../domain/registry/duplicates/index.ts';
import type { Repos } from '../ports.ts';

/** People already scored in this import, by id; cleared past KNOWN_LIMIT to bound memory. */
export type KnownPeople = Map<string, MatchablePerson>;

/** About 1 kB a person with her folded features: tens of megabytes at most. */
const KNOWN_LIMIT = 50_000;

const FIELDS = ['givenNames', 'paternalSurname', 'maternalSurname', 'sex', 'birthDate', 'idType', 'idNumber', 'district', 'phone'] as const;

/** `p`, or the object seen earlier for the same person when every field is the same. */
function reuseKnown(known: KnownPeople, p: MatchablePerson): MatchablePerson {
  const before = known.get(p.id);
  if (before && FIELDS.every((f) => before[f] === p[f])) return before;
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(p.id, p);
  return p;
}

/**
 * Scores each new person (in file order) against her key neighbours and queues likely
 * duplicates. Returns the new people flagged: of two new rows that match each other only the
 * later one counts, as it would had the earlier one been imported first (so the count does not
 * depend on batch size).
 */
export async function queueDuplicates(repos: Repos, created: readonly MatchablePerson[], keysOf: ReadonlyMap<string, string[]>, known: KnownPeople): Promise<Set<string>> {
  const holders = groupHolders(await repos.people.holdersOfKeys([...keysOf.values()].flat()));
  const neighbours = created.flatMap((p) => rankNeighbours(p.id, keysOf.get(p.id) ?? [], holders).map((candidateId) => ({ personId: p.id, candidateId })));
  const newIds = new Set(created.map((p) => p.id));
  const position = new Map(created.map((p, i) => [p.id, i]));
  const others = await repos.people.findMatchables([...new Set(neighbours.map((n) => n.candidateId))].filter((id) => !newIds.has(id)));
  const byId = new Map([...created, ...others].map((p) => [p.id, reuseKnown(known, p)] as const));
  const proposals: { personId: string; candidateId: string; score: ReturnType<typeof scorePair> }[] = [];
  for (const { personId, candidateId } of neighbours) {
    const a = byId.get(personId);
    const b = byId.get(candidateId);
    if (!a || !b || (newIds.has(candidateId) && candidateId < personId)) continue;
    const score = scorePair(a, b);
    if (score.decision !== 'distinct') proposals.push({ personId, candidateId, score });
  }
  const pending = await repos.duplicates.proposeMany(
    proposals.map(({ personId, candidateId, score }) => ({ id: uuidv7(), person_a: personId, person_b: candidateId, score: score.score, reasons: score.reasons })));
  const flagged = new Set<string>();
  proposals.forEach(({ personId, candidateId }, i) => {
    if (pending[i]) flagged.add(newIds.has(candidateId) && position.get(candidateId)! > position.get(personId)! ? candidateId : personId);
  });
  return flagged;
}
