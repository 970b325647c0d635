/**
 * How the plan screens word the server's rule codes for a progress update, from the plans
 * catalog part; added with `addProblemTexts` together with that part (plans/routes.tsx).
 */
import type { ProblemWording } from '../ui/problem-text.ts';

export const PLANS_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'plan.percent_range': 'check.planPercent',
  'percent:zod.too_big': 'check.planPercent',
  'percent:zod.too_small': 'check.planPercent',
  'percent:zod.invalid_type': 'check.planPercent',
  'reported_on:date.in_future': 'check.planFuture',
  'evidence_url:zod.invalid_format': 'check.planLink',
  'measured_on:date.in_future': 'check.planFuture',
};
