/**
 * From a checked spec to the plan the SQL path sums: which columns are read and how (their
 * kind, from the question's type), one measure per indicator, and the disaggregations as
 * column lists. Pure, so the equivalence test and the benchmark build the same plans.
 */
import type { IndicatorDefinition, IndicatorSpec } from '../../contracts/indicators.ts';
import type { FormDefinition, QuestionType } from '../../domain/surveys/form.ts';
import { filtersOf } from '../../domain/surveys/indicators/spec-check.ts';
import type { ColumnKind, IndicatorAggregateRequest, IndicatorRowSource, MeasurePlan } from './indicator-ports.ts';

const KIND_OF_TYPE: Record<QuestionType, ColumnKind> = {
  text: 'text', date: 'text', select_one: 'text', other: 'json', select_multiple: 'multi', integer: 'number', decimal: 'number', calculate: 'json', note: 'json',
};

/** Column kinds of every question; names that are not questions are export (meta) columns. */
export function columnKinds(form: FormDefinition): Record<string, ColumnKind> {
  return Object.fromEntries(form.questions.map((q) => [q.name, KIND_OF_TYPE[q.type]]));
}

/** The choice names of a select question, in list order (empty for other questions). */
export function choiceNames(form: FormDefinition, question: string): string[] {
  const listName = form.questions.find((q) => q.name === question)?.listName;
  return listName ? (form.choiceLists[listName] ?? []).map((c) => c.name) : [];
}

export function isSelect(form: FormDefinition, question: string): boolean {
  const type = form.questions.find((q) => q.name === question)?.type;
  return type === 'select_one' || type === 'select_multiple';
}

/**
 * `categories` gives each distribution (by indicator id) its categories; by default the choices.
 * @example planIndicators({ form, spec, by: ['region'], source: { kind: 'form', formId } }).disaggregations // [['region']]
 */
export function planIndicators(opts: {
  form: FormDefinition;
  spec: IndicatorSpec;
  by: readonly string[];
  source: IndicatorRowSource;
  categories?: ReadonlyMap<string, readonly string[]>;
}): IndicatorAggregateRequest {
  const { form, spec, by, source, categories } = opts;
  return {
    source,
    kinds: columnKinds(form),
    disaggregations: by.length === 0 ? [[]] : by.map((d) => d.split('+')),
    measures: spec.indicators.map((indicator) => measureOf(indicator, categories?.get(indicator.id) ?? choiceNames(form, indicator.question))),
  };
}

function measureOf(indicator: IndicatorDefinition, categories: readonly string[]): MeasurePlan {
  const common = { filters: filtersOf(indicator), weight: indicator.weight ?? null };
  switch (indicator.type) {
    case 'proportion':
      return { ...common, measure: { kind: 'proportion', question: indicator.question, values: indicator.values, answeredOnly: indicator.denominator === 'answered' } };
    case 'distribution':
      return { ...common, measure: { kind: 'distribution', question: indicator.question, categories, answeredOnly: indicator.denominator === 'answered' } };
    case 'mean':
    case 'median':
      return { ...common, measure: { kind: indicator.type, question: indicator.question } };
  }
}
