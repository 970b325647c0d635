/**
 * How a replayed item's answer is read, as plain functions over the answer: a passing fault
 * (the server or the session failed, not the item) stops the batch; a refusal that only names
 * records the server does not know yet, on a route that refers to records made offline, is
 * "not arrived yet"; a version conflict says which version the record is at now.
 */

/** The status and parsed body of one replayed request. */
export interface Answer {
  status: number;
  body: unknown;
}

/** Status of an item that refers to a record still on its way: send it again after the earlier items (Failed Dependency). */
export const NOT_ARRIVED_STATUS = 424;

/** Rule codes of a field naming a record that does not exist (yet). */
const UNKNOWN_REFERENCE = new Set(['person.unknown', 'lot.unknown']);

/** A fault of the moment (server error, lost session, rate limit, timeout): the item itself may be fine. */
export function isPassingFault(status: number): boolean {
  return status === 401 || status === 408 || status === 429 || status >= 500;
}

function problemFields(body: unknown): { code?: unknown; details: { code?: unknown; params?: Record<string, unknown> }[] } {
  const p = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return { code: p.code, details: Array.isArray(p.details) ? (p.details as { code?: unknown }[]) : [] };
}

/** Whether the answer only says that a record the item refers to is not there. */
export function refersToMissingRecord(answer: Answer): boolean {
  if (answer.status === 404) return true;
  if (answer.status !== 400) return false;
  const { details } = problemFields(answer.body);
  return details.length > 0 && details.every((d) => typeof d.code === 'string' && UNKNOWN_REFERENCE.has(d.code));
}

/** The record's current version named by a VERSION_CONFLICT answer, or undefined for any other answer. */
export function currentVersionOf(answer: Answer): number | undefined {
  if (answer.status !== 409) return undefined;
  const { code, details } = problemFields(answer.body);
  if (code !== 'VERSION_CONFLICT') return undefined;
  const version = details.find((d) => d.code === 'version.stale')?.params?.version;
  return typeof version === 'number' ? version : undefined;
}
