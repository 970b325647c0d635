/**
 * The working set a screen needs offline, kept in IndexedDB with the time it was last synced:
 * e.g. a savings cycle with its members and rules, so the treasurer can open the meeting screen
 * with no network once she opened it online. Each entry belongs to one user (a shared phone
 * never shows one user's cache to another). Online, a screen reads from the server and the
 * answer replaces the copy; with no connection it gets the copy and says how old it is.
 * The value is sealed with the owner's data key (crypto-records.ts); reading or keeping waits
 * for her PIN while her data is locked (key-ring.ts).
 */
import { ApiError } from '../api/client.ts';
import { isSealed, openCachedValue, sealCached, type SealedCached } from './crypto-records.ts';
import { idbGet, idbPut, WORKING_SET_STORE } from './idb.ts';
import { dataKeyFor } from './key-ring.ts';

export interface Cached<T> {
  key: string;
  owner: string;
  value: T;
  /** When the server last gave this value (ISO). */
  synced_at: string;
}

export interface Loaded<T> {
  value: T;
  synced_at: string;
  /** True when the server could not be reached and this is the stored copy. */
  isFromCache: boolean;
}

const storeKey = (owner: string, key: string) => `${owner}|${key}`;

export async function remember<T>(owner: string, key: string, value: T, now: Date = new Date()): Promise<Cached<T>> {
  const entry: Cached<T> = { key: storeKey(owner, key), owner, value, synced_at: now.toISOString() };
  await idbPut(WORKING_SET_STORE, await sealCached(await dataKeyFor(owner), entry));
  return entry;
}

export async function recall<T>(owner: string, key: string): Promise<Cached<T> | undefined> {
  const stored = await idbGet<SealedCached | Cached<T>>(WORKING_SET_STORE, storeKey(owner, key));
  if (!stored || !isSealed(stored)) return stored;
  const value = await openCachedValue<T>(await dataKeyFor(owner), stored);
  return { key: stored.key, owner: stored.owner, synced_at: stored.synced_at, value };
}

/** Whether `err` means the server was not reached (offline, or the request never got an answer). */
export const isNetworkError = (err: unknown) => err instanceof ApiError && err.code === 'NETWORK';

/**
 * Loads from the server and keeps the answer; with no connection, the kept copy instead (the
 * network error is thrown again when there is none). Other errors (forbidden, not found) are
 * thrown as they are: a copy must not hide a refusal.
 */
export async function loadKept<T>(owner: string, key: string, fetcher: () => Promise<T>): Promise<Loaded<T>> {
  try {
    const value = await fetcher();
    // Kept in the background: while her data is locked the copy waits for her PIN, the screen does not.
    const now = new Date();
    void remember(owner, key, value, now).catch(() => undefined);
    return { value, synced_at: now.toISOString(), isFromCache: false };
  } catch (err) {
    if (!isNetworkError(err)) throw err;
    const kept = await recall<T>(owner, key).catch(() => undefined);
    if (!kept) throw err;
    return { value: kept.value, synced_at: kept.synced_at, isFromCache: true };
  }
}
