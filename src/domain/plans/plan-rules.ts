/**
 * The rules of an action plan that go beyond shapes: dates in order, targets no earlier than
 * the baseline and no later than the plan's horizon, progress reported within 0–100 and not in
 * the future. Shared by the file reader and by the services that take progress updates and
 * measured values, so a rule reads the same whichever way the data came in.
 */
import type { PlanFileIndicator } from '../../contracts/plan-file.ts';
import type { FieldProblem } from '../errors.ts';

export function checkDates(node: { start: string | null; end: string | null }, path: string): FieldProblem[] {
  if (node.start && node.end && node.start > node.end) {
    return [{ path: `${path}.end`, code: 'plan.end_before_start', params: { start: node.start }, message: `ends (${node.end}) before it starts (${node.start})` }];
  }
  return [];
}

export function checkIndicator(indicator: PlanFileIndicator, path: string, horizon: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const baselineYear = indicator.baseline?.year;
  for (const year of Object.keys(indicator.targets ?? {}).map(Number)) {
    if (baselineYear !== undefined && year < baselineYear) {
      problems.push({ path: `${path}.targets.${year}`, code: 'plan.target_before_baseline', params: { year, baseline: baselineYear }, message: `a target for ${year} is before the baseline year ${baselineYear}` });
    }
    if (year > horizon) problems.push({ path: `${path}.targets.${year}`, code: 'plan.target_after_horizon', params: { year, horizon }, message: `a target for ${year} is after the plan's horizon ${horizon}` });
  }
  return problems;
}

export interface ProgressInput {
  reported_on: string;
  percent: number;
}

/** A progress update: a whole percentage 0–100, dated no later than today (Peru). */
export function checkProgress(update: ProgressInput, today: string, path = ''): FieldProblem[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(update.percent) || update.percent < 0 || update.percent > 100) {
    problems.push({ path: at('percent'), code: 'plan.percent_range', message: 'must be a whole percentage between 0 and 100' });
  }
  if (update.reported_on > today) problems.push({ path: at('reported_on'), code: 'date.in_future', message: `is after today (${today})` });
  return problems;
}

/** A measured value: not dated in the future, and not before the indicator's baseline year. */
export function checkActual(actual: { measured_on: string }, today: string, baselineYear: number | null): FieldProblem[] {
  if (actual.measured_on > today) return [{ path: 'measured_on', code: 'date.in_future', message: `is after today (${today})` }];
  if (baselineYear !== null && Number(actual.measured_on.slice(0, 4)) < baselineYear) {
    return [{ path: 'measured_on', code: 'plan.actual_before_baseline', params: { baseline: baselineYear }, message: `is before the baseline year ${baselineYear}` }];
  }
  return [];
}
