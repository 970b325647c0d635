/**
 * One pass over the rows per indicator, summing into typed arrays indexed by group, then one
 * estimate per group. Proportions and distributions keep Σw, Σw² and the weighted numerator;
 * means keep a running weighted mean and sum of squares (West's update, stable for large
 * values); medians keep the answers per group for a sort. With no weight column every weight is
 * 1, so n_eff = n and the unweighted figures come out of the same code.
 */
import type { Denominator } from '../../../contracts/indicators.ts';
import { isAnswered, matcherOf, numberOf, textOf } from './answers.ts';
import { forEachCountedRow, type RowPass } from './row-inputs.ts';
import { kishEffectiveSize, meanInterval, medianWithInterval, wilsonInterval, type Interval } from './statistics.ts';

export interface GroupEstimate {
  /** Respondents counted in the denominator (unweighted). */
  n: number;
  numerator: number | null;
  value: number | null;
  ci95: Interval | null;
}

export function estimateProportion(pass: RowPass, question: string, values: readonly string[], denominator: Denominator): GroupEstimate[] {
  const matches = matcherOf(values);
  const sums = new ProportionSums(pass.layout.groupCount);
  const numerator = new Float64Array(pass.layout.groupCount);
  forEachCountedRow(pass, (row, weight, groups) => {
    const answer = pass.rows[row]![question];
    if (denominator === 'answered' && !isAnswered(answer)) return;
    const isMatch = matches(answer);
    for (let d = 0; d < groups.length; d++) {
      sums.add(groups[d]!, weight);
      if (isMatch) numerator[groups[d]!] = numerator[groups[d]!]! + weight;
    }
  });
  return sums.estimates(numerator);
}

/** One numerator per category: choice names in list order, then other answers as first seen. */
export function estimateDistribution(pass: RowPass, question: string, choiceNames: readonly string[], denominator: Denominator): { category: string; groups: GroupEstimate[] }[] {
  const groupCount = pass.layout.groupCount;
  const sums = new ProportionSums(groupCount);
  const categoryOf = new Map<string, number>(choiceNames.map((name, i) => [name, i]));
  const numerators: Float64Array[] = choiceNames.map(() => new Float64Array(groupCount));
  const categoryIndex = (text: string): number => {
    let category = categoryOf.get(text);
    if (category === undefined) {
      category = numerators.length;
      categoryOf.set(text, category);
      numerators.push(new Float64Array(groupCount));
    }
    return category;
  };
  forEachCountedRow(pass, (row, weight, groups) => {
    const answer = pass.rows[row]![question];
    if (denominator === 'answered' && !isAnswered(answer)) return;
    for (let d = 0; d < groups.length; d++) sums.add(groups[d]!, weight);
    if (Array.isArray(answer)) {
      for (const choice of answer) addTo(numerators[categoryIndex(choice)]!, groups, weight);
    } else if (isAnswered(answer)) addTo(numerators[categoryIndex(textOf(answer)!)]!, groups, weight);
  });
  return [...categoryOf.entries()].map(([category, index]) => ({ category, groups: sums.estimates(numerators[index]!) }));
}

export function estimateMean(pass: RowPass, question: string): GroupEstimate[] {
  const groupCount = pass.layout.groupCount;
  const n = new Float64Array(groupCount);
  const sumW = new Float64Array(groupCount);
  const sumW2 = new Float64Array(groupCount);
  const mean = new Float64Array(groupCount);
  const squares = new Float64Array(groupCount);
  forEachCountedRow(pass, (row, weight, groups) => {
    const x = numberOf(pass.rows[row]![question]);
    if (x === null) return;
    for (let d = 0; d < groups.length; d++) {
      const g = groups[d]!;
      n[g] = n[g]! + 1;
      if (weight === 0) continue;
      sumW[g] = sumW[g]! + weight;
      sumW2[g] = sumW2[g]! + weight * weight;
      const delta = x - mean[g]!;
      mean[g] = mean[g]! + (delta * weight) / sumW[g]!;
      squares[g] = squares[g]! + weight * delta * (x - mean[g]!);
    }
  });
  return Array.from({ length: groupCount }, (_, g) => {
    if (!(sumW[g]! > 0)) return { n: n[g]!, numerator: null, value: null, ci95: null };
    const nEffective = kishEffectiveSize(sumW[g]!, sumW2[g]!);
    return { n: n[g]!, numerator: null, value: mean[g]!, ci95: meanInterval(mean[g]!, squares[g]! / sumW[g]!, nEffective) };
  });
}

export function estimateMedian(pass: RowPass, question: string): GroupEstimate[] {
  const groupCount = pass.layout.groupCount;
  const n = new Float64Array(groupCount);
  const answers: number[][] = Array.from({ length: groupCount }, () => []);
  const weights: number[][] | null = pass.weights ? Array.from({ length: groupCount }, () => []) : null;
  forEachCountedRow(pass, (row, weight, groups) => {
    const x = numberOf(pass.rows[row]![question]);
    if (x === null) return;
    for (let d = 0; d < groups.length; d++) {
      const g = groups[d]!;
      n[g] = n[g]! + 1;
      if (weight === 0) continue; // no say in a weighted median; still a respondent of the group
      answers[g]!.push(x);
      weights?.[g]!.push(weight);
    }
  });
  return answers.map((values, g) => {
    const estimate = medianWithInterval(Float64Array.from(values), weights ? Float64Array.from(weights[g]!) : null);
    return { n: n[g]!, numerator: null, value: estimate?.value ?? null, ci95: estimate?.ci95 ?? null };
  });
}

function addTo(numerator: Float64Array, groups: Int32Array, weight: number): void {
  for (let d = 0; d < groups.length; d++) numerator[groups[d]!] = numerator[groups[d]!]! + weight;
}

/** Denominator sums of a proportion per group: respondents, Σw and Σw² (for Kish's n_eff). */
class ProportionSums {
  readonly n: Float64Array;
  readonly sumW: Float64Array;
  readonly sumW2: Float64Array;

  constructor(groupCount: number) {
    this.n = new Float64Array(groupCount);
    this.sumW = new Float64Array(groupCount);
    this.sumW2 = new Float64Array(groupCount);
  }

  add(group: number, weight: number): void {
    this.n[group] = this.n[group]! + 1;
    this.sumW[group] = this.sumW[group]! + weight;
    this.sumW2[group] = this.sumW2[group]! + weight * weight;
  }

  estimates(numerator: Float64Array): GroupEstimate[] {
    return Array.from({ length: this.n.length }, (_, g) => {
      const total = this.sumW[g]!;
      if (!(total > 0)) return { n: this.n[g]!, numerator: numerator[g]!, value: null, ci95: null };
      const value = Math.min(1, numerator[g]! / total);
      return { n: this.n[g]!, numerator: numerator[g]!, value, ci95: wilsonInterval(value, kishEffectiveSize(total, this.sumW2[g]!)) };
    });
  }
}
