/**
 * Asking the browser to keep this site's storage (IndexedDB: the outbox and the working set)
 * when the phone runs short of space: `navigator.storage.persist()`, once after each login.
 * Browsers may refuse (Chrome grants it to installed or much-used sites; Firefox asks the
 * user); the answer is remembered on the phone so the /sync page can warn that what waits
 * there could be evicted and should be sent as soon as there is signal.
 */
export type StorageAnswer = 'granted' | 'refused' | 'unsupported';

const KEY = 'pallay.storage.persist';

export function rememberedStorageAnswer(): StorageAnswer | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'granted' || value === 'refused' || value === 'unsupported' ? value : null;
  } catch {
    return null;
  }
}

/** Asks (or reads that it is already granted) and remembers the answer. */
export async function requestPersistentStorage(): Promise<StorageAnswer> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  let answer: StorageAnswer = 'unsupported';
  if (storage && typeof storage.persist === 'function') {
    try {
      answer = (await storage.persisted()) || (await storage.persist()) ? 'granted' : 'refused';
    } catch {
      answer = 'refused';
    }
  }
  try {
    localStorage.setItem(KEY, answer);
  } catch {
    // Private mode: the page asks again next time.
  }
  return answer;
}
