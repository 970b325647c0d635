/**
 * Wordings of the equipment, mercury and services-directory rules the server names
 * (`ppe.beyond_stock`, `mercury.unit_mismatch`, `phone.not_peruvian`, …), added when the chunk loads.
 */
import type { ProblemWording } from '../ui/problem-text.ts';

export const PROTECTION_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'ppe.beyond_stock': 'ppe.problem.beyondStock',
  'ppe.item_repeated': 'ppe.problem.itemRepeated',
  'ppe.item_unknown': 'ppe.problem.itemUnknown',
  'mercury.unit_mismatch': 'mercury.problem.unitMismatch',
  'mercury.alert_not_above_reference': 'mercury.problem.alertNotAbove',
  'mercury.due_before_sample': 'mercury.problem.dueBeforeSample',
  'mercury.no_threshold': 'mercury.problem.noThreshold',
  'received_on:date.in_future': 'ppe.problem.notFuture',
  'distributed_on:date.in_future': 'ppe.problem.notFuture',
  'sampled_on:date.in_future': 'ppe.problem.notFuture',
  // Service points (src/contracts/services-directory.ts): the phone refused is named (services-draft.ts).
  'phone.not_peruvian': 'servicesAdmin.check.phone',
  'coordinates.both_or_neither': 'servicesAdmin.check.bothCoordinates',
  'address.confidential_kept': 'servicesAdmin.check.confidential',
  'lat:zod.too_small': 'servicesAdmin.check.outsidePeru',
  'lat:zod.too_big': 'servicesAdmin.check.outsidePeru',
  'lon:zod.too_small': 'servicesAdmin.check.outsidePeru',
  'lon:zod.too_big': 'servicesAdmin.check.outsidePeru',
  'lat:zod.invalid_type': 'servicesAdmin.check.number',
  'lon:zod.invalid_type': 'servicesAdmin.check.number',
};
