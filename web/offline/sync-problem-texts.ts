/**
 * Wordings of the refusals POST /api/sync itself makes for one item (rather than the route the
 * item was replayed on): a route offline forms never send, and an update whose base version and
 * body disagree. Only a fault of the app itself produces them, but the /sync page must still
 * say them in the user's language. Added with the field catalog part that holds the texts.
 */
import type { ProblemWording } from '../ui/problem-text.ts';

export const SYNC_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'sync.route_not_allowed': 'field.check.routeNotAllowed',
  'sync.base_version_mismatch': 'field.check.baseVersionMismatch',
};
