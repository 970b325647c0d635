/**
 * The indicator engine: decoded survey rows + an indicator spec + disaggregations → the report
 * of docs/indicators.md (n, numerator, value, 95% CI and suppression for every group). Pure and
 * in memory; the CLI feeds it files, the API will feed it stored responses.
 *
 * Cost: one pass over the rows per disaggregation (to number the groups), per distinct filter
 * and per weight column, then one pass per indicator; nothing is allocated per row.
 */
import type { IndicatorDefinition, IndicatorReport, IndicatorResult, IndicatorSpec } from '../../../contracts/indicators.ts';
import type { FormDefinition } from '../form.ts';
import type { ResponseRow } from './answers.ts';
import { buildDisaggregation, wholeSample, type Disaggregation } from './disaggregation.ts';
import { estimateDistribution, estimateMean, estimateMedian, estimateProportion, type GroupEstimate } from './estimators.ts';
import { filterMask, layoutGroups, readWeights, type GroupLayout, type RowPass } from './row-inputs.ts';
import { checkIndicatorSpec, filtersOf, indicatorSpecError } from './spec-check.ts';
import { suppressedGroups } from './suppression.ts';

export interface ComputeIndicatorsInput {
  rows: readonly ResponseRow[];
  spec: IndicatorSpec;
  /** Disaggregations, each reported on its own: `['region', 'profile']`; `'region+profile'` crosses two. Empty: one group. */
  by?: readonly string[];
  /** The questionnaire: checks the spec, orders groups and distributions as its choices, supplies labels. */
  form?: FormDefinition;
  /** Columns of the rows that are not questions (allowed as weight or disaggregation). */
  extraColumns?: readonly string[];
  /** The file line of a row, for messages about bad weights. */
  lineOf?: (index: number) => number;
}

/**
 * @example computeIndicators({ rows, spec: IndicatorSpec.parse({ indicators: [{ id: 'age', type: 'mean', question: 'age' }] }), by: ['region'] })
 */
export function computeIndicators(input: ComputeIndicatorsInput): IndicatorReport {
  const { rows, spec, by = [], form } = input;
  if (form) {
    const problems = checkIndicatorSpec({ form, spec, by, extraColumns: input.extraColumns });
    if (problems.length > 0) throw indicatorSpecError(problems);
  }
  const disaggregations = by.length === 0 ? [wholeSample(rows.length)] : by.map((d) => buildDisaggregation(rows, d.split('+'), form));
  const layout = layoutGroups(disaggregations);
  const masks = new Map<string, Uint8Array | null>();
  const weightColumns = new Map<string, Float64Array>();
  const indicators: IndicatorResult[] = [];
  spec.indicators.forEach((indicator, index) => {
    const filters = filtersOf(indicator);
    const filterKey = JSON.stringify(filters);
    if (!masks.has(filterKey)) masks.set(filterKey, filterMask(rows, filters));
    const pass: RowPass = { rows, layout, mask: masks.get(filterKey)!, weights: null };
    if (indicator.weight !== undefined) {
      const column = indicator.weight;
      if (!weightColumns.has(column)) weightColumns.set(column, readWeights(rows, column, { indicatorId: indicator.id, path: `indicators.${index}.weight`, lineOf: input.lineOf }));
      pass.weights = weightColumns.get(column)!;
    }
    indicators.push(...resultsOf(indicator, pass, form, spec.suppress_below));
  });
  return { indicators };
}

function resultsOf(indicator: IndicatorDefinition, pass: RowPass, form: FormDefinition | undefined, k: number): IndicatorResult[] {
  const label = indicator.label ?? questionLabel(form, indicator.question) ?? indicator.id;
  switch (indicator.type) {
    case 'proportion':
      return [{ id: indicator.id, label, groups: reportGroups(estimateProportion(pass, indicator.question, indicator.values, indicator.denominator), pass.layout, k) }];
    case 'mean':
      return [{ id: indicator.id, label, groups: reportGroups(estimateMean(pass, indicator.question), pass.layout, k) }];
    case 'median':
      return [{ id: indicator.id, label, groups: reportGroups(estimateMedian(pass, indicator.question), pass.layout, k) }];
    case 'distribution': {
      const choices = choicesOf(form, indicator.question);
      return estimateDistribution(pass, indicator.question, choices.map((c) => c.name), indicator.denominator).map(({ category, groups }) => ({
        id: `${indicator.id}.${category}`,
        label: `${label}: ${choices.find((c) => c.name === category)?.label ?? category}`,
        of: indicator.id,
        choice: category,
        groups: reportGroups(groups, pass.layout, k),
      }));
    }
  }
}

/** Applies suppression per disaggregation and shapes the groups as the contract says. */
function reportGroups(estimates: GroupEstimate[], layout: GroupLayout, k: number): IndicatorResult['groups'] {
  return layout.disaggregations.flatMap((disaggregation: Disaggregation, d) => {
    const own = estimates.slice(layout.offsets[d]!, layout.offsets[d]! + disaggregation.groups.length);
    const hidden = suppressedGroups(own.map((e) => e.n), k, disaggregation.lines);
    return own.map((estimate, g) => ({
      by: { ...disaggregation.groups[g]!.by },
      n: estimate.n,
      numerator: hidden[g] ? null : estimate.numerator,
      value: hidden[g] ? null : estimate.value,
      ci95: hidden[g] || !estimate.ci95 ? null : estimate.ci95,
      suppressed: hidden[g]!,
    }));
  });
}

function labelText(labels: Record<string, string>, form: FormDefinition): string | undefined {
  return labels[form.defaultLanguage ?? ''] ?? labels.default ?? Object.values(labels)[0];
}

function questionLabel(form: FormDefinition | undefined, name: string): string | undefined {
  const question = form?.questions.find((q) => q.name === name);
  return question && form ? labelText(question.labels, form) : undefined;
}

function choicesOf(form: FormDefinition | undefined, name: string): { name: string; label: string }[] {
  const listName = form?.questions.find((q) => q.name === name)?.listName;
  const choices = form && listName ? (form.choiceLists[listName] ?? []) : [];
  return choices.map((c) => ({ name: c.name, label: labelText(c.labels, form!) ?? c.name }));
}
