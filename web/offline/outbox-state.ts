/**
 * The outbox's rules as plain data, apart from IndexedDB so they are unit-tested: what an
 * item holds, which items a sync sends and in what order, and the state an answer moves an
 * item to. A 2xx is synced; a 4xx refusal needs attention and keeps the server's problem
 * (code, rule and field problems, to be worded in the user's language); no answer at all, a
 * lost session, a server fault or a record it needs that has not arrived yet (424) leaves it
 * waiting for the next try. Items stay in the outbox after syncing, so the user sees what was
 * sent and a resend is always possible (the server is idempotent on the record ids the body
 * carries).
 */

export type OutboxState = 'waiting' | 'sending' | 'synced' | 'needs_attention';

/** What the server said about an item it refused (or why it could not take it yet). */
export interface OutboxProblem {
  status: number;
  code: string;
  message: string;
  rule?: string;
  params?: Record<string, string | number>;
  details?: { path: string; message: string; code?: string; params?: Record<string, string | number> }[];
}

export interface OutboxItem {
  /** UUIDv7 made when the item was queued: sorting by id is sorting by creation. */
  id: string;
  /** What the item records, e.g. `savings.meeting`; screens list their own kinds. */
  kind: string;
  /** The user who queued it: on a shared phone a sync sends only the signed-in user's items. */
  owner: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body: unknown;
  /** The version an update was based on (a stale one is refused, never applied silently). */
  base_version?: number;
  state: OutboxState;
  problem?: OutboxProblem;
  /** Tries that reached no server or a server fault (shown, not used to give up). */
  attempts: number;
  created_at: string;
  updated_at: string;
  synced_at?: string;
}

export type NewOutboxItem = Pick<OutboxItem, 'id' | 'kind' | 'owner' | 'method' | 'url' | 'body'> & { base_version?: number };

/** How one try ended: the HTTP status and parsed body, or no answer. */
export type SendOutcome = { status: number; body: unknown } | { status: 0; body?: undefined };

export function queuedItem(item: NewOutboxItem, now: Date): OutboxItem {
  const at = now.toISOString();
  return { ...item, state: 'waiting', attempts: 0, created_at: at, updated_at: at };
}

/** Items a sync sends for `owner`, oldest first: the waiting ones, and `sending` ones a closed tab left behind. */
export function itemsToSend(items: readonly OutboxItem[], owner: string): OutboxItem[] {
  return items
    .filter((i) => i.owner === owner && (i.state === 'waiting' || i.state === 'sending'))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function markSending(item: OutboxItem, now: Date): OutboxItem {
  return { ...item, state: 'sending', updated_at: now.toISOString() };
}

/** The problem in a problem+json body (or what can be said of another body). */
export function problemOf(status: number, body: unknown): OutboxProblem {
  const p = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problem: OutboxProblem = {
    status,
    code: typeof p.code === 'string' ? p.code : `HTTP_${status}`,
    message: typeof p.message === 'string' ? p.message : typeof p.title === 'string' ? p.title : '',
  };
  if (typeof p.rule === 'string') problem.rule = p.rule;
  const params = plainParams(p.params);
  if (params) problem.params = params;
  if (Array.isArray(p.details)) {
    problem.details = p.details.flatMap((d: unknown) => {
      if (typeof d !== 'object' || d === null) return [];
      const { path, message, code, params: dp } = d as Record<string, unknown>;
      const detail: NonNullable<OutboxProblem['details']>[number] = { path: Array.isArray(path) ? path.join('.') : String(path ?? ''), message: String(message ?? '') };
      if (typeof code === 'string') detail.code = code;
      const kept = plainParams(dp);
      if (kept) detail.params = kept;
      return [detail];
    });
  }
  return problem;
}

function plainParams(raw: unknown): Record<string, string | number> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Record<string, string | number>;
}

/** Whether a status means "try again later" rather than "this item is wrong". */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

/**
 * 424 from a sync batch: a record the item refers to (the lot of a sale, the woman of a lot) has
 * not reached the server yet. The item waits, with the server's words, and goes with the next
 * sync; it does not stop this one, since anything that needs it is answered 424 too.
 */
export const AWAITS_RECORD_STATUS = 424;

/** The item after one try. */
export function afterSend(item: OutboxItem, outcome: SendOutcome, now: Date): OutboxItem {
  const at = now.toISOString();
  const { problem: _old, ...rest } = item;
  if (outcome.status >= 200 && outcome.status < 300) return { ...rest, state: 'synced', updated_at: at, synced_at: at };
  if (isRetryable(outcome.status) || outcome.status === AWAITS_RECORD_STATUS) {
    const waiting: OutboxItem = { ...rest, state: 'waiting', attempts: item.attempts + 1, updated_at: at };
    return outcome.status === 0 ? waiting : { ...waiting, problem: problemOf(outcome.status, outcome.body) };
  }
  return { ...rest, state: 'needs_attention', updated_at: at, problem: problemOf(outcome.status, outcome.body) };
}

/** An item sent again by hand (after the user corrected the cause elsewhere, or to retry now). */
export function requeue(item: OutboxItem, now: Date): OutboxItem {
  const { problem: _old, ...rest } = item;
  return { ...rest, state: 'waiting', updated_at: now.toISOString() };
}

/** Counts by state, for a badge. */
export function countByState(items: readonly OutboxItem[]): Record<OutboxState, number> {
  const counts: Record<OutboxState, number> = { waiting: 0, sending: 0, synced: 0, needs_attention: 0 };
  for (const item of items) counts[item.state] += 1;
  return counts;
}
