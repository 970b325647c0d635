/**
 * The discreet help pages in Debian's Chromium on a 360-px phone, without logging in: /ayuda
 * opens with Línea 100 shown, moving between help pages never adds a history entry, the nearest
 * services to a chosen district are listed, the pages are served with `Cache-Control: no-store`,
 * and after the quick exit "Back" never returns to a help page. The neutral page (a web search)
 * is answered locally by the test, so nothing leaves the machine. Offline: after one visit
 * online, the nearest services still answer from the directory saved on the phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { messages as help } from '../../web/i18n/es-help.ts';
import { messages as services } from '../../web/i18n/es-services.ts';
import { NEUTRAL_URL } from '../../web/help/help-nav.ts';
import { launchChromium, overflow } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await context.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>clima</title><p>Clima</p>' }));
  return context.newPage();
}

describe('discreet help pages', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves help pages with no-store', async () => {
    const res = await fetch(`${server.url}/ayuda/violencia`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('opens without login, shows Línea 100, and finds the nearest services to a district', async () => {
    const page = await phone();
    await page.goto(`${server.url}/ayuda`);
    await page.getByRole('heading', { name: help['help.title'] }).waitFor();
    expect(await page.getByRole('link', { name: help['help.line100.call'] }).getAttribute('href')).toBe('tel:100');
    expect(await page.getByRole('navigation').count()).toBe(0);
    await page.getByRole('link', { name: help['help.nav.services'] }).click();
    await page.locator('#help-district').fill('Ananea');
    await page.getByRole('button', { name: /Ananea/ }).first().click();
    await page.locator('.service-card').first().waitFor();
    expect(await page.locator('.service-card').count()).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('quick exit leaves no help page behind the Back button', async () => {
    const page = await phone();
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}/ayuda`);
    await page.getByRole('link', { name: help['help.nav.violence'] }).click();
    await page.getByRole('heading', { name: help['help.nav.violence'] }).waitFor();
    await page.getByRole('link', { name: help['help.back'] }).click();
    await page.getByRole('link', { name: help['help.nav.report'] }).click();
    await page.getByRole('heading', { name: help['help.nav.report'] }).waitFor();
    // Three help pages visited, one history entry: the entry before it is the app's start page.
    const length = await page.evaluate(() => history.length);

    await page.getByRole('button', { name: help['help.quickExit'] }).click();
    await page.waitForURL(NEUTRAL_URL);
    expect(await page.evaluate(() => history.length)).toBe(length);

    await page.evaluate(() => history.back());
    await page.waitForURL((url) => url.href !== NEUTRAL_URL);
    expect(new URL(page.url()).pathname).not.toMatch(/^\/ayuda/);
    expect(await page.locator('.help').count()).toBe(0);
  });

  it('answers offline from the directory saved on the phone after one visit online', async () => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 }, permissions: ['geolocation'], geolocation: { latitude: -14.69, longitude: -69.52 },
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/ayuda/servicios`);
    await page.getByRole('button', { name: help['help.services.useLocation'] }).click();
    await page.locator('.service-card').first().waitFor();
    // The worker took the page, the help chunk is kept and the directory is saved.
    await expect.poll(() => page.evaluate(async () => {
      const assets = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/assets/'));
      const kept = await Promise.all(assets.map((a) => caches.match(a)));
      const directory = await caches.match('/api/services?limit=1000');
      return Boolean(navigator.serviceWorker.controller) && kept.every(Boolean) && Boolean(directory);
    })).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByText(help['help.services.offline']).waitFor();
    expect(await page.evaluate(() => fetch('/api/services/nearest?ubigeo=211002').then(() => 'answered', () => 'no network'))).toBe('no network');
    expect(await page.getByRole('link', { name: help['help.line100.call'] }).getAttribute('href')).toBe('tel:100');
    await page.getByRole('button', { name: help['help.services.useLocation'] }).click();
    await page.getByText(help['help.services.saved']).waitFor();
    const cem = page.locator('.service-card', { hasText: services['services.kind.cem'] }).first();
    await cem.waitFor();
    expect(await cem.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);

    await page.locator('#help-district').fill('Putina');
    await expect.poll(() => page.locator('.service-card').first().textContent()).toMatch(/Putina/);
    await context.close();
  });
});
