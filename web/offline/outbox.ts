/**
 * The outbox on the phone: every create or update made by a screen that must work offline is
 * stored here (IndexedDB, so it survives reloads, crashes and app updates) before anything is
 * sent, then sent by sync.ts. Screens queue items and list their own kind with their state;
 * the rules of states live in outbox-state.ts. Shared by every module (savings meetings first,
 * then the registry, lots, sales and attendance of the offline issue); only modules that queue
 * or list items import it, so the login route never downloads it.
 * Each item's request and problem are sealed with its owner's data key (crypto-records.ts): the
 * functions below wait for her PIN when her data is locked (key-ring.ts), so the screens above
 * never see ciphertext. Only `listOutboxStates` works while locked.
 */
import { isSealed, openOutboxItem, outboxMeta, sealOutboxItem, type OutboxMeta, type StoredOutboxItem } from './crypto-records.ts';
import { idbAllBy, idbGet, idbPut, OUTBOX_STORE } from './idb.ts';
import { dataKeyFor } from './key-ring.ts';
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

/** Writes an item with its personal part sealed under its owner's key. */
async function store(item: OutboxItem): Promise<void> {
  await idbPut(OUTBOX_STORE, await sealOutboxItem(await dataKeyFor(item.owner), item));
}

/** Stores a new item as waiting; resolves once it is safely written (then the caller may try to sync). */
export async function queueItem(item: NewOutboxItem, now: Date = new Date()): Promise<OutboxItem> {
  const queued = queuedItem(item, now);
  await store(queued);
  notifyOutboxChange();
  return queued;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

/** The owner's items, oldest first, optionally of one kind. */
export async function listOutbox(owner: string, kind?: string): Promise<OutboxItem[]> {
  const stored = (await idbAllBy<StoredOutboxItem>(OUTBOX_STORE, 'owner', owner)).filter((i) => kind === undefined || i.kind === kind);
  if (stored.length === 0) return [];
  const key = await dataKeyFor(owner);
  const items: OutboxItem[] = [];
  for (const record of stored) {
    // A record her key cannot open was altered outside the app: it is left out, never shown half-read.
    const item = await openOutboxItem(key, record).catch(() => null);
    if (!item) continue;
    if (!isSealed(record)) await store(item);
    items.push(item);
  }
  return items.sort(byId);
}

/** The owner's items as anyone holding the phone can see them (state and times, no content); needs no PIN. */
export async function listOutboxStates(owner: string): Promise<OutboxMeta[]> {
  return (await idbAllBy<StoredOutboxItem>(OUTBOX_STORE, 'owner', owner)).map(outboxMeta).sort(byId);
}

export async function findOutboxItem(id: string): Promise<OutboxItem | undefined> {
  const record = await idbGet<StoredOutboxItem>(OUTBOX_STORE, id);
  return record && openOutboxItem(await dataKeyFor(record.owner), record);
}

export async function saveOutboxItem(item: OutboxItem): Promise<void> {
  await store(item);
  notifyOutboxChange();
}

/** Puts a synced or refused item back in the queue (the same body and ids: the server records it at most once). */
export async function resendOutboxItem(id: string, now: Date = new Date()): Promise<void> {
  const item = await findOutboxItem(id);
  if (item) await saveOutboxItem(requeue(item, now));
}
