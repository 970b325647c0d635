/**
 * Keeps the code of the screen on screen available offline. The service worker stores the app
 * shell when it installs and module chunks as they pass through it, but the first visit loads
 * chunks before the worker controls the page; a screen that must work offline (the savings
 * meeting) calls this once it has loaded, and the worker stores every /assets/ file the page
 * has fetched (web/public/sw.js, message `keep-assets`). Nothing happens without a worker.
 */
export function keepLoadedAssetsOffline(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || typeof performance === 'undefined') return;
  navigator.serviceWorker.ready
    .then((registration) => {
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name, location.href))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
        .map((url) => url.pathname);
      registration.active?.postMessage({ type: 'keep-assets', urls: [...new Set(urls)] });
    })
    .catch(() => {
      // No worker (private mode, development build): the screen still works online.
    });
}
