/**
 * What the service worker keeps about the pages a phone opened, in Debian's Chromium. On a
 * shared phone the browser's caches must not list which woman's or which referral's page was
 * opened: the worker keeps only the app shell, under "/", and every app path opens from that one
 * copy when offline. Help pages are never stored at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const PERSON_PATH = '/people/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const REFERRAL_PATH = '/referrals/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

describe('app shell cache', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks index.html as the app shell and nothing else', async () => {
    const shell = await fetch(`${server.url}${PERSON_PATH}`);
    expect(shell.headers.get('x-app-shell')).toBe('1');
    const manifest = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifest.headers.get('x-app-shell')).toBeNull();
  });

  it('keeps only "/" for page loads, and opens any app path offline from it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    for (const path of [PERSON_PATH, REFERRAL_PATH, '/ayuda/violencia']) {
      await page.goto(`${server.url}${path}`);
      await page.locator('#app *').first().waitFor();
    }
    const keptPaths = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      }
      return paths;
    });
    expect(keptPaths).toContain('/');
    for (const path of keptPaths) expect(path).not.toMatch(/^\/(people|referrals|ayuda)\b/);

    await context.setOffline(true);
    await page.goto(`${server.url}/sites/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5d`);
    await page.locator('#app *').first().waitFor();
    expect(await page.title()).not.toBe('');
    await context.close();
  });
});
