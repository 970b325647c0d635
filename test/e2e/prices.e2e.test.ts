/**
 * End-to-end test of the reference prices screen in Debian's Chromium on a 360-px-wide phone,
 * against the real server serving the built app (run `npm run build` first). An admin opens
 * Prices from the menu, sees the shipped monthly averages with their source, is told in Spanish
 * next to the gold field that a day needs at least one price, then enters today's gold price and
 * exchange rate and sees them at the top. An analyst reads the same list without the form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messages as pr } from '../../web/i18n/es-prices.ts';
import { messages as es } from '../../web/i18n/es.ts';
import { peruDate } from '../../src/domain/shared/peru-date.ts';
import { launchChromium, logIn, overflow } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin' };
const ANALYST = { username: 'analista', password: 'contrasena-de-prueba-2', role: 'analyst' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

describe('reference prices screen', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    await server.createUser(ANALYST);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets an admin read the shipped averages and enter a day\'s prices on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: es['nav.prices'] }).click();
    await page.getByRole('heading', { name: pr['prices.title'] }).waitFor();
    await expect.poll(() => page.getByText(/World Bank Pink Sheet/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/BCRP PN01210PM/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.locator('#source').fill('BCRP, cierre del día');
    await page.getByRole('button', { name: pr['prices.save'] }).click();
    await expect.poll(() => page.locator('#usd_per_oz-error').textContent()).toBe(pr['prices.oneRequired']);

    await page.locator('#usd_per_oz').fill('4300.5');
    await page.locator('#pen_per_usd').fill('3,41');
    await page.getByRole('button', { name: pr['prices.save'] }).click();
    const today = peruDate(new Date());
    await page.getByRole('status').filter({ hasText: today }).waitFor();
    const firstGold = page.locator('section section').first().locator('li').first();
    await expect.poll(() => firstGold.textContent()).toContain(today);
    expect(await firstGold.textContent()).toContain('BCRP, cierre del día');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows an analyst the prices without the entry form', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, ANALYST);
    await page.getByRole('navigation').getByRole('link', { name: es['nav.prices'] }).click();
    await page.getByRole('heading', { name: pr['prices.gold'] }).waitFor();
    expect(await page.getByRole('button', { name: pr['prices.save'] }).count()).toBe(0);
    await context.close();
  });
});
