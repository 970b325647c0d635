/**
 * What the offline e2e tests share about a phone's browser: waiting until the service worker
 * keeps what the page loaded (so it opens with no network), reading the outbox items the
 * screens list, and putting every outbox item back to waiting straight in IndexedDB (as if no
 * answer ever came) to prove a resend records nothing twice.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Each listed outbox item's state, in screen order. */
export const outboxStates = (page: Page) => page.getByTestId('outbox-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-state')));

/** Each listed outbox item as `kind:state`, in screen order (the /sync page lists every kind). */
export const outboxKindStates = (page: Page) =>
  page.getByTestId('outbox-item').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-kind')}:${i.getAttribute('data-state')}`));

/** Sets every outbox item of the page's phone back to waiting, straight in IndexedDB. */
export function requeueAll(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('pallay-offline');
    open.onsuccess = () => {
      const tx = open.result.transaction('outbox', 'readwrite');
      const store = tx.objectStore('outbox');
      const all = store.getAll();
      all.onsuccess = () => {
        for (const item of all.result) store.put({ ...item, state: 'waiting' });
      };
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

/**
 * Waits until the service worker keeps the app shell and every /assets/ file the page fetched
 * (at least `minAssets` of them, so a page that loaded its module chunks is what is kept).
 */
export async function waitUntilKeptOffline(page: Page, { minAssets = 1, timeout = 30_000 } = {}): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await expect.poll(() => page.evaluate(async (least) => {
    const cache = await caches.open('pallay-assets-v1');
    const urls = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((u) => u.startsWith('/assets/'));
    const missing = await Promise.all(urls.map(async (u) => ((await cache.match(u)) ? 0 : 1)));
    return urls.length >= least && missing.every((m) => m === 0) && (await caches.open('pallay-shell-v1').then((c) => c.match('/'))) !== undefined;
  }, minAssets), { timeout }).toBe(true);
}
