/**
 * How the ARCO screens word the server's rules of a cancellation or a copy
 * (src/services/arco): a legal basis that names her. Dates and a closed record are worded by
 * the registry's texts (the cancellation page opens inside the registry's screens).
 */
import type { ProblemWording } from '../ui/problem-text.ts';

export const ARCO_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'legal_basis.names_her': 'arco.check.namesHer',
};
