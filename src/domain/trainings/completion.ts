/**
 * The completion rule of a training programme: a person completes it when she has attended at
 * least a given share of its modules (0.75 by default: three in four). A module counts once,
 * however many of its sessions she came to; a session she was marked absent at counts for
 * nothing. Pure, so the server, the certificate and the reports agree.
 */

export interface CompletionInput {
  /** Ids of the programme's modules. */
  moduleIds: readonly string[];
  /** Module ids of the sessions she attended (present), repeats allowed. */
  attendedModuleIds: readonly string[];
  /** Share of the modules required, in (0, 1]. */
  minShare: number;
}

export interface Completion {
  attended: number;
  total: number;
  required: number;
  complete: boolean;
}

/**
 * Modules required by a share: rounded up, so 0.75 of 4 is 3 and 0.75 of 3 is 3 (never less
 * than the share asks); a tiny tolerance keeps 0.7 × 10 at 7 despite floating point.
 * @example modulesRequired(4, 0.75) // 3
 */
export function modulesRequired(total: number, minShare: number): number {
  if (total <= 0) return 0;
  return Math.min(total, Math.max(1, Math.ceil(total * minShare - 1e-9)));
}

/** @example completion({ moduleIds: ['a','b','c','d'], attendedModuleIds: ['a','b','b','c'], minShare: 0.75 }) // complete: true */
export function completion(input: CompletionInput): Completion {
  const modules = new Set(input.moduleIds);
  const attended = new Set(input.attendedModuleIds.filter((id) => modules.has(id))).size;
  const required = modulesRequired(modules.size, input.minShare);
  return { attended, total: modules.size, required, complete: modules.size > 0 && attended >= required };
}
