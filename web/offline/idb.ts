/**
 * A hand-written promise wrapper over IndexedDB, just what the outbox and the working-set
 * cache need (one database, two object stores, get/put/delete/list). No library: about a
 * kilobyte, and nothing that a browser update could break behind our back. IndexedDB is the
 * one browser store that survives reloads and is big enough for a meeting's working set; every
 * write commits before its promise resolves, so a reload right after "Save" keeps the item.
 * Version 2 adds the `device_users` store (each user's PIN lock, crypto.ts) and an `owner` index
 * on the working set; records hold their personal part sealed (outbox.ts, working-set.ts). The
 * service worker never touches IndexedDB, so an app update keeps all of it.
 */

const DB_NAME = 'pallay-offline';
const DB_VERSION = 2;
export const OUTBOX_STORE = 'outbox';
export const WORKING_SET_STORE = 'working_set';
export const DEVICE_USERS_STORE = 'device_users';

let opening: Promise<IDBDatabase> | null = null;

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

/** The offline database, created on first use (the stores are keyed by each record's `id` / `key`). */
export function openOfflineDb(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = (event) => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: 'id' }).createIndex('owner', 'owner');
      if (!db.objectStoreNames.contains(WORKING_SET_STORE)) db.createObjectStore(WORKING_SET_STORE, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(DEVICE_USERS_STORE)) db.createObjectStore(DEVICE_USERS_STORE, { keyPath: 'user_id' });
      const workingSet = request.transaction!.objectStore(WORKING_SET_STORE);
      if (!workingSet.indexNames.contains('owner')) workingSet.createIndex('owner', 'owner');
      // Version 1 kept the working set in clear: it is only a copy of the server's answers, so it
      // goes (queued outbox items stay, and are sealed the next time their owner unlocks).
      if (event.oldVersion === 1) workingSet.clear();
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab opening a newer version: let it upgrade, open again on the next call.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
  return opening;
}

/** Runs `work` in one transaction and resolves once the transaction has committed. */
async function inTransaction<T>(store: string, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openOfflineDb();
  const tx = db.transaction(store, mode);
  const result = done(work(tx.objectStore(store)));
  result.catch(() => undefined); // its failure also fails the transaction, reported below
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  return result;
}

export const idbGet = <T>(store: string, key: string) => inTransaction<T | undefined>(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>);
export const idbPut = async <T>(store: string, value: T): Promise<void> => {
  await inTransaction(store, 'readwrite', (s) => s.put(value));
};
/** Adds a record that must not exist yet; resolves false when its key is already taken (nothing is replaced). */
export const idbAdd = <T>(store: string, value: T): Promise<boolean> =>
  inTransaction(store, 'readwrite', (s) => s.add(value)).then(
    () => true,
    (err: unknown) => (err instanceof DOMException && err.name === 'ConstraintError' ? false : Promise.reject(err)),
  );
export const idbDelete = (store: string, key: string) => inTransaction(store, 'readwrite', (s) => s.delete(key));
export const idbAll = <T>(store: string) => inTransaction<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
/** Records whose indexed `index` equals `value`. */
export const idbAllBy = <T>(store: string, index: string, value: string) =>
  inTransaction<T[]>(store, 'readonly', (s) => s.index(index).getAll(value) as IDBRequest<T[]>);

/** Deletes everything of `owner` (her PIN lock, outbox items and working set) in one transaction. */
export async function idbWipeOwner(owner: string): Promise<void> {
  const db = await openOfflineDb();
  const tx = db.transaction([OUTBOX_STORE, WORKING_SET_STORE, DEVICE_USERS_STORE], 'readwrite');
  tx.objectStore(DEVICE_USERS_STORE).delete(owner);
  for (const name of [OUTBOX_STORE, WORKING_SET_STORE]) {
    const keys = tx.objectStore(name).index('owner').getAllKeys(owner);
    keys.onsuccess = () => {
      for (const key of keys.result) tx.objectStore(name).delete(key);
    };
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}
