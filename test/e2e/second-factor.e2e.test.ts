/**
 * End-to-end test of the second factor in Debian's Chromium on a 360-px phone (run
 * `npm run build` first): a case worker opens the set-up screen from her menu, scans (here: reads)
 * the key, confirms with a code, is sent back to sign-in, and signs in with her password and then
 * the code the screen asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { base32Decode, totp } from '../../src/domain/auth/totp.ts';
import { messages as es } from '../../web/i18n/es.ts';
import { apiAs, launchChromium, logIn } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const CASES = { username: 'casos.puno', password: 'contrasena-de-prueba-7', displayName: 'Nélida Apaza' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

describe('second factor screens', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    await asAdmin('/api/users', { username: CASES.username, password: CASES.password, display_name: CASES.displayName, role: 'case_worker' });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sets up the code on a phone and then asks for it at sign-in', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, CASES);
    await page.getByRole('link', { name: es['nav.secondFactor'] }).first().click();
    await page.getByRole('button', { name: es['totp.start'] }).click();
    await page.locator('.qr svg').waitFor();
    const secret = (await page.locator('code').textContent())!.trim();
    // The confirming code is used; the sign-in below waits for the next 30-second step.
    const step = () => Math.floor(Date.now() / 30_000);
    const confirmedStep = step();
    await page.locator('#code').fill(totp(base32Decode(secret), Date.now()));
    await page.getByRole('button', { name: es['totp.confirm'] }).click();
    await page.locator('#username').waitFor();
    while (step() <= confirmedStep) await page.waitForTimeout(500);
    await page.locator('#username').fill(CASES.username);
    await page.locator('#password').fill(CASES.password);
    await page.locator('form button[type=submit]').click();
    await page.locator('#totp_code').waitFor();
    await page.locator('#totp_code').fill(totp(base32Decode(secret), Date.now()));
    await page.locator('form button[type=submit]').click();
    await page.getByRole('navigation').waitFor();
    expect(await page.getByRole('link', { name: es['nav.secondFactor'] }).count()).toBeGreaterThan(0);
    await context.close();
  });
});
