/**
 * The input rules of ore lots and sales that need no database: weight measured or estimated
 * from bags, grades that need a confirmation or are refused, season dates, and the two ways of
 * giving a sale's gold (assay grade with recovery, or fine gold grams). Each broken rule is one
 * field problem with a code, so a phone can word it in the woman's language before it is sent.
 */
import { GRADE_CONFIRM_ABOVE, GRADE_HARD_LIMIT } from '../../contracts/production.ts';
import type { FieldProblem } from '../errors.ts';
import { dateProblem, periodProblem } from '../registry/person-rules.ts';
import { estimatedWeightKg } from './fair-value.ts';

/** A grade above 1,000 g/t needs the user's confirmation; above 20,000 g/t it is refused. */
export function gradeProblem(path: string, grade: number | null | undefined, isConfirmed: boolean | undefined): FieldProblem | undefined {
  if (grade == null) return undefined;
  if (grade > GRADE_HARD_LIMIT) return { path, code: 'grade.too_high', params: { limit: GRADE_HARD_LIMIT }, message: `cannot be above ${GRADE_HARD_LIMIT} g/t` };
  if (grade > GRADE_CONFIRM_ABOVE && !isConfirmed) {
    return { path, code: 'grade.confirm_high', params: { limit: GRADE_CONFIRM_ABOVE }, message: `is above ${GRADE_CONFIRM_ABOVE} g/t: check it and confirm (confirm_high_grade)` };
  }
  return undefined;
}

export interface LotWeight {
  weight_kg: number;
  weight_estimated: boolean;
  kg_per_bag: number | null;
}

/**
 * The lot's weight: the measured kilograms when given, else bags × kg per bag (the
 * installation's default unless the lot says otherwise). A problem when there is neither.
 */
export function lotWeight(input: { weight_kg?: number | null; bags?: number | null; kg_per_bag?: number | null }, defaultKgPerBag: number): LotWeight | FieldProblem {
  if (input.weight_kg != null) return { weight_kg: input.weight_kg, weight_estimated: false, kg_per_bag: input.kg_per_bag ?? null };
  if (input.bags != null && input.bags > 0) {
    // kg_per_bag stays null when the default was used, so a later re-estimate uses the exact default.
    return { weight_kg: estimatedWeightKg(input.bags, input.kg_per_bag ?? defaultKgPerBag), weight_estimated: true, kg_per_bag: input.kg_per_bag ?? null };
  }
  return { path: 'weight_kg', code: 'lot.weight_or_bags', message: 'give the weight in kg, or the number of bags to estimate it' };
}

export const isProblem = (x: LotWeight | FieldProblem): x is FieldProblem => 'path' in x;

/** Season dates: real, not in the future, and the end not before the start. */
export function seasonProblems(from: string, to: string | null | undefined, today: string): FieldProblem[] {
  const problems = periodProblem('season_from', 'season_to', from, to);
  for (const p of [dateProblem('season_from', from, { today }), dateProblem('season_to', to, { today })]) {
    if (p && !problems.some((q) => q.path === p.path)) problems.push(p);
  }
  return problems;
}

export interface SaleGold {
  grade_g_per_t?: number | null;
  recovery?: number | null;
  fine_gold_g?: number | null;
  confirm_high_grade?: boolean;
}

/** Exactly one way of saying how much gold was sold: assay grade with recovery, or fine gold grams. */
export function saleGoldProblems(sale: SaleGold): FieldProblem[] {
  const hasGrade = sale.grade_g_per_t != null;
  const hasRecovery = sale.recovery != null;
  if (sale.fine_gold_g != null) {
    if (!hasGrade && !hasRecovery) return [];
    return [{ path: 'fine_gold_g', code: 'sale.grade_or_fine_gold', message: 'give the fine gold grams, or the assay grade with the recovery rate, not both' }];
  }
  if (!hasGrade && !hasRecovery) {
    return [{ path: 'grade_g_per_t', code: 'sale.gold_missing', message: 'give the assay grade (g/t) with the recovery rate, or the fine gold grams' }];
  }
  const problems: FieldProblem[] = [];
  if (!hasGrade) problems.push({ path: 'grade_g_per_t', code: 'sale.grade_required', message: 'give the assay grade (g/t) that goes with the recovery rate' });
  else if (sale.grade_g_per_t === 0) problems.push({ path: 'grade_g_per_t', code: 'grade.zero', message: 'must be more than 0' });
  else {
    const grade = gradeProblem('grade_g_per_t', sale.grade_g_per_t, sale.confirm_high_grade);
    if (grade) problems.push(grade);
  }
  if (!hasRecovery) problems.push({ path: 'recovery', code: 'sale.recovery_required', message: 'give the recovery rate, between 0 and 1 (for example 0.85)' });
  return problems;
}

/** The sale's date: real and not in the future. */
export function soldOnProblem(soldOn: string, today: string): FieldProblem | undefined {
  return dateProblem('sold_on', soldOn, { today });
}
