/**
 * The web app escapes every user string: a woman registered as `<img src=x onerror=alert(1)>`
 * with a `<script>` surname is shown as that text on the people list and on her page in
 * Debian's Chromium — no image element, no script run, no dialog. (The display name of a user
 * is covered in shell.e2e.test.ts.) Run `npm run build` first.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as es } from '../../web/i18n/es.ts';
import { apiAs, launchChromium, logIn } from '../support/browser.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'xss.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin' };
const GIVEN = '<img src=x onerror=alert(1)>';
const SURNAME = '<script>alert(2)</script>';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let personId = '';

describe('user strings are text, never markup', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const network = (await asAdmin('/api/organisations', { kind: 'national_network', name: '<b>Red</b> <img src=x onerror=alert(3)>' })).organisation!;
    const body = personBody({ given_names: GIVEN, paternal_surname: SURNAME, organisation_id: network.id });
    await asAdmin('/api/people', body);
    personId = body.id;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a person named with HTML as text on the people list and on her page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await logIn(page, server.url, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: es['nav.people'] }).click();
    const link = page.locator(`main a[href="/people/${personId}"]`);
    await link.waitFor();
    expect(await link.innerText()).toContain(`${GIVEN} ${SURNAME}`);
    expect(await page.locator('main img, main script').count()).toBe(0);

    await link.click();
    await page.locator('h1', { hasText: GIVEN }).waitFor();
    expect(await page.locator('h1').innerText()).toContain(`${GIVEN} ${SURNAME}`);
    expect(await page.locator('main').innerText()).toContain('<b>Red</b>');
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    await page.waitForTimeout(300); // time for a (wrongly) created image to fail and fire onerror
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
