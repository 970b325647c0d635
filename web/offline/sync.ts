/**
 * Sending the outbox: the signed-in user's waiting items, oldest first, in batches of at most
 * 1 MiB to POST /api/sync, when the connection comes back (the `online` event), when a module
 * that uses the outbox starts, and when the user asks. Each item's result moves it (a 2xx is
 * synced, a refusal needs attention with the server's problem, a 424 waits for a record sent
 * before it); no answer, a lost session or a server fault leaves it waiting and ends this
 * sync, so later items never overtake an earlier one (sync-batches.ts holds these rules).
 * Resending is always safe: bodies carry client-made record ids, and the server knows a
 * repeated item. One sync runs at a time per phone (Web Locks across tabs where the browser
 * has them).
 */
import { getLanguage } from '../i18n/i18n.ts';
import { listOutbox, notifyOutboxChange, saveOutboxItem } from './outbox.ts';
import { itemsToSend, markSending, type OutboxItem, type SendOutcome } from './outbox-state.ts';
import { batchBody, planBatches, settleBatch, unsendableItem } from './sync-batches.ts';

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

async function sendBatch(batch: readonly OutboxItem[], conn: OutboxConnection): Promise<SendOutcome> {
  const headers: Record<string, string> = {
    Accept: 'application/json', 'Accept-Language': getLanguage(), 'Content-Type': 'application/json', 'X-CSRF-Token': conn.csrfToken,
  };
  let res: Response;
  try {
    res = await fetch('/api/sync', { method: 'POST', headers, credentials: 'same-origin', body: batchBody(batch) });
  } catch {
    return { status: 0 };
  }
  return { status: res.status, body: await res.json().catch(() => null) };
}

function count(summary: SyncSummary, item: OutboxItem): void {
  if (item.state === 'synced') summary.synced += 1;
  if (item.state === 'needs_attention') summary.needsAttention += 1;
}

async function syncNow(conn: OutboxConnection): Promise<SyncSummary> {
  const summary: SyncSummary = { sent: 0, synced: 0, needsAttention: 0, isInterrupted: false };
  const { batches, unsendable } = planBatches(itemsToSend(await listOutbox(conn.owner), conn.owner));
  for (const item of unsendable) {
    const refused = unsendableItem(item, new Date());
    await saveOutboxItem(refused);
    summary.sent += 1;
    count(summary, refused);
  }
  for (const batch of batches) {
    const sending = batch.map((item) => markSending(item, new Date()));
    for (const item of sending) await saveOutboxItem(item);
    const outcome = await sendBatch(sending, conn);
    const settled = settleBatch(sending, outcome, new Date());
    summary.sent += settled.answered;
    for (const item of settled.items) {
      await saveOutboxItem(item);
      count(summary, item);
    }
    if (outcome.status === 401 || settled.items.some((i) => i.problem?.status === 401)) conn.onSessionLost();
    if (settled.shouldStop) {
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
