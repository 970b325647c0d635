/**
 * The outbox on the phone: every create or update made by a screen that must work offline is
 * stored here (IndexedDB, so it survives reloads, crashes and app updates) before anything is
 * sent, then sent by sync.ts. Screens queue items and list their own kind with their state;
 * the rules of states live in outbox-state.ts. Shared by every module (savings meetings first,
 * then the registry, lots, sales and attendance of the offline issue); only modules that queue
 * or list items import it, so the login route never downloads it.
 */
import { idbAllBy, idbGet, idbPut, OUTBOX_STORE } from './idb.ts';
import { queuedItem, requeue, type NewOutboxItem, type OutboxItem } from './outbox-state.ts';

type Listener = () => void;
const listeners = new Set<Listener>();

/** Calls `listener` after any change to the outbox (queued, sent, refused); returns the unsubscribe. */
export function onOutboxChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyOutboxChange(): void {
  for (const listener of listeners) listener();
}

/** Stores a new item as waiting; resolves once it is safely written (then the caller may try to sync). */
export async function queueItem(item: NewOutboxItem, now: Date = new Date()): Promise<OutboxItem> {
  const queued = queuedItem(item, now);
  await idbPut(OUTBOX_STORE, queued);
  notifyOutboxChange();
  return queued;
}

/** The owner's items, oldest first, optionally of one kind. */
export async function listOutbox(owner: string, kind?: string): Promise<OutboxItem[]> {
  const items = await idbAllBy<OutboxItem>(OUTBOX_STORE, 'owner', owner);
  return items.filter((i) => kind === undefined || i.kind === kind).sort((a, b) => (a.id < b.id ? -1 : 1));
}

export const findOutboxItem = (id: string) => idbGet<OutboxItem>(OUTBOX_STORE, id);

export async function saveOutboxItem(item: OutboxItem): Promise<void> {
  await idbPut(OUTBOX_STORE, item);
  notifyOutboxChange();
}

/** Puts a synced or refused item back in the queue (the same body and ids: the server records it at most once). */
export async function resendOutboxItem(id: string, now: Date = new Date()): Promise<void> {
  const item = await findOutboxItem(id);
  if (item) await saveOutboxItem(requeue(item, now));
}
