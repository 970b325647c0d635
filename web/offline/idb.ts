/**
 * A hand-written promise wrapper over IndexedDB, just what the outbox and the working-set
 * cache need (one database, two object stores, get/put/delete/list). No library: about a
 * kilobyte, and nothing that a browser update could break behind our back. IndexedDB is the
 * one browser store that survives reloads and is big enough for a meeting's working set; every
 * write commits before its promise resolves, so a reload right after "Save" keeps the item.
 */

const DB_NAME = 'pallay-offline';
const DB_VERSION = 1;
export const OUTBOX_STORE = 'outbox';
export const WORKING_SET_STORE = 'working_set';

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
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(OUTBOX_STORE)) db.createObjectStore(OUTBOX_STORE, { keyPath: 'id' }).createIndex('owner', 'owner');
      if (!db.objectStoreNames.contains(WORKING_SET_STORE)) db.createObjectStore(WORKING_SET_STORE, { keyPath: 'key' });
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
export const idbDelete = (store: string, key: string) => inTransaction(store, 'readwrite', (s) => s.delete(key));
export const idbAll = <T>(store: string) => inTransaction<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>);
/** Records whose indexed `index` equals `value`. */
export const idbAllBy = <T>(store: string, index: string, value: string) =>
  inTransaction<T[]>(store, 'readonly', (s) => s.index(index).getAll(value) as IDBRequest<T[]>);
