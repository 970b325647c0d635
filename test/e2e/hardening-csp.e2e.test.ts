/**
 * The Content-Security-Policy (no 'unsafe-inline') must not break the app: Chromium opens every
 * screen of the admin's menu, a case worker's second-factor set-up (its QR code is an SVG put in
 * the page as markup), a /verify page and /api/docs, and reports no CSP violation and no page
 * error. Needs `npm run build` first.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navigationFor } from '../../web/app/navigation.ts';
import { launchChromium, logIn } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'admin.csp', password: 'contrasena-de-prueba-csp', role: 'admin' };
const CASE_WORKER = { username: 'gestora.csp', password: 'contrasena-de-prueba-csp2', role: 'case_worker' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

/** A page that records CSP violations and uncaught errors. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return { page, problems };
}

async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
}

describe('CSP without unsafe-inline', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    await server.createUser(CASE_WORKER);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every screen of the admin menu renders without a violation', async () => {
    const { page, problems } = await watchedPage();
    await logIn(page, server.url, ADMIN);
    const screens = navigationFor('admin').filter((item) => !item.isExternal).map((item) => item.href);
    expect(screens.length).toBeGreaterThan(5);
    for (const href of screens) {
      await settle(page, server.url + href);
      await page.getByRole('navigation').waitFor();
    }
    expect(problems).toEqual([]);
  });

  it('the second-factor QR code, a /verify page and /api/docs render without a violation', async () => {
    const { page, problems } = await watchedPage();
    await logIn(page, server.url, CASE_WORKER);
    await settle(page, `${server.url}/second-factor`);
    await page.locator('section.card button.primary').click();
    await page.locator('.qr svg').waitFor();
    await settle(page, `${server.url}/verify/NO-SUCH-CODE`);
    expect(await page.locator('.status').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');
    await settle(page, `${server.url}/api/docs`);
    expect(await page.locator('body').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
    expect(problems).toEqual([]);
  });
});
