/**
 * Finishes the SQL path: per-group sums from the database become the report that
 * computeIndicators() gives for the same rows — the same estimators (statistics.ts), the same
 * group order and suppression lines (buildDisaggregation over one row per group), the same
 * complementary suppression (suppression.ts), the same labels. The equivalence test
 * (indicator-equivalence.test.ts) holds the two paths together.
 */
import type { IndicatorReport, IndicatorResult, IndicatorSpec } from '../../contracts/indicators.ts';
import type { FormDefinition } from '../../domain/surveys/form.ts';
import { buildDisaggregation, wholeSample, type Disaggregation } from '../../domain/surveys/indicators/disaggregation.ts';
import type { GroupEstimate } from '../../domain/surveys/indicators/estimators.ts';
import { kishEffectiveSize, meanInterval, medianWithInterval, wilsonInterval } from '../../domain/surveys/indicators/statistics.ts';
import { suppressedGroups } from '../../domain/surveys/indicators/suppression.ts';
import type { GroupStats, IndicatorAggregateRequest, IndicatorAggregateResult, MeasureStats } from './indicator-ports.ts';

interface OrderedDisaggregation {
  disaggregation: Disaggregation;
  /** The stats of each output group, in output order. */
  stats: GroupStats[];
}

/** Orders the groups as the engine does, by building its disaggregation over one row per group. */
function orderGroups(columns: readonly string[], groups: GroupStats[], form: FormDefinition): OrderedDisaggregation {
  if (columns.length === 0) return { disaggregation: wholeSample(1), stats: groups.slice(0, 1) };
  const rows = groups.map((g) => Object.fromEntries(columns.map((c, i) => [c, g.keys[i] ?? null])));
  const disaggregation = buildDisaggregation(rows, columns, form);
  const stats = new Array<GroupStats>(groups.length);
  groups.forEach((g, row) => (stats[disaggregation.groupOfRow[row]!] = g));
  return { disaggregation, stats };
}

function proportionEstimate(s: MeasureStats, numerator: number): GroupEstimate {
  if (!(s.sumW > 0)) return { n: s.n, numerator, value: null, ci95: null };
  const value = Math.min(1, numerator / s.sumW);
  return { n: s.n, numerator, value, ci95: wilsonInterval(value, kishEffectiveSize(s.sumW, s.sumW2)) };
}

function meanEstimate(s: MeasureStats): GroupEstimate {
  if (!(s.sumW > 0) || s.mean === null) return { n: s.n, numerator: null, value: null, ci95: null };
  return { n: s.n, numerator: null, value: s.mean, ci95: meanInterval(s.mean, s.variance ?? 0, kishEffectiveSize(s.sumW, s.sumW2)) };
}

function medianEstimate(s: MeasureStats): GroupEstimate {
  const estimate = medianWithInterval(s.answers ?? new Float64Array(0), s.answerWeights);
  return { n: s.n, numerator: null, value: estimate?.value ?? null, ci95: estimate?.ci95 ?? null };
}

/** Suppression per disaggregation, then the contract's group shape. */
function reportGroups(perDisaggregation: { ordered: OrderedDisaggregation; estimates: GroupEstimate[] }[], k: number): IndicatorResult['groups'] {
  return perDisaggregation.flatMap(({ ordered, estimates }) => {
    const hidden = suppressedGroups(estimates.map((e) => e.n), k, ordered.disaggregation.lines);
    return estimates.map((estimate, g) => ({
      by: { ...ordered.disaggregation.groups[g]!.by },
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

function questionLabel(form: FormDefinition, name: string): string | undefined {
  const question = form.questions.find((q) => q.name === name);
  return question ? labelText(question.labels, form) : undefined;
}

function choiceLabel(form: FormDefinition, question: string, choice: string): string {
  const listName = form.questions.find((q) => q.name === question)?.listName;
  const found = listName ? form.choiceLists[listName]?.find((c) => c.name === choice) : undefined;
  return (found && labelText(found.labels, form)) ?? choice;
}

/** The report of `spec` from the aggregate of the plan `request` (built by planIndicators). */
export function finishReport(opts: { form: FormDefinition; spec: IndicatorSpec; request: IndicatorAggregateRequest; result: IndicatorAggregateResult }): IndicatorReport {
  const { form, spec, request, result } = opts;
  const ordered = request.disaggregations.map((columns, d) => orderGroups(columns, result.disaggregations[d]!, form));
  const groupsOf = (estimate: (s: MeasureStats) => GroupEstimate, m: number) =>
    reportGroups(ordered.map((o) => ({ ordered: o, estimates: o.stats.map((g) => estimate(g.measures[m]!)) })), spec.suppress_below);
  const indicators: IndicatorResult[] = [];
  spec.indicators.forEach((indicator, m) => {
    const label = indicator.label ?? questionLabel(form, indicator.question) ?? indicator.id;
    const { measure } = request.measures[m]!;
    if (measure.kind === 'proportion') indicators.push({ id: indicator.id, label, groups: groupsOf((s) => proportionEstimate(s, s.numerators[0] ?? 0), m) });
    else if (measure.kind === 'mean') indicators.push({ id: indicator.id, label, groups: groupsOf(meanEstimate, m) });
    else if (measure.kind === 'median') indicators.push({ id: indicator.id, label, groups: groupsOf(medianEstimate, m) });
    else {
      measure.categories.forEach((category, c) => indicators.push({
        id: `${indicator.id}.${category}`, label: `${label}: ${choiceLabel(form, indicator.question, category)}`, of: indicator.id, choice: category,
        groups: groupsOf((s) => proportionEstimate(s, s.numerators[c] ?? 0), m),
      }));
    }
  });
  return { indicators };
}

/** True when some group answered a distribution with a category the plan does not list. */
export function hasUnlistedCategories(result: IndicatorAggregateResult, measureIndex: number): boolean {
  return result.disaggregations.some((groups) => groups.some((g) => (g.measures[measureIndex]?.others ?? 0) > 0));
}
