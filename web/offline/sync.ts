/**
 * Sending the outbox: the signed-in user's waiting items, oldest first, one at a time, when
 * the connection comes back (the `online` event), when a module that uses the outbox starts,
 * and when the user asks. A 2xx marks an item synced, a refusal (4xx) needs attention with the
 * server's problem, and no answer (or a lost session, or a server fault) leaves it waiting and
 * ends this sync, so later items never overtake an earlier one. Resending is always safe: each
 * body carries client-made record ids and the server records a repeated id once.
 * One sync runs at a time per phone (Web Locks across tabs where the browser has them).
 */
import { getLanguage } from '../i18n/i18n.ts';
import { listOutbox, notifyOutboxChange, saveOutboxItem } from './outbox.ts';
import { afterSend, isRetryable, itemsToSend, markSending, type OutboxItem, type SendOutcome } from './outbox-state.ts';

export interface OutboxConnection {
  /** The signed-in user's id: only her items are sent. */
  owner: string;
  csrfToken: string;
  onSessionLost: () => void;
}

export interface SyncSummary {
  sent: number;
  synced: number;
  needsAttention: number;
  /** True when the sync stopped early (no connection, lost session, server fault). */
  isInterrupted: boolean;
}

let connection: OutboxConnection | null = null;
let running: Promise<SyncSummary> | null = null;
let isListening = false;

/** Called by a module's entry with the current session; starts listening for the connection to return. */
export function connectOutbox(next: OutboxConnection): void {
  connection = next;
  if (!isListening && typeof window !== 'undefined') {
    isListening = true;
    window.addEventListener('online', () => void syncOutbox());
  }
}

async function sendItem(item: OutboxItem, conn: OutboxConnection): Promise<SendOutcome> {
  const headers: Record<string, string> = {
    Accept: 'application/json', 'Accept-Language': getLanguage(), 'Content-Type': 'application/json', 'X-CSRF-Token': conn.csrfToken,
  };
  if (item.base_version !== undefined) headers['If-Match'] = String(item.base_version);
  let res: Response;
  try {
    res = await fetch(item.url, { method: item.method, headers, credentials: 'same-origin', body: JSON.stringify(item.body) });
  } catch {
    return { status: 0 };
  }
  return { status: res.status, body: await res.json().catch(() => null) };
}

async function syncNow(conn: OutboxConnection): Promise<SyncSummary> {
  const summary: SyncSummary = { sent: 0, synced: 0, needsAttention: 0, isInterrupted: false };
  for (const queued of itemsToSend(await listOutbox(conn.owner), conn.owner)) {
    const sending = markSending(queued, new Date());
    await saveOutboxItem(sending);
    const outcome = await sendItem(sending, conn);
    const after = afterSend(sending, outcome, new Date());
    await saveOutboxItem(after);
    summary.sent += 1;
    if (after.state === 'synced') summary.synced += 1;
    if (after.state === 'needs_attention') summary.needsAttention += 1;
    if (outcome.status === 401) conn.onSessionLost();
    if (isRetryable(outcome.status)) {
      summary.isInterrupted = true;
      break;
    }
  }
  return summary;
}

/**
 * Sends what waits now (or joins the sync already running). Resolves with what happened; never
 * throws for a missing connection, which is the normal case offline.
 */
export function syncOutbox(): Promise<SyncSummary> {
  const conn = connection;
  if (!conn) return Promise.resolve({ sent: 0, synced: 0, needsAttention: 0, isInterrupted: true });
  running ??= (async () => {
    try {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      return locks ? await locks.request('pallay-outbox-sync', () => syncNow(conn)) : await syncNow(conn);
    } finally {
      running = null;
      notifyOutboxChange();
    }
  })();
  return running;
}
