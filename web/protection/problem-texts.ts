/** Wordings of the equipment and mercury rules the server names (`ppe.beyond_stock`, `mercury.unit_mismatch`, …), added when the chunk loads. */
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
};
