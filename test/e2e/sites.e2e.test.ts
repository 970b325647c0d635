/**
 * End-to-end test of the mining sites screens in Debian's Chromium on a 360-px-wide phone,
 * against the real server serving the built app (run `npm run build` first). A promoter of an
 * association registers a site through the form (a latitude without its longitude is refused
 * next to the longitude field, in Spanish), then authorises a woman she registered to select ore
 * there and sees the authorisation on the site's page. Then she corrects the site through the same
 * form (prefilled, a bad coordinate refused in Spanish, the change saved and shown on the page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messages as reg } from '../../web/i18n/es-registry.ts';
import { messages as es } from '../../web/i18n/es.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const PROMOTER = { username: 'promotora.ananea', password: 'contrasena-de-prueba-3', displayName: 'Nélida Apaza' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

describe('mining sites screens', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', {
      kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002',
    })).organisation!;
    await asAdmin('/api/users', {
      username: PROMOTER.username, password: PROMOTER.password, display_name: PROMOTER.displayName,
      role: 'promoter', organisation_id: association.id,
    });
    const asPromoter = await apiAs(server.url, PROMOTER);
    await asPromoter('/api/people', personBody({
      given_names: 'Eulogia', paternal_surname: 'Condori', maternal_surname: 'Ticona', organisation_id: association.id,
    }));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a promoter register a site and authorise a woman to select ore there', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await page.getByRole('navigation').getByRole('link', { name: es['nav.sites'] }).click();
    await page.getByRole('link', { name: reg['site.new'] }).click();
    await page.locator('#name').fill('Relave Ana María');
    await page.locator('#district').fill('Ananea');
    await page.getByRole('button', { name: /^Ananea, .*Puno$/ }).click();
    await page.locator('#lat').fill('-14.62');
    await page.locator('#concession_code').fill('010001504');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: reg['site.create'], exact: true }).click();
    await expect.poll(() => page.locator('#lon-error').innerText()).toBe(reg['check.coordinates']);
    expect(await page.locator('#lon').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/sites/new');

    await page.locator('#lon').fill('-69.43');
    await page.getByRole('button', { name: reg['site.create'], exact: true }).click();
    await page.locator('h1', { hasText: 'Relave Ana María' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/sites\/[0-9a-f-]{36}$/);
    expect(await page.locator('main').innerText()).toContain(reg['site.noAuthorisations']);

    await page.locator('#person_id').fill('eulogia condori');
    await page.getByRole('button', { name: 'Eulogia Condori Ticona' }).click();
    await page.locator('#kind').selectOption('verbal');
    await page.locator('#from_date').fill('2026-01-05');
    await page.locator('#document_ref').fill('Acta 12-2026');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: reg['site.saveAuthorisation'] }).click();
    await page.getByRole('status').filter({ hasText: reg['site.authorisationAdded'] }).waitFor();

    // A fresh load shows what the server kept, not only what the form added.
    await page.reload();
    const item = page.locator('li.item', { hasText: 'Eulogia Condori Ticona' });
    await item.waitFor();
    expect(await item.innerText()).toContain(reg['site.kind.verbal']);
    expect(await item.innerText()).toContain('Acta 12-2026');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: reg['site.back'] }).click();
    await page.getByRole('link', { name: 'Relave Ana María' }).waitFor();
    await context.close();
  });

  it('lets her correct the site with the registration form, on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await page.getByRole('navigation').getByRole('link', { name: es['nav.sites'] }).click();
    await page.getByRole('link', { name: 'Relave Ana María' }).click();
    await page.getByRole('link', { name: reg['site.edit'] }).click();
    await page.locator('h1', { hasText: 'Relave Ana María' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/sites\/[0-9a-f-]{36}\/edit$/);
    expect(await page.locator('#concession_code').inputValue()).toBe('010001504');
    expect(await page.locator('#lon').inputValue()).toBe('-69.43');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.locator('#lon').fill('');
    await page.getByRole('button', { name: es['form.save'] }).click();
    await expect.poll(() => page.locator('#lon-error').innerText()).toBe(reg['check.coordinates']);

    await page.locator('#name').fill('Relave Ana María II');
    await page.locator('#lon').fill('-69,44');
    await page.locator('#concession_code').fill('010001505');
    await page.getByRole('button', { name: es['form.save'] }).click();
    await page.locator('h1', { hasText: 'Relave Ana María II' }).waitFor();
    await page.getByRole('status').filter({ hasText: reg['site.updated'].replace('{name}', 'Relave Ana María II') }).waitFor();
    const record = await page.locator('dl.record').innerText();
    expect(record).toContain('010001505');
    expect(record).toContain('-69.44');
    expect(await page.locator('li.item', { hasText: 'Eulogia Condori Ticona' }).count()).toBe(1);
    await context.close();
  });
});
