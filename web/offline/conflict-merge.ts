/**
 * Version conflicts as plain data (unit-tested): an update is sent with the version it was based
 * on, and when someone saved the record in between the server refuses it (409 VERSION_CONFLICT,
 * rule version.stale) instead of applying it silently. These functions find the fields where
 * "yours" (the change the user made) and "on the server" (the record now) disagree, and build
 * the new update from the side the user chose for each field, based on the server's current
 * version. Fields she did not change are never sent, so a field someone else corrected on the
 * server is kept as it is without asking.
 */
import type { OutboxItem } from './outbox-state.ts';

export type ConflictSide = 'mine' | 'server';

export interface FieldConflict {
  field: string;
  mine: unknown;
  server: unknown;
}

type Fields = Readonly<Record<string, unknown>>;

/** A comparable form of a value: arrays as sets (her languages in another order are the same answer), texts trimmed, empty text as null. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return [...value].map(canonical).sort();
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return value === undefined ? null : value;
}

export function isSameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * The fields of `after` that differ from `before`: what an edit changed, and all it should send.
 * @example changedFields({ phone: null, sex: 'female' }, { phone: '951234567', sex: 'female' }) // { phone: '951234567' }
 */
export function changedFields<T extends Fields>(before: T, after: T): Partial<T> {
  const changed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) if (!isSameValue(before[field], value)) changed[field] = value;
  return changed as Partial<T>;
}

/** The fields of `mine` (a change, without `version`) whose value differs from the record on the server, in the change's order. */
export function conflictingFields(mine: Fields, server: Fields): FieldConflict[] {
  return Object.entries(mine)
    .filter(([field]) => field !== 'version')
    .filter(([field, value]) => !isSameValue(value, server[field]))
    .map(([field, value]) => ({ field, mine: value, server: server[field] ?? null }));
}

/** True when every conflicting field has a chosen side. */
export function isFullyChosen(conflicts: readonly FieldConflict[], choices: Readonly<Record<string, ConflictSide>>): boolean {
  return conflicts.every((c) => choices[c.field] === 'mine' || choices[c.field] === 'server');
}

/**
 * The update to send after the user chose: her values for the fields she kept, based on the
 * server's current version; `null` when she kept the server's value everywhere (nothing to send).
 * Throws when a field has no choice, so nothing is sent on a guess.
 */
export function resolvedUpdate(
  conflicts: readonly FieldConflict[], choices: Readonly<Record<string, ConflictSide>>, serverVersion: number,
): (Record<string, unknown> & { version: number }) | null {
  if (!isFullyChosen(conflicts, choices)) throw new Error('Choose a side for every field first');
  const kept = conflicts.filter((c) => choices[c.field] === 'mine');
  if (kept.length === 0) return null;
  return { ...Object.fromEntries(kept.map((c) => [c.field, c.mine])), version: serverVersion };
}

/**
 * The assignment rule of offline edits: a person's record is corrected offline only by the user
 * who registered her (her promoter), so two phones never hold offline edits of the same woman.
 */
export function mayEditOffline(userId: string, person: { registered_by: string | null }): boolean {
  return person.registered_by !== null && person.registered_by === userId;
}

const PERSON_PATH = /^\/api\/people\/([0-9a-fA-F-]{36})$/;

/** The person an outbox item updates, when the server refused it as based on a stale version; otherwise null. */
export function personConflictOf(item: Pick<OutboxItem, 'method' | 'url' | 'state' | 'problem'>): { personId: string } | null {
  if (item.state !== 'needs_attention' || item.method !== 'PATCH') return null;
  if (item.problem?.status !== 409 || item.problem.code !== 'VERSION_CONFLICT') return null;
  const match = PERSON_PATH.exec(item.url);
  return match ? { personId: match[1]!.toLowerCase() } : null;
}

/** The change an outbox item carries, without the version it was based on. */
export function changeOfItem(item: Pick<OutboxItem, 'body'>): Record<string, unknown> {
  const { version: _based, ...change } = (item.body ?? {}) as Record<string, unknown>;
  return change;
}
