/**
 * End-to-end test of the web shell in Debian's Chromium against the real server serving the
 * built app (run `npm run build` first): log in, role-aware menu in Spanish, switch to Quechua,
 * log out; and a display name full of HTML shown as plain text, never run as markup.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as es } from '../../web/i18n/es.ts';
import { translate } from '../../web/i18n/i18n.ts';
import { navigationFor } from '../../web/app/navigation.ts';
import type { Role } from '../../web/api/types.ts';
import { launchChromium, logIn } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'rosa.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Rosa Quispe' };
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
const HOSTILE = { username: 'nombre.raro', password: 'contrasena-de-prueba-2', role: 'member', displayName: HOSTILE_NAME };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

async function openPage(): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { context, page, dialogs };
}


const navLabels = (page: Page) => page.getByRole('navigation').locator('a, button').allInnerTexts();
/** The Spanish menu the navigation table (web/app/navigation.ts) promises a role, then the change-user and logout buttons. */
const menuOf = (role: Role) => [...navigationFor(role).map((item) => translate('es', item.label)), es['nav.changeUser'], es['nav.logout']];

describe('web shell', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    await server.createUser(HOSTILE);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs in, shows the admin menu in Spanish, switches to Quechua and logs out', async () => {
    const { context, page } = await openPage();
    await logIn(page, server.url, ADMIN);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await navLabels(page)).toEqual(menuOf('admin'));
    expect(await navLabels(page)).toEqual(expect.arrayContaining([es['nav.people'], es['nav.duplicates'], es['nav.users'], es['nav.apiDocs']]));
    await expect.poll(() => page.locator('h1').innerText()).toBe(es['home.greeting'].replace('{name}', ADMIN.displayName));

    await page.locator('#lang-select').selectOption('qu');
    const quechuaPlaces = translate('qu', 'nav.places');
    expect(quechuaPlaces).not.toBe(es['nav.places']);
    await expect.poll(() => navLabels(page)).toContain(quechuaPlaces);
    expect(await page.getAttribute('html', 'lang')).toBe('qu');

    await page.getByRole('button', { name: translate('qu', 'nav.logout') }).click();
    await page.locator('#username').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByRole('navigation').count()).toBe(0);
    // The choice is remembered: the login page is still in Quechua.
    expect(await page.locator('h1').innerText()).toBe(translate('qu', 'login.title'));
    await context.close();
  });

  it('shows a display name made of HTML as text, on the users page and on home', async () => {
    const { context, page, dialogs } = await openPage();
    await logIn(page, server.url, ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: es['nav.users'] }).click();
    const row = page.locator('main li', { hasText: HOSTILE.username });
    await row.waitFor();
    expect(await row.locator('strong').innerText()).toBe(HOSTILE_NAME);
    expect(await page.locator('main img').count()).toBe(0);
    await page.getByRole('button', { name: es['nav.logout'] }).click();
    // The users page has its own #username field: wait for the login page itself.
    await page.waitForURL('**/login');

    await logIn(page, server.url, HOSTILE);
    expect(await page.locator('h1').innerText()).toBe(es['home.greeting'].replace('{name}', HOSTILE_NAME));
    expect(await navLabels(page)).toEqual(menuOf('member'));
    expect(await navLabels(page)).not.toContain(es['nav.people']);
    expect(await page.locator('img').count()).toBe(0);
    await page.waitForTimeout(300); // time for a (wrongly) created image to fail and fire onerror
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
