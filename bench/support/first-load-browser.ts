/**
 * Chromium (Debian's /usr/bin/chromium through playwright-core) for the first-load benchmark:
 * a page on a throttled link (Chrome DevTools Protocol Network.emulateNetworkConditions: 400
 * kbit/s down and up, 400 ms round trip, like a phone at the edge of coverage in La Rinconada),
 * and the time until the login form can be used: its submit button shown and enabled, read in
 * the page as `performance.now()` (milliseconds since the navigation started) by a mutation
 * observer installed before any script runs, so polling adds nothing to the figure. The
 * service worker's own fetches (the page on a repeat visit) are throttled alike.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** 400 kbit/s in bytes per second, the unit CDP takes. */
const KBPS_400 = (400 * 1000) / 8;
export const THROTTLED = { latency: 400, downloadThroughput: KBPS_400, uploadThroughput: KBPS_400 };
const TTI_TIMEOUT_MS = 120_000;

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Records when the login form's submit button is first visible and enabled, as `window.__pallayTti`.
 * A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
 */
const WATCH_LOGIN_BUTTON = `
  window.__pallayTti = null;
  const observer = new MutationObserver(() => {
    const button = document.querySelector('form button[type=submit]');
    if (window.__pallayTti === null && button && !button.disabled && button.getClientRects().length > 0) {
      window.__pallayTti = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
`;

export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.addInitScript(WATCH_LOGIN_BUTTON);
  return context;
}

/**
 * Applies the throttled link to the running service workers too: on a repeat visit the worker
 * fetches the page itself (network first), and a page's emulation does not cover it. Reached
 * through the browser's CDP session (workers have no page to open a session on); returns the
 * detach, which must wait until the measurement is over.
 */
async function throttleServiceWorkers(browser: Browser): Promise<() => Promise<void>> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  let id = 0;
  for (const target of targetInfos.filter((t) => t.type === 'service_worker')) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    for (const [method, params] of [['Network.enable', {}], ['Network.emulateNetworkConditions', { offline: false, ...THROTTLED }]] as const) {
      id += 1;
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    }
  }
  return () => cdp.detach();
}

/** Opens `url` in a new page of `context` (throttled or not) and returns ms until the login form is usable. */
export async function timeLoginForm(browser: Browser, context: BrowserContext, url: string, isThrottled: boolean): Promise<{ ms: number; page: Page }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', isThrottled ? { offline: false, ...THROTTLED } : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const release = isThrottled ? await throttleServiceWorkers(browser) : async () => {};
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: TTI_TIMEOUT_MS });
    const handle = await page.waitForFunction(() => (window as unknown as { __pallayTti: number | null }).__pallayTti, null, { timeout: TTI_TIMEOUT_MS, polling: 100 });
    return { ms: Number(await handle.jsonValue()), page };
  } finally {
    await release();
  }
}

/** Waits until the service worker controls the origin and has stored the app shell and its assets (a repeat visit then opens from the cache). */
export async function waitForOfflineShell(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 600; i += 1) {
      const assets = await (await caches.open('pallay-assets-v1')).keys();
      const shell = await (await caches.open('pallay-shell-v1')).match('/');
      if (assets.length > 0 && shell) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the service worker did not store the app shell within 60 s');
  })()`);
}

/** Signs in through the login form and waits for the home route and the requests it starts to settle; returns every /assets/ URL the page fetched. */
export async function assetsOfLoginAndHome(context: BrowserContext, url: string, user: { username: string; password: string }): Promise<string[]> {
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/assets/') && /\.(js|css)$/.test(pathname)) fetched.add(pathname);
  });
  await page.goto(url);
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('form button[type=submit]').click();
  await page.getByRole('navigation').waitFor({ timeout: TTI_TIMEOUT_MS });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  await page.close();
  return [...fetched].sort();
}
