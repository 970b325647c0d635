/**
 * A full duplicate pass over a loaded registry, the way duplicates/README.md proposes it: every
 * active person read once into Node (one object each, so scorePair's per-object feature cache
 * works), candidate pairs from the self-join of person_match_keys paged by ranges of
 * a.person_id so neither engine holds all 1.7 M pairs at once, each pair scored with scorePair.
 * The baseline is the same pass in memory: candidatePairs(people) and scorePair, no database.
 * Both count pairs and decisions, so the suite can check they found the same thing.
 */
import { candidatePairs, scorePair, type MatchablePerson } from '../../src/domain/registry/duplicates/index.ts';
import type { RegistryEngine } from './registry-engine.ts';

/** People per page of the pair query: about 170,000 pairs a page at 100k. */
const PAGE_PEOPLE = 10_000;

const PEOPLE_SQL = `SELECT id, given_names, paternal_surname, maternal_surname, sex, birth_date::text, id_type, id_number, district, phone
  FROM people WHERE merged_into_id IS NULL ORDER BY id`;

const PAIRS_SQL = `SELECT DISTINCT a.person_id, b.person_id
  FROM person_match_keys a JOIN person_match_keys b USING (key)
  WHERE a.person_id < b.person_id AND a.person_id BETWEEN $1 AND $2`;

export interface PassOutcome {
  ms: number;
  people: number;
  pairs: number;
  match: number;
  possible: number;
  /** Milliseconds in the pair queries alone (SQL pass only). */
  query_ms?: number;
}

type PersonTuple = [string, string, string, string, 'female' | 'male', string | null, MatchablePerson['idType'], string | null, string | null, string | null];

function toPerson(r: PersonTuple): MatchablePerson {
  return { id: r[0], givenNames: r[1], paternalSurname: r[2], maternalSurname: r[3], sex: r[4], birthDate: r[5], idType: r[6], idNumber: r[7], district: r[8], phone: r[9] };
}

function tally(outcome: PassOutcome, a: MatchablePerson, b: MatchablePerson): void {
  outcome.pairs++;
  const { decision } = scorePair(a, b);
  if (decision === 'match') outcome.match++;
  else if (decision === 'possible') outcome.possible++;
}

/** The pass against the database: read people, page the pair self-join, score in Node. */
export async function sqlFullPass(engine: RegistryEngine): Promise<PassOutcome> {
  const started = performance.now();
  const { rows } = await engine.rawArrays<PersonTuple>(PEOPLE_SQL);
  const byId = new Map<string, MatchablePerson>();
  for (const row of rows) byId.set(row[0], toPerson(row));
  const outcome: PassOutcome = { ms: 0, people: rows.length, pairs: 0, match: 0, possible: 0, query_ms: 0 };
  for (let at = 0; at < rows.length; at += PAGE_PEOPLE) {
    const low = rows[at]![0];
    const high = rows[Math.min(at + PAGE_PEOPLE, rows.length) - 1]![0];
    const queried = performance.now();
    const page = await engine.rawArrays<[string, string]>(PAIRS_SQL, [low, high]);
    outcome.query_ms! += performance.now() - queried;
    for (const [a, b] of page.rows) tally(outcome, byId.get(a)!, byId.get(b)!);
  }
  outcome.ms = performance.now() - started;
  return outcome;
}

/** The baseline: the same pass in memory, on fresh copies so no feature cache carries over. */
export function memoryFullPass(generated: readonly MatchablePerson[]): PassOutcome {
  const people = generated.map((p) => ({ ...p }));
  const started = performance.now();
  const outcome: PassOutcome = { ms: 0, people: people.length, pairs: 0, match: 0, possible: 0 };
  for (const [i, j] of candidatePairs(people)) tally(outcome, people[i]!, people[j]!);
  outcome.ms = performance.now() - started;
  return outcome;
}
