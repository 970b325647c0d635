/**
 * POST /api/indicators: a spec over a stored survey or over the live registry, disaggregated,
 * answered with the same report the `pallay indicators` CLI prints. Authorise ('surveys.read')
 * → scope (a form the caller's network may see, or the people in her scope; analysts see
 * aggregates of everyone, which is all this returns) → check the spec against the form (every
 * problem named, 400) → sum in SQL → finish with the shared statistics and suppression.
 */
import type { IndicatorQuery } from '../../contracts/indicator-queries.ts';
import type { IndicatorReport, IndicatorSpec } from '../../contracts/indicators.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, notFound, type FieldProblem } from '../../domain/errors.ts';
import { peopleReach } from '../../domain/registry/access.ts';
import type { FormDefinition } from '../../domain/surveys/form.ts';
import { checkIndicatorSpec, filtersOf, indicatorSpecError } from '../../domain/surveys/indicators/spec-check.ts';
import { MULTI_VALUED_FACTS, registryFactsForm } from '../../domain/surveys/registry-facts.ts';
import { productionSettings, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { peopleScope } from '../registry/people-access.ts';
import type { PeopleScope } from '../registry/ports.ts';
import { assertFormVisible } from './forms.service.ts';
import { finishReport, hasUnlistedCategories } from './indicator-finish.ts';
import { choiceNames, columnKinds, isSelect, planIndicators } from './indicator-plan.ts';
import type { IndicatorRowSource, SurveyIndicatorsRepo } from './indicator-ports.ts';

interface Target {
  form: FormDefinition;
  source: IndicatorRowSource;
  extraColumns: string[];
}

export async function queryIndicators(deps: ServiceDeps, ctx: CallContext, query: IndicatorQuery): Promise<IndicatorReport> {
  authorize(ctx.actor, 'surveys.read');
  const repo = deps.store.repos.surveyIndicators;
  const isRegistry = 'registry' in query.source;
  const target = 'form_id' in query.source ? await surveyTarget(deps, ctx, query.source.form_id) : await registryTarget(deps, ctx);
  const problems = checkIndicatorSpec({ form: target.form, spec: query.spec, by: query.by, extraColumns: target.extraColumns })
    // A person with two profiles counts in both: the registry allows its multi-valued facts as a disaggregation.
    .filter((p) => !(isRegistry && p.code === 'indicator.by_multiple' && MULTI_VALUED_FACTS.some((f) => p.message.includes(`"${f}"`))));
  if (problems.length > 0) throw indicatorSpecError(problems.map(inBody));
  try {
    return await runStoredIndicators(repo, { ...target, spec: query.spec, by: query.by });
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION_FAILED') throw new AppError(err.code, err.message, { details: err.details.map(inBody) });
    throw err;
  }
}

/** Spec paths as fields of the request body (`spec.indicators.0.values.0`). */
const inBody = (p: FieldProblem): FieldProblem => (p.path.startsWith('indicators') ? { ...p, path: `spec.${p.path}` } : p);

async function surveyTarget(deps: ServiceDeps, ctx: CallContext, formId: string): Promise<Target> {
  // Not visibleForm(): its form record counts the responses, a full index scan at a million.
  const form = await deps.store.repos.surveyIndicators.findFormDefinition(formId);
  if (!form) throw notFound('Form');
  await assertFormVisible(deps, ctx, form.organisation_id);
  return { form: form.definition, source: { kind: 'form', formId: form.id }, extraColumns: await deps.store.repos.surveyIndicators.metaColumns(form.id) };
}

async function registryTarget(deps: ServiceDeps, ctx: CallContext): Promise<Target> {
  const today = todayOf(deps);
  // Analysts may not see people, but this answer is aggregates with small cells suppressed.
  const scope: PeopleScope = peopleReach(ctx.actor) === 'nobody' ? { kind: 'all' } : await peopleScope(deps.store.repos, ctx.actor, today);
  const form = registryFactsForm(await deps.store.repos.surveyIndicators.departments());
  return { form, source: { kind: 'registry', scope, today, discountThreshold: productionSettings(deps).discountThreshold }, extraColumns: [] };
}

/**
 * The SQL path without authorisation: a checked spec over stored rows. Distributions of
 * questions without choices learn their categories first; a select answered with a name no
 * longer among its choices (a re-imported form) adds that category and sums again.
 */
export async function runStoredIndicators(repo: SurveyIndicatorsRepo, opts: Target & { spec: IndicatorSpec; by: readonly string[] }): Promise<IndicatorReport> {
  const { form, spec, by, source } = opts;
  const categories = new Map<string, readonly string[]>();
  const learn = async (index: number) => {
    const indicator = spec.indicators[index]!;
    const seen = await repo.distinctAnswers({ source, kinds: columnKinds(form) }, indicator.question, filtersOf(indicator));
    const choices = choiceNames(form, indicator.question);
    categories.set(indicator.id, [...choices, ...seen.filter((c) => !choices.includes(c))]);
  };
  for (const [index, indicator] of spec.indicators.entries()) if (indicator.type === 'distribution' && !isSelect(form, indicator.question)) await learn(index);
  let request = planIndicators({ form, spec, by, source, categories });
  let result = await repo.aggregate(request);
  const unlisted = spec.indicators.flatMap((indicator, i) => (indicator.type === 'distribution' && hasUnlistedCategories(result, i) ? [i] : []));
  if (unlisted.length) {
    for (const index of unlisted) await learn(index);
    request = planIndicators({ form, spec, by, source, categories });
    result = await repo.aggregate(request);
  }
  if (result.badWeights.length) throw weightError(spec, result.badWeights);
  return finishReport({ form, spec, request, result });
}

function weightError(spec: IndicatorSpec, bad: { column: string; count: number; examples: string[] }[]): AppError {
  const details: FieldProblem[] = bad.map(({ column, count, examples }) => {
    const index = spec.indicators.findIndex((i) => i.weight === column);
    const more = count > examples.length ? `, and ${count - examples.length} more` : '';
    const message = `indicator "${spec.indicators[index]!.id}", weight: column "${column}" needs a number of 0 or more on every response; ${count} have none (${examples.join(', ')}${more})`;
    return { path: `indicators.${index}.weight`, code: 'indicator.weight_invalid', message, params: { column, rows: count } };
  });
  return new AppError('VALIDATION_FAILED', details.length === 1 ? details[0]!.message : `${details.length} weight columns are not usable`, { details });
}
