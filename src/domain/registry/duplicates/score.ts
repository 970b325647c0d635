/**
 * scorePair: is this pair of records one person? The score is a Fellegi–Sunter sum of log2(m/u)
 * weights over the fields (weights.ts, README.md); the decision compares it with
 * MATCH_THRESHOLDS, then two document rules apply on top:
 *   - the same DNI (or carné) is a match, unless the names are wildly different (given names with
 *     no word in common, or no surname in common): then 'possible', 'same_dni_different_name';
 *   - two different DNIs are never a 'match' by score alone; at most 'possible'.
 * Pure and symmetric: scorePair(a, b) and scorePair(b, a) give the same result.
 */
import { compareBirthDates, compareDistricts, compareIds, comparePhones, compareSex, type IdRelation } from './compare-fields.ts';
import { compareGivenNames, compareSurnames } from './compare-names.ts';
import { featuresOf } from './features.ts';
import type { MatchablePerson } from './person.ts';
import { MATCH_THRESHOLDS } from './weights.ts';

export { MATCH_THRESHOLDS } from './weights.ts';

export type MatchDecision = 'match' | 'possible' | 'distinct';

export interface MatchScore {
  /** Sum of the field weights, in bits of evidence; rounded to a tenth. */
  score: number;
  decision: MatchDecision;
  /** Short English codes for the evidence, e.g. 'same_dni', 'surnames_swapped', 'birth_day_month_swapped'. */
  reasons: string[];
}

/**
 * @example scorePair(rosaQuispeMamani, rosaMamaniQuispe) // { decision: 'match', reasons: ['given_names_equal', 'surnames_swapped', 'birth_date_equal', …] }
 */
export function scorePair(first: MatchablePerson, second: MatchablePerson): MatchScore {
  const [a, b] = [featuresOf(first), featuresOf(second)];
  const id = compareIds(a, b);
  const given = compareGivenNames(a, b);
  const surnames = compareSurnames(a, b);
  const parts = [id, given, surnames, compareBirthDates(a, b), compareSex(a, b), compareDistricts(a, b), comparePhones(a, b)];
  const score = Math.round(parts.reduce((sum, part) => sum + part.weight, 0) * 10) / 10;
  const reasons = parts.flatMap((part) => part.reasons);
  const namesWildlyDiffer = given.level === 'differ' || !surnames.agrees;
  const decision = decide(score, id.relation, namesWildlyDiffer);
  if (id.relation === 'same' && namesWildlyDiffer) reasons.push('same_dni_different_name');
  return { score, decision, reasons };
}

function decide(score: number, id: IdRelation, namesWildlyDiffer: boolean): MatchDecision {
  if (id === 'same') return namesWildlyDiffer ? 'possible' : 'match';
  const byScore: MatchDecision = score >= MATCH_THRESHOLDS.match ? 'match' : score >= MATCH_THRESHOLDS.possible ? 'possible' : 'distinct';
  return id === 'differ' && byScore === 'match' ? 'possible' : byScore;
}
