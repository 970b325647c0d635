/**
 * The sentence an outbox item that needs attention shows: the server's refusal worded in the
 * user's language from its rule codes (web/ui/problem-text.ts, with the wordings the module
 * added), never the API's English. A field problem says its rule ("the loan is over her limit…");
 * a refusal without one says its rule or its code's sentence.
 */
import { ApiError } from '../api/client.ts';
import { describeError } from '../ui/errors.ts';
import { problemText } from '../ui/problem-text.ts';
import type { OutboxProblem } from './outbox-state.ts';

export function outboxProblemText(problem: OutboxProblem): string {
  const worded = (problem.details ?? []).map((d) => problemText(d));
  if (worded.length) return [...new Set(worded)].join(' ');
  return describeError(new ApiError({ ...problem, ...(problem.params ? { params: problem.params } : {}) }));
}
