/**
 * Wordings of the referral rules the server names (`referral.consent_required`, `referral.closed`,
 * …), added when the chunk loads. A `field:code` entry words a generic rule for one field only
 * (a date in the future, an empty staff choice, a reason too short), so other screens keep theirs.
 */
import type { ProblemWording } from '../ui/problem-text.ts';

export const REFERRAL_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'referral.consent_required': 'referral.problem.consentRequired',
  'referral.consent_and_override': 'referral.problem.consentAndOverride',
  'referral.survivor': 'referral.problem.survivor',
  'referral.unknown_service_point': 'referral.problem.unknownServicePoint',
  'referral.own_cases': 'referral.problem.ownCases',
  'referral.not_a_case_worker': 'referral.problem.notCaseWorker',
  'referral.not_a_case_supervisor': 'referral.problem.notSupervisor',
  'referral.closed': 'referral.problem.closed',
  'district:ubigeo.unknown_district': 'referral.problem.unknownDistrict',
  'incident_on:date.in_future': 'referral.problem.notFuture',
  'given_on:date.in_future': 'referral.problem.notFuture',
  'happened_on:date.in_future': 'referral.problem.notFuture',
  'case_worker_id:required': 'referral.problem.chooseStaff',
  'supervisor_id:required': 'referral.problem.chooseStaff',
  'anonymous_code:zod.invalid_format': 'referral.problem.code',
  'reason:zod.custom': 'referral.problem.reason',
};
