/**
 * The one data key the phone holds in memory: the signed-in user's, once she has typed her
 * PIN. Never written anywhere, dropped when she locks, changes user or signs out, and gone
 * with the page (a reload asks for the PIN again). The outbox and the working set ask here for
 * the owner's key before they read or write anything personal; when it is not unlocked, the
 * request waits while the app shows the lock screen (the app listens with `onKeyNeeded`), and
 * fails with LockedError if the user goes away instead. Tiny and free of crypto code, because
 * the app root imports it; the lock screen and the PBKDF2 work load with the offline chunks.
 */

export class LockedError extends Error {
  constructor(readonly owner: string) {
    super('The data on this phone is locked');
    this.name = 'LockedError';
  }
}

interface Waiter {
  owner: string;
  resolve: (key: CryptoKey) => void;
  reject: (err: unknown) => void;
}

let unlocked: { owner: string; key: CryptoKey } | null = null;
let waiters: Waiter[] = [];
const needListeners = new Set<(owner: string | null) => void>();

/** The owner's data key, at once when unlocked, else after the lock screen unlocks it. */
export function dataKeyFor(owner: string): Promise<CryptoKey> {
  if (unlocked?.owner === owner) return Promise.resolve(unlocked.key);
  return new Promise<CryptoKey>((resolve, reject) => {
    waiters.push({ owner, resolve, reject });
    for (const listener of needListeners) listener(owner);
  });
}

/** Whose data is unlocked now (null when locked). */
export const unlockedOwner = (): string | null => unlocked?.owner ?? null;

/** Keeps `key` as the owner's (after her PIN opened it) and answers everyone waiting for it. */
export function provideKey(owner: string, key: CryptoKey): void {
  unlocked = { owner, key };
  const ready = waiters.filter((w) => w.owner === owner);
  waiters = waiters.filter((w) => w.owner !== owner);
  for (const w of ready) w.resolve(key);
  for (const listener of needListeners) listener(waiters[0]?.owner ?? null);
}

/** Refuses the waiting requests of `owner` (another user's, or she went away from the lock screen). */
export function refuseWaiting(owner?: string): void {
  const refused = waiters.filter((w) => owner === undefined || w.owner === owner);
  waiters = waiters.filter((w) => !refused.includes(w));
  for (const w of refused) w.reject(new LockedError(w.owner));
  for (const listener of needListeners) listener(waiters[0]?.owner ?? null);
}

/** Drops the key from memory and refuses whatever waited: the data is locked again. */
export function lockKeys(): void {
  unlocked = null;
  refuseWaiting();
}

/** Calls `listener` with the owner whose key is awaited (or null when none is); returns the unsubscribe. */
export function onKeyNeeded(listener: (owner: string | null) => void): () => void {
  needListeners.add(listener);
  if (waiters[0]) listener(waiters[0].owner);
  return () => needListeners.delete(listener);
}
