/**
 * Duplicate detection for people: the public face of this folder. Services store blockingKeys()
 * in person_match_keys and fullNameKey() for pg_trgm, then scorePair() every candidate; the
 * generators and evaluate() are for tests and the benchmark. See README.md for the design.
 */
export type { MatchablePerson } from './person.ts';
export { normaliseName, fullNameKey } from './normalise.ts';
export { phoneticKey } from './phonetic.ts';
export { blockingKeys } from './blocking.ts';
export { scorePair, MATCH_THRESHOLDS, type MatchScore, type MatchDecision } from './score.ts';
export { generatePeople, toPersonImport } from './generate-people.ts';
export { generateLabelledSet, type LabelledSet } from './labelled-set.ts';
export { ERROR_KINDS, type ErrorKind } from './inject-errors.ts';
export { evaluate, candidatePairs, type Evaluation, type EvaluateOptions } from './evaluate.ts';
export { trigramSimilarity } from './trigram.ts';
export { groupHolders, rankNeighbours, NEIGHBOURS_PER_PERSON } from './neighbours.ts';
