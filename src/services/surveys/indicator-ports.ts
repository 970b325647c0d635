/**
 * The port of the SQL indicator path: the service describes WHAT to sum (a plan made from the
 * spec and the form), a repository compiles it into one statement per source and returns, per
 * group, the sufficient statistics the shared estimators need (n, Σw, Σw², numerators, mean
 * and variance, sorted answers for medians). The statistics, ordering and suppression stay in
 * TypeScript (indicator-finish.ts), so the SQL path and computeIndicators() cannot drift apart.
 *
 * Question names and choice values travel as data and are bound as parameters by the repo:
 * nothing a caller typed is ever spliced into SQL text.
 */
import type { IndicatorFilter } from '../../contracts/indicators.ts';
import type { FormDefinition } from '../../domain/surveys/form.ts';
import type { PeopleScope } from '../registry/ports.ts';

/**
 * How a column's answers are stored in the `answers` JSON (decoded against the form):
 * text (select_one, text, date), multi (select_multiple: an array of names), number (integer,
 * decimal), json (calculate: number or text), meta (a non-question export column, as text).
 */
export type ColumnKind = 'text' | 'multi' | 'number' | 'json' | 'meta';

/** Where the respondents come from: a stored survey, or the registry's people in a scope. */
export type IndicatorRowSource =
  | { kind: 'form'; formId: string }
  | { kind: 'registry'; scope: PeopleScope; today: string; discountThreshold: number };

/** One measure summed per group; `values` are the proportion's or the category's answers. */
export type Measure =
  | { kind: 'proportion'; question: string; values: readonly string[]; answeredOnly: boolean }
  | { kind: 'distribution'; question: string; categories: readonly string[]; answeredOnly: boolean }
  | { kind: 'mean'; question: string }
  | { kind: 'median'; question: string };

export interface MeasurePlan {
  measure: Measure;
  filters: readonly IndicatorFilter[];
  weight: string | null;
}

export interface IndicatorAggregateRequest {
  source: IndicatorRowSource;
  /** The kind of every column the plan names (questions, filters, weights, disaggregations). */
  kinds: Readonly<Record<string, ColumnKind>>;
  /** Disaggregations, each a list of columns (a cross has two or more). Empty list: the whole sample. */
  disaggregations: readonly (readonly string[])[];
  measures: readonly MeasurePlan[];
}

/** Sums of one measure in one group. Unweighted measures have sumW = sumW2 = n. */
export interface MeasureStats {
  n: number;
  sumW: number;
  sumW2: number;
  /** Proportion: one numerator; distribution: one per category; mean, median: empty. */
  numerators: number[];
  /** Mean: weighted mean and weighted variance Σw(x−x̄)²/Σw (null when Σw is 0). */
  mean: number | null;
  variance: number | null;
  /** Median: answers sorted ascending (ties in row order) and, when weighted, their weights. */
  answers: Float64Array | null;
  answerWeights: Float64Array | null;
  /** Distribution: respondents whose answer is none of `categories` (the plan needs more categories). */
  others: number;
}

export interface GroupStats {
  /** The group's value in each column of the disaggregation (text, number or null). */
  keys: (string | number | null)[];
  /** Parallel to the request's measures. */
  measures: MeasureStats[];
}

/** Rows with an unusable weight (blank, negative, not a number), for the message. */
export interface BadWeights {
  column: string;
  count: number;
  /** A few response keys (survey) or person ids (registry), in row order. */
  examples: string[];
}

export interface IndicatorAggregateResult {
  /** Parallel to the request's disaggregations. */
  disaggregations: GroupStats[][];
  badWeights: BadWeights[];
}

export interface SurveyIndicatorsRepo {
  aggregate(request: IndicatorAggregateRequest): Promise<IndicatorAggregateResult>;
  /** Distinct answers (as text) of a column among rows passing the filters, in first-seen row order. */
  distinctAnswers(request: Pick<IndicatorAggregateRequest, 'source' | 'kinds'>, column: string, filters: readonly IndicatorFilter[]): Promise<string[]>;
  /** A form's definition and organisation, without counting its responses (cheap at a million). */
  findFormDefinition(formId: string): Promise<{ id: string; definition: FormDefinition; organisation_id: string | null } | undefined>;
  /** Export columns that are not questions (from the stored metadata of a few responses). */
  metaColumns(formId: string): Promise<string[]>;
  /** Department codes and names, for the registry's `region` choices. */
  departments(): Promise<{ code: string; name: string }[]>;
}

export interface SurveyIndicatorRepos {
  surveyIndicators: SurveyIndicatorsRepo;
}
