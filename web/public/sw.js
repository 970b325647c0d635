/*
 * Pallay service worker: keeps the app shell usable with a bad or absent connection.
 * - Install: caches index.html and the hashed assets it names.
 * - Page loads (navigations): network first, so a new release shows at once. Only the app shell
 *   (index.html, marked by the server's `x-app-shell` header) is kept, and always under "/": the
 *   cache never lists which pages (a person's, a referral's) were opened on a shared phone.
 *   Offline, every app path opens from that one copy and the app's router takes over.
 * - /assets/*: cache first. Names carry a content hash, so a cached file never goes stale; the
 *   cache keeps only the newest MAX_ASSETS files so old releases do not pile up on the phone.
 * - /api/* and /health: never touched, never cached (personal data and live answers).
 * - /ayuda (the discreet help pages): never stored; offline they open from the cached "/" shell.
 * - pallay-directory-v1: the public services directory (GET /api/services?limit=1000: names,
 *   kinds, public addresses and phones of CEMs, police, health centres; no personal data),
 *   saved by the help page itself (web/help/saved-directory.ts) so "help nearby" answers
 *   offline. This worker only keeps that cache across releases; it still caches no /api answer.
 * - Message `keep-assets` (web/offline/keep-offline.ts): a screen that must work offline asks
 *   for the /assets/ files the page already fetched, since its chunk may have loaded before
 *   this worker controlled the page. Queued outbox items live in IndexedDB, never here, so an
 *   update of this worker cannot drop them.
 * Hand-written on purpose: small, and every rule above is visible in one screen.
 */
const SHELL_CACHE = 'pallay-shell-v1';
const ASSET_CACHE = 'pallay-assets-v1';
const DIRECTORY_CACHE = 'pallay-directory-v1';
const SHELL = ['/', '/manifest.webmanifest', '/icon.svg'];
const MAX_ASSETS = 40;

/** Caches the shell and the assets index.html names, so later visits open offline. */
async function precache() {
  const shell = await caches.open(SHELL_CACHE);
  await shell.addAll(SHELL);
  const index = await shell.match('/');
  const html = index ? await index.text() : '';
  const assets = [...new Set(html.match(/\/assets\/[^"'\s>]+/g) || [])];
  await (await caches.open(ASSET_CACHE)).addAll(assets);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  const keep = [SHELL_CACHE, ASSET_CACHE, DIRECTORY_CACHE];
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !keep.includes(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function isCacheable(response) {
  return response.ok && response.type === 'basic';
}

async function networkFirst(request) {
  const cache = await caches.open(SHELL_CACHE);
  const isHelp = /^\/ayuda(\/|$)/.test(new URL(request.url).pathname);
  try {
    const response = await fetch(request);
    const isShell = response.headers.get('x-app-shell') === '1';
    if (isCacheable(response) && isShell && !isHelp) await cache.put('/', response.clone());
    return response;
  } catch (err) {
    const cached = await cache.match('/');
    if (cached) return cached;
    throw err;
  }
}

async function trim(cache) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ASSETS)).map((k) => cache.delete(k)));
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (isCacheable(response)) {
    await cache.put(request, response.clone());
    await trim(cache);
  }
  return response;
}

/** Stores the named /assets/ files not stored yet (same origin only). */
async function keepAssets(urls) {
  const cache = await caches.open(ASSET_CACHE);
  const wanted = (Array.isArray(urls) ? urls : []).filter((u) => typeof u === 'string' && /^\/assets\/[^/]+$/.test(u));
  for (const url of wanted) {
    if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
  }
  await trim(cache);
}

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'keep-assets') event.waitUntil(keepAssets(event.data.urls));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/health') return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
});
